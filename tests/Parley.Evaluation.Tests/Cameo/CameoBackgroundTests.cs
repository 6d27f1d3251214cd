using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

/// <summary>
/// The report's "background excluded" lines: background predictions (history long before the story) are removed from
/// the predictions and from the pairing; the existing lines keep counting them.
/// </summary>
public sealed class CameoBackgroundTests
{
    [Fact]
    public void A_false_background_prediction_leaves_the_false_count_without_background()
    {
        var report = Report(
            ([CameoMatcherTests.Gold("163", "IGO", "BLR")], [CameoMatcherTests.Predicted("163", "IGO", "BLR"), Background("163", "IGO", "BLR")]),
            ([], [Background("112", "USA", "IRN")]));

        Assert.Equal((2, 3), (report.False.Count, report.Predictions));
        Assert.Equal((0, 1), (report.FalseWithoutBackground.Count, report.FalseWithoutBackground.Total));
        Assert.Equal(report.Found.Count, report.FoundWithoutBackground.Count);
        var text = report.ToText(errors: true);
        Assert.Contains("found, background excluded  1.000 (1/1)", text, StringComparison.Ordinal);
        Assert.Contains("false, background excluded  0.000 (0/1)", text, StringComparison.Ordinal);
        Assert.Contains("predicted 112 USA -> IRN \"trigger\" background\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gold_event_found_only_by_a_background_prediction_is_not_found_without_it()
    {
        var report = Report(([CameoMatcherTests.Gold("163", "IGO", "BLR")], [Background("163", "IGO", "BLR")]));

        Assert.Equal(1, report.Found.Count);
        Assert.Equal((0, 1), (report.FoundWithoutBackground.Count, report.FoundWithoutBackground.Total));
        Assert.Equal(0, report.FalseWithoutBackground.Total);
    }

    [Fact]
    public void Without_background_predictions_the_new_lines_equal_the_old_ones()
    {
        var report = Report(([CameoMatcherTests.Gold("042", "NOR", "CHL")], [CameoMatcherTests.Predicted("042", "NOR", "CHL"), CameoMatcherTests.Predicted("190", "NOR", "CHL")]));

        Assert.Equal(report.Found, report.FoundWithoutBackground);
        Assert.Equal(report.False, report.FalseWithoutBackground);
        Assert.All(report.Sentences, s => Assert.Null(s.WithoutBackground));
    }

    private static CameoPrediction Background(string cameo, string source, string target) =>
        CameoMatcherTests.Predicted(cameo, source, target) with { Background = true };

    private static CameoReport Report(params (CameoGoldEvent[] Gold, CameoPrediction[] Predicted)[] sentences)
    {
        var scores = new List<CameoSentenceScore>();
        foreach (var (gold, predicted) in sentences)
            scores.Add(CameoMatcher.Score(new CameoGoldSentence($"T-{scores.Count + 1:00}", "T", new DateOnly(2025, 1, 1), scores.Count + 1, "A sentence.", gold, scores.Count + 1), predicted, skipDoubtful: false));
        return new CameoReport(scores, new CameoOptions());
    }
}
