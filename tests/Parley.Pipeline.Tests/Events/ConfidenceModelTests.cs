using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>The learned confidence: its features, its weights file and its score.</summary>
public sealed class ConfidenceModelTests
{
    private static ConfidenceModel Load(string text) => ConfidenceModel.Load(new StringReader(text), "weights.tsv");

    [Fact]
    public void The_score_is_the_sigmoid_of_the_weights_of_the_features()
    {
        var model = Load("# a comment\nfeature\tweight\nbias\t-1\nhand\t2\nroot=04\t0.5\n");
        Assert.Equal(0.75, model.Score(["root=04", "cameo=040", "unknown=feature"], 0.8)); // sigmoid(-1 + 1.6 + 0.5) = 0.750
        Assert.Equal(0.27, model.Score([], 0)); // sigmoid(-1)
        Assert.InRange(Load("feature\tweight\nbias\t40\nhand\t0\n").Score([], 1), 0, 1);
        Assert.InRange(Load("feature\tweight\nbias\t-40\nhand\t0\n").Score([], 1), 0, 1);
    }

    [Theory]
    [InlineData("feature\tweight\nbias\t-1\nhand\tx\n", "weights.tsv line 3", "not a number")]
    [InlineData("feature\tweight\nbias\t-1\nhand\t1\nroot=04 0.5\n", "weights.tsv line 4", "one tab")]
    [InlineData("feature\tweight\nbias\t-1\nhand\t1\nroot=04\t0.5\nroot=04\t0.1\n", "weights.tsv line 5", "twice")]
    [InlineData("name\tvalue\nbias\t-1\n", "weights.tsv line 1", "header")]
    [InlineData("feature\tweight\nbias\t-1\n", "weights.tsv line 2", "'hand' are required")]
    public void A_bad_weights_file_names_its_file_and_line(string text, string where, string what)
    {
        var error = Assert.Throws<ParleyException>(() => Load(text));
        Assert.Equal(ErrorCodes.BadUserData, error.Error.Code);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_embedded_weights_load_and_keep_confidence_in_range()
    {
        var model = ConfidenceModel.Default;
        Assert.NotNull(model);
        Assert.True(model.Count > 50);
        var document = EventTestDocuments.Run("Peru's foreign minister met his Chilean counterpart in Lima on Tuesday and the two signed a fisheries accord.");
        Assert.NotEmpty(document.Events);
        Assert.All(document.Events, e => Assert.InRange(e.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void The_features_name_the_rule_its_parts_the_code_and_the_place_in_the_sentence()
    {
        var document = EventTestDocuments.RunHandSet("Kenya's president hosted his Ugandan counterpart in Nairobi on Monday.");
        var e = Assert.Single(document.Events);
        var features = new ConfidenceFeatures(PipelineCatalog.DefaultPatterns).Of(document, document.Events)[0];
        var rule = e.Rule.Split('+')[0];
        Assert.Contains("rule=" + rule, features);
        Assert.Contains("family=" + ConfidenceFeatures.Family(rule), features);
        Assert.Contains("head=" + rule.Split('.')[0], features);
        Assert.Contains("cameo=" + e.Cameo, features);
        Assert.Contains("root=" + e.Cameo[..2], features);
        Assert.Contains("kind=verb", features);
        Assert.Contains("fact=asserted", features);
        Assert.Contains("source=1", features);
        Assert.Contains("dyad=foreign", features);
        Assert.Contains("sentence=1", features);
        Assert.Contains("events=1", features);
        Assert.Contains("order=1", features);
    }

    [Fact]
    public void The_coder_sums_the_weights_from_spans_as_the_names_would_give()
    {
        var model = Assert.IsType<ConfidenceModel>(ConfidenceModel.Default);
        var features = new ConfidenceFeatures(PipelineCatalog.DefaultPatterns);
        var document = EventTestDocuments.RunHandSet(
            "Police in Quito arrested the mayor's deputy on Friday, and the mayor accused the interior minister of a political purge. "
            + "Bolivia's foreign minister will travel to Lima next week for talks with his Peruvian counterpart, officials said.");
        Assert.True(document.Events.Length >= 2);
        var facts = ConfidenceFeatures.FactsOf(document, document.Events);
        var names = features.Of(document, document.Events);
        for (var k = 0; k < document.Events.Length; k++)
            Assert.Equal(model.Score(names[k], document.Events[k].Confidence), model.Score(features, document.Events[k], facts[k]));
    }

    [Theory]
    [InlineData("consult.talks.v2", "consult.talks")]
    [InlineData("frame.press.v12", "frame.press")]
    [InlineData("consult.vague", "consult.vague")]
    [InlineData("recall.v", "recall.v")]
    public void A_family_is_the_rule_without_its_version(string rule, string family) =>
        Assert.Equal(family, ConfidenceFeatures.Family(rule));

    [Fact]
    public void Suffixes_are_features_of_their_own()
    {
        var coded = new CodedEvent("CONSULT", null, "040", 1, 1, Factuality.Future, [], [], new EventTime("2025", TimePrecision.Year, TimeBasis.Published, null),
            null, new TextRange(0, 4), new TextRange(0, 10), 0.7, "consult.meet.v2+source.teller+target.counterpart");
        var features = new ConfidenceFeatures([]).Of(coded, new SentenceFacts(4, 3, 2));
        Assert.Contains("suffix=source.teller", features);
        Assert.Contains("suffix-part=target", features);
        Assert.Contains("suffixes=2+", features);
        Assert.Contains("kind=other", features);
        Assert.Contains("fact=future", features);
        Assert.Contains("source=0", features);
        Assert.Contains("sentence=4-6", features);
        Assert.Contains("events=3+", features);
        Assert.Contains("order=3+", features);
    }
}
