using Parley.Core;
using Parley.Evaluation.Plover;
using Parley.Pipeline.Events;

namespace Parley.Evaluation.Tests.Plover;

public sealed class PloverTriggersTests
{
    private static readonly string s_path = Fake.Fixture("plover-small.json");

    /// <summary>Two patterns of our own: "agreed" (AGREE) and "marched" (PROTEST); "fought" is a CONSULT look-alike here.</summary>
    private const string Patterns = """
        id	trigger	kind	plover	mode	cameo	source	target
        agree.agree.v1	agree+	verb	AGREE		030	subject	-
        protest.march.v1	march+	verb	PROTEST		141	subject	-
        consult.fight.v1	fight+|fought	verb	CONSULT		040	subject	-
        """;

    private static TriggerFinder Finder() => new(EventPattern.Load([(new StringReader(Patterns), "test.tsv")]));


    [Fact]
    public void A_sentence_with_no_event_names_the_trigger_of_its_gold_type()
    {
        var report = PloverEvaluation.Evaluate(s_path, Fake.Split, Finder());

        Assert.Equal(4, report.NoEvent);
        Assert.Equal(2, report.NoEventWithTrigger);
        Assert.Equal("agree.agree.v1", report.Outcomes.Single(o => o.Gold.Event == "AGREE").UnusedTrigger);
        Assert.Equal("protest.march.v1", report.Outcomes.Single(o => o.Gold.Event == "PROTEST").UnusedTrigger);
        // a trigger of another type ("fought" as CONSULT) is no trigger of the gold type ASSAULT
        Assert.Null(report.Outcomes.Single(o => o.Gold.Event == "ASSAULT").UnusedTrigger);
        Assert.Null(report.Outcomes.Single(o => o.Gold.Event == "REQUEST").UnusedTrigger);
    }

    [Fact]
    public void The_report_counts_them_and_names_each_in_the_errors()
    {
        var text = PloverEvaluation.Evaluate(s_path, Fake.Split, Finder()).ToText();

        Assert.Contains("no event predicted         4   (with a trigger of the gold type: 2)", text, StringComparison.Ordinal);
        Assert.Contains("\tPROTEST\t(none) trigger protest.march.v1\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_patterns_the_report_stays_as_it_was()
    {
        var text = PloverEvaluation.Evaluate(s_path, Fake.Split).ToText();

        Assert.Contains("no event predicted         4\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("trigger", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_why_the_coder_dropped_the_trigger()
    {
        var report = PloverEvaluation.Evaluate(s_path, Fake.NoSource(Finder()), Finder());
        var text = report.ToText();

        Assert.Equal(UncodedReasons.NoSource, report.Outcomes.Single(o => o.Gold.Event == "AGREE").UnusedWhy);
        Assert.Null(report.Outcomes.Single(o => o.Gold.Event == "ASSAULT").UnusedWhy);
        Assert.Contains("no event predicted         4   (with a trigger of the gold type: 2; because: no-source 2)", text, StringComparison.Ordinal);
        Assert.Contains("\tPROTEST\t(none) trigger protest.march.v1 (no-source)\t", text, StringComparison.Ordinal);
    }
}
