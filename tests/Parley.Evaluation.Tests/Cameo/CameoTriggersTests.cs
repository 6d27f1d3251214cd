using Parley.Core;
using Parley.Evaluation.Cameo;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoTriggersTests
{
    private static readonly string s_path = Fake.Fixture("cameo-small.jsonl");

    /// <summary>Three patterns of our own: "met" (040), "arrested" (173) and a blocker over "clashed".</summary>
    private const string Patterns = """
        id	trigger	kind	plover	mode	cameo	source	target
        consult.meet.v1	meet+	verb	CONSULT		040	subject	with
        coerce.arrest.v1	arrest+	verb	COERCE		173	subject	-
        none.clash.v1	clash+	verb	NONE		-	subject	-
        """;

    private static TriggerFinder Finder() => new(EventPattern.Load([(new StringReader(Patterns), "test.tsv")]));


    [Theory]
    [InlineData(CameoMode.InStory)]
    [InlineData(CameoMode.Sentences)]
    public void A_miss_with_no_event_names_the_trigger_of_its_root_found_in_its_sentence(CameoMode mode)
    {
        var report = CameoEvaluation.Evaluate(s_path, Fake.Split, new CameoOptions(mode, Triggers: Finder()));

        var misses = report.Sentences.SelectMany(s => s.Missed).ToList();
        Assert.All(misses, m => Assert.Equal(MissKind.NoEvent, m.Kind));
        Assert.Equal("met", misses.Single(m => m.Gold.Cameo == "040").Trigger?.Text);
        Assert.Equal("coerce.arrest.v1", misses.Single(m => m.Gold.Cameo == "173").Trigger?.Rule);
        // a blocker is no trigger, and "send aid" has no pattern here
        Assert.Null(misses.Single(m => m.Gold.Cameo == "190").Trigger);
        Assert.Null(misses.Single(m => m.Gold.Cameo == "033").Trigger);
        Assert.Equal(new Dictionary<string, int> { ["04"] = 1, ["17"] = 1 }, report.TriggerUnusedByRoot);
    }

    [Fact]
    public void A_trigger_of_another_root_is_not_named()
    {
        var report = CameoEvaluation.Evaluate(s_path, Fake.Split, new CameoOptions(Triggers: Finder()));

        // "accused" (112) and "marched" (141) share a sentence with no pattern of either root
        var accused = report.Sentences.Single(s => s.Sentence.Id == "S2-02").Missed;
        Assert.All(accused, m => Assert.Null(m.Trigger));
    }

    [Fact]
    public void The_report_says_how_many_misses_with_no_event_had_a_trigger_and_names_it_with_the_errors()
    {
        var text = CameoEvaluation.Evaluate(s_path, Fake.Split, new CameoOptions(Triggers: Finder())).ToText(errors: true);

        Assert.Contains("  of which trigger unused   2 of 6: 04 1, 17 1   (the rest had no trigger of their root)", text, StringComparison.Ordinal);
        Assert.Contains("\ttrigger 040 \"met\" consult.meet.v1\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_patterns_the_report_stays_as_it_was()
    {
        var text = CameoEvaluation.Evaluate(s_path, Fake.Split, new CameoOptions()).ToText(errors: true);

        Assert.DoesNotContain("trigger unused", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\ttrigger ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_why_the_coder_dropped_each_unused_trigger()
    {
        var report = CameoEvaluation.Evaluate(s_path, Fake.NoSource(Finder()), new CameoOptions(Triggers: Finder()));
        var text = report.ToText(errors: true);

        Assert.Equal(new Dictionary<string, int> { [UncodedReasons.NoSource] = 2 }, report.TriggerUnusedByReason);
        Assert.Contains("  trigger unused, because   no-source 2", text, StringComparison.Ordinal);
        Assert.Contains("\ttrigger 040 \"met\" consult.meet.v1 (no-source)\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipeline_that_records_no_reasons_gets_no_reason_line()
    {
        var text = CameoEvaluation.Evaluate(s_path, Fake.Split, new CameoOptions(Triggers: Finder())).ToText(errors: true);

        Assert.DoesNotContain("because", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(no-source)", text, StringComparison.Ordinal);
    }
}
