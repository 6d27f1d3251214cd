using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

/// <summary>The strict view of found events: a target where gold has none (or none where gold has one) is not found.</summary>
public sealed class CameoStrictTargetsTests
{
    [Theory]
    [InlineData("", "", true, true)]
    [InlineData("", "USA", true, false)]
    [InlineData("CHL", "CHL", true, true)]
    [InlineData("CHL", "CHL,PER", true, true)]
    [InlineData("CHL", "", false, false)]
    [InlineData("CHL", "PER", false, false)]
    public void A_gold_event_without_a_target_wants_a_prediction_without_one(string goldTarget, string predictedTarget, bool found, bool strict)
    {
        var gold = CameoMatcherTests.Gold("141", "KEN", goldTarget);
        var predicted = CameoMatcherTests.Predicted("141", "KEN", predictedTarget);

        Assert.Equal(found, CameoMatcher.SourceAgrees(gold, predicted) && CameoMatcher.TargetAgrees(gold, predicted));
        Assert.Equal(strict, CameoMatcher.TargetStrictlyAgrees(gold, predicted));
    }

    [Fact]
    public void The_report_prints_the_strict_line_beside_the_found_line_which_keeps_its_meaning()
    {
        var report = Report(
            ([CameoMatcherTests.Gold("141", "KEN", "")], [CameoMatcherTests.Predicted("141", "KEN", "USA")]),
            ([CameoMatcherTests.Gold("141", "KEN", "")], [CameoMatcherTests.Predicted("141", "KEN", "")]),
            ([CameoMatcherTests.Gold("042", "NOR", "CHL")], [CameoMatcherTests.Predicted("042", "NOR", "CHL")]),
            ([CameoMatcherTests.Gold("042", "NOR", "CHL")], [CameoMatcherTests.Predicted("042", "NOR", "")]));

        Assert.Equal((3, 4), (report.Found.Count, report.Found.Total));
        Assert.Equal((2, 4), (report.FoundStrictTargets.Count, report.FoundStrictTargets.Total));
        var text = report.ToText();
        Assert.Contains("found (root + dyad)         0.750 (3/4)", text, StringComparison.Ordinal);
        Assert.Contains("found, strict targets       0.500 (2/4)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("found (root + dyad)", StringComparison.Ordinal) < text.IndexOf("found, strict targets", StringComparison.Ordinal));
    }

    private static CameoReport Report(params (CameoGoldEvent[] Gold, CameoPrediction[] Predicted)[] sentences)
    {
        var scores = new List<CameoSentenceScore>();
        foreach (var (gold, predicted) in sentences)
            scores.Add(CameoMatcher.Score(new CameoGoldSentence($"T-{scores.Count + 1:00}", "T", new DateOnly(2025, 1, 1), scores.Count + 1, "A sentence.", gold, scores.Count + 1), predicted, skipDoubtful: false));
        return new CameoReport(scores, new CameoOptions());
    }
}
