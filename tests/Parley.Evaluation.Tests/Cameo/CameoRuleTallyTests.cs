using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

/// <summary>Round 51: <c>eval cameo --by-rule</c> counts each rule's predictions as right, dyad-wrong or false by kind, pooled over reports.</summary>
public sealed class CameoRuleTallyTests
{
    [Fact]
    public void Counts_each_rule_right_and_false_pooled_over_reports_worst_first()
    {
        var meet = Rule(CameoMatcherTests.Predicted("040", "USA", "CHN"), "consult.meet.v2");
        var order = Rule(CameoMatcherTests.Predicted("100", "USA", "USA"), "frame.order.v1");
        var first = Report(([CameoMatcherTests.Gold("040", "USA", "CHN")], [meet]));
        var second = Report(
            ([], [Rule(CameoMatcherTests.Predicted("100", "KEN", "KEN"), "frame.order.v1")]),
            ([CameoMatcherTests.Gold("173", "USA", "USA")], [order]),
            ([CameoMatcherTests.Gold("040", "JPN", "CHN")], [Rule(CameoMatcherTests.Predicted("040", "JPN", "KOR"), "consult.meet.v2+target.counterpart")]));

        var tally = new CameoRuleTally();
        tally.Add(first);
        tally.Add(second);

        Assert.Equal(2, tally.Reports);
        Assert.Equal((1, 3), (tally.Found, tally.Gold));
        Assert.Equal((2, 4), (tally.False, tally.Predictions));
        var worst = CameoRuleTally.Worst(tally.Rules).First();
        Assert.Equal("frame.order.v1", worst.Key);
        Assert.Equal((2, 0, 2, 1, 1), (worst.Predictions, worst.Right, worst.False, worst.WrongRoot, worst.NoGold));
        // by pattern row, the suffixed rule counts under its row too: one right, one with the wrong dyad
        var row = tally.Rows.Single(r => r.Key == "consult.meet.v2");
        Assert.Equal((2, 1, 1, 0), (row.Predictions, row.Right, row.DyadWrong, row.False));
        Assert.Contains(tally.Words, w => w.Key == "10 trigger" && w.False == 2);
        var text = tally.ToText(errors: true);
        Assert.StartsWith("by rule, pooled over 2 report(s): found 1/3, false 2/4", text, StringComparison.Ordinal);
        Assert.Contains("false\tframe.order.v1\twrong root\t", text, StringComparison.Ordinal);
    }

    private static CameoPrediction Rule(CameoPrediction p, string rule) => p with { Rule = rule };

    private static CameoReport Report(params (CameoGoldEvent[] Gold, CameoPrediction[] Predicted)[] sentences)
    {
        var scores = new List<CameoSentenceScore>();
        foreach (var (gold, predicted) in sentences)
            scores.Add(CameoMatcher.Score(new CameoGoldSentence($"T-{scores.Count + 1:00}", "T", new DateOnly(2025, 1, 1), scores.Count + 1, "A sentence.", gold, scores.Count + 1), predicted, skipDoubtful: false));
        return new CameoReport(scores, new CameoOptions());
    }
}
