using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>The general evidence the learned confidence weighs: how an event was found, with no rule id or word list.</summary>
public sealed class EvidenceFactsTests
{
    private static List<string> FeaturesOf(Document document, int k = 0) =>
        new ConfidenceFeatures(PipelineCatalog.DefaultPatterns).Of(document, document.Events)[k];

    [Fact]
    public void A_main_verb_with_its_subject_just_before_it()
    {
        var document = EventTestDocuments.RunHandSet("Kenya's president hosted his Ugandan counterpart in Nairobi on Monday.");
        var features = FeaturesOf(document);
        Assert.Contains("tag=verb-finite", features);
        Assert.Contains("quoted=no", features);
        Assert.Contains("commas=0", features);
        Assert.Contains("length=short", features);
        Assert.Contains("source-at=before", features);
        Assert.Contains("source-gap=near", features);
        Assert.Contains("source-role=party", features);
        Assert.Contains("target-at=after", features);
    }

    [Fact]
    public void An_act_the_story_tells_twice_is_one_event_that_folded_the_second()
    {
        var document = EventTestDocuments.RunHandSet("Kenya's president met Uganda's president in Nairobi on Monday. The two leaders discussed trade. "
            + "Kenya's president met Uganda's president for three hours, officials said.");
        var met = Assert.Single(document.Events, e => e.Cameo == "040" && e.Rule.StartsWith("consult.meet", StringComparison.Ordinal));
        Assert.Equal(1, met.Folded);
        Assert.Contains("folded=1", FeaturesOf(document, document.Events.ToList().IndexOf(met)));
        var once = EventTestDocuments.RunHandSet("Kenya's president met Uganda's president in Nairobi on Monday.");
        Assert.Equal(0, once.Events[0].Folded);
        Assert.Contains("folded=0", FeaturesOf(once));
    }

    [Theory]
    [InlineData(0, 12, StoryPart.Lead)]
    [InlineData(3, 12, StoryPart.Early)]
    [InlineData(4, 12, StoryPart.Middle)]
    [InlineData(11, 12, StoryPart.Late)]
    [InlineData(1, 2, StoryPart.Middle)]
    public void The_story_part_of_a_sentence(int index, int count, StoryPart part) => Assert.Equal(part, EvidenceFacts.PartOf(index, count));

    [Fact]
    public void A_trigger_inside_a_quotation_after_two_commas()
    {
        var document = EventTestDocuments.RunHandSet("The envoy, speaking on Tuesday, said: \"Peru condemned the raid on its embassy.\"");
        var facts = ConfidenceFeatures.FactsOf(document, document.Events);
        Assert.NotEmpty(facts);
        var last = facts[^1].Evidence;
        Assert.True(last.Known);
        Assert.True(last.Quoted);
        Assert.Equal(2, last.Commas);
    }

    [Fact]
    public void A_side_outside_the_sentence_and_a_place_are_told_apart()
    {
        var source = new EventActor(new TextRange(0, 5), 1, "Chile", new ActorCode("CHL", null), "Q298");
        var target = new EventActor(new TextRange(60, 66), -1, "Bolivia", new ActorCode("BOL", null), null, ActorRole.Place);
        var coded = new CodedEvent("CONSULT", null, "040", 1, 1, Factuality.Asserted, [source], [target],
            new EventTime("2025", TimePrecision.Year, TimeBasis.Published, null), null, new TextRange(30, 34), new TextRange(20, 80), 0.7, "consult.meet.v2");
        var features = new ConfidenceFeatures([]).Of(coded, new SentenceFacts(1, 1, 0));
        Assert.Contains("source-at=outside", features);
        Assert.DoesNotContain(features, f => f.StartsWith("source-gap=", StringComparison.Ordinal));
        Assert.Contains("source-known=yes", features);
        Assert.Contains("target-at=after", features);
        Assert.Contains("target-gap=near", features);
        Assert.Contains("target-role=place", features);
        Assert.Contains("target-known=no", features);
        Assert.DoesNotContain(features, f => f.StartsWith("tag=", StringComparison.Ordinal)); // the trigger's facts are unknown here
    }

    [Theory]
    [InlineData(PosTag.VBD, "verb-finite")]
    [InlineData(PosTag.VBG, "verb-other")]
    [InlineData(PosTag.NNS, "noun")]
    [InlineData(PosTag.JJ, "adjective")]
    [InlineData(PosTag.IN, "other")]
    public void The_tagger_s_view_is_coarse(PosTag tag, string coarse) => Assert.Equal(coarse, EvidenceFacts.Coarse(tag));
}
