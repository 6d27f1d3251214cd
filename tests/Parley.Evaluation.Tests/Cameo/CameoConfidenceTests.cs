using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoConfidenceTests
{
    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.59, 0)]
    [InlineData(0.6, 1)]
    [InlineData(0.75, 2)]
    [InlineData(0.8, 3)]
    [InlineData(1.0, 3)]
    public void A_confidence_falls_in_the_band_whose_lower_edge_it_reaches(double confidence, int band) =>
        Assert.Equal(band, CameoConfidence.BandOf(confidence));

    [Fact]
    public void Bands_count_predictions_right_and_false_by_the_prediction_confidence()
    {
        var scores = new[]
        {
            // right at 0.9; false at 0.5 (no gold of root 19 here)
            Score([CameoMatcherTests.Gold("111", "KEN", "ETH")], [Predicted("111", "KEN", "ETH", 0.9), Predicted("190", "KEN", "ETH", 0.5)]),
            // root right but dyad wrong at 0.65: neither right nor false
            Score([CameoMatcherTests.Gold("042", "USA", "CHN")], [Predicted("042", "JPN", "CHN", 0.65)]),
        };

        var bands = CameoConfidence.Bands(scores);

        Assert.Equal(new ConfidenceBand(0, 0.6, 1, 0, 1), bands[0]);
        Assert.Equal(new ConfidenceBand(0.6, 0.7, 1, 0, 0), bands[1]);
        Assert.Equal(new ConfidenceBand(0.7, 0.8, 0, 0, 0), bands[2]);
        Assert.Equal(new ConfidenceBand(0.8, 1.0, 1, 1, 0), bands[3]);
        var text = new CameoReport(scores, new CameoOptions()).ToText();
        Assert.Contains("0.8-1.0                 1      1      0    100 %      0 %", text, StringComparison.Ordinal);
        Assert.Contains("0.7-0.8                 0      0      0        -        -", text, StringComparison.Ordinal);
    }

    private static CameoPrediction Predicted(string cameo, string source, string target, double confidence) =>
        CameoMatcherTests.Predicted(cameo, source, target) with { Confidence = confidence };

    private static CameoSentenceScore Score(CameoGoldEvent[] gold, CameoPrediction[] predicted) =>
        CameoMatcher.Score(new CameoGoldSentence("T-01", "T", new DateOnly(2025, 1, 1), 1, "A sentence.", gold, 1), predicted, skipDoubtful: false);
}
