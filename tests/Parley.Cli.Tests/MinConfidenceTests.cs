namespace Parley.Cli.Tests;

/// <summary><c>--min-confidence</c>: an analyst who wants precision over recall keeps only the surer events, and can still see the rest.</summary>
public class MinConfidenceTests
{
    private static string Samples(string name) => Path.Combine(Cli.RepoRoot, "samples", name);

    private static double[] Confidences(Cli.Result result) =>
        [.. result.JsonLines().SelectMany(a => a.GetProperty("events").EnumerateArray()).Select(e => e.GetProperty("confidence").GetDouble())];

    [Fact]
    public void Events_under_the_floor_are_left_out_and_the_rest_are_unchanged()
    {
        var all = Confidences(Cli.Run("extract", Samples("wire.jsonl"), "--format", "jsonl"));
        var sure = Confidences(Cli.Run("extract", Samples("wire.jsonl"), "--format", "jsonl", "--min-confidence", "0.85"));

        Assert.Contains(all, c => c < 0.85); // the samples hold less sure events, so the floor has something to remove
        Assert.All(sure, c => Assert.True(c >= 0.85));
        Assert.Equal(all.Count(c => c >= 0.85), sure.Length);
    }

    [Fact]
    public void With_explain_the_events_left_out_are_listed_as_low_confidence()
    {
        var all = Confidences(Cli.Run("extract", Samples("wire.jsonl"), "--format", "jsonl"));
        var explained = Cli.Run("extract", Samples("wire.jsonl"), "--format", "jsonl", "--min-confidence", "0.85", "--explain").JsonLines();

        var low = explained.SelectMany(a => a.GetProperty("uncoded").EnumerateArray()).Count(u => u.GetProperty("reason").GetString() == "low-confidence");
        Assert.Equal(all.Count(c => c < 0.85), low);
        foreach (var article in explained)
        {
            var starts = article.GetProperty("uncoded").EnumerateArray().Select(u => u.GetProperty("trigger").GetProperty("start").GetInt32()).ToArray();
            Assert.Equal(starts.Order(), starts); // still in text order
        }
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.1")]
    public void A_floor_outside_0_to_1_is_a_coded_error_saying_what_to_pass(string floor)
    {
        var result = Cli.Run("extract", Samples("wire.jsonl"), "--min-confidence", floor);

        Assert.NotEqual(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("PARLEY-E010", result.Error, StringComparison.Ordinal);
        Assert.Contains("between 0 and 1", result.Error, StringComparison.Ordinal);
    }
}
