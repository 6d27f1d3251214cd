namespace Parley.Cli.Tests;

/// <summary>
/// <c>parley eval</c> from the command line: each scorer reads the gold file it is pointed at and prints its report;
/// a missing file is a coded error. The scorers' arithmetic is specified in Parley.Evaluation.Tests.
/// </summary>
public sealed class EvalCommandTests
{
    private static string Fixture(string name) =>
        Path.Combine(Cli.RepoRoot, "tests", "Parley.Evaluation.Tests", "Fixtures", name);

    [Theory]
    [InlineData("plover", "plover-small.json", "event type accuracy")]
    [InlineData("cameo", "cameo-small.jsonl", "found (root + dyad)")]
    [InlineData("ner", "conll2003-small.txt", "micro")]
    public void PrintsTheReportOfTheGoldItIsGiven(string scorer, string fixture, string reportLine)
    {
        var result = Cli.Run("eval", scorer, Fixture(fixture));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains(reportLine, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CameoErrorsListMissedAndFalseEventsWithTheirSentence()
    {
        var result = Cli.Run("eval", "cameo", Fixture("cameo-small.jsonl"), "--errors", "--sentences");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("mode sentences", result.Output, StringComparison.Ordinal);
        Assert.Contains("S1-01", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plover")]
    [InlineData("cameo")]
    public void AMissingGoldFileIsACodedError(string scorer)
    {
        var result = Cli.Run("eval", scorer, Path.Combine(Path.GetTempPath(), "no-such-gold-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("PARLEY-E008", result.Error, StringComparison.Ordinal);
    }
}
