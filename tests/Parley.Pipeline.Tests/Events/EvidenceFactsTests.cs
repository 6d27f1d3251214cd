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
