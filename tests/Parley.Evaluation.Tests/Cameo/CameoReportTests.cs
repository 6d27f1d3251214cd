using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoReportTests
{
    [Fact]
    public void Counts_unseen_gold_by_root_and_root_confusions_largest_first()
    {
        var report = Report(
            ([CameoMatcherTests.Gold("141", "KEN", ""), CameoMatcherTests.Gold("111", "KEN", "ETH")], []),
            ([CameoMatcherTests.Gold("111", "PER", "BOL")], []),
            ([CameoMatcherTests.Gold("020", "USA", "CHN")], [CameoMatcherTests.Predicted("100", "USA", "CHN")]));

        Assert.Equal(2, report.NoEventByRoot["11"]);
        Assert.Equal(1, report.RootConfusions[("02", "10")]);
        var text = report.ToText();
        Assert.Contains("no event, by gold root      11 2, 14 1", text, StringComparison.Ordinal);
        Assert.Contains("wrong root, gold > coded    02>10 1", text, StringComparison.Ordinal);
        Assert.Contains("false by kind               wrong root 1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Factuality.Asserted, "predicted 100 USA -> CHN \"trigger\"")]
    [InlineData(Factuality.Future, "predicted 100 USA -> CHN \"trigger\" future")]
    public void Describes_a_prediction_with_code_dyad_trigger_and_factuality(Factuality factuality, string expected) =>
        Assert.Equal(expected, CameoReport.Describe(CameoMatcherTests.Predicted("100", "USA", "CHN", factuality)));

    private static CameoReport Report(params (CameoGoldEvent[] Gold, CameoPrediction[] Predicted)[] sentences)
    {
        var scores = new List<CameoSentenceScore>();
        foreach (var (gold, predicted) in sentences)
            scores.Add(CameoMatcher.Score(new CameoGoldSentence($"T-{scores.Count + 1:00}", "T", new DateOnly(2025, 1, 1), scores.Count + 1, "A sentence.", gold, scores.Count + 1), predicted, skipDoubtful: false));
        return new CameoReport(scores, new CameoOptions());
    }
}
