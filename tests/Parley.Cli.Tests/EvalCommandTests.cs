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
        // A gold event no trigger can find (nothing in the sentence names an act) is always listed as missed.
        var gold = Path.Combine(Path.GetTempPath(), "cameo-errors-" + Guid.NewGuid().ToString("N") + ".jsonl");
        File.WriteAllText(gold, """
            {"id":"W1-01","story":"W1","published":"2025-03-14","n":1,"text":"It rained all day in the capital.","events":[{"cameo":"040","source":[{"actorText":"Norway","code":"NOR","sector":"GOV"}],"target":[],"trigger":"rained","factuality":"asserted"}]}
            """);
        try
        {
            var result = Cli.Run("eval", "cameo", gold, "--errors", "--sentences");

            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Contains("mode sentences", result.Output, StringComparison.Ordinal);
            Assert.Contains("missed\tno event\tW1-01\tgold 040 NOR -> -", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(gold);
        }
    }

    [Fact]
    public void NerReadsMarkedDocumentsWholeUnlessToldToReadSentences()
    {
        // conll2003-small.txt has two -DOCSTART- documents: read whole by default, as Parley reads articles.
        var byDefault = Cli.Run("eval", "ner", Fixture("conll2003-small.txt"));
        var bySentence = Cli.Run("eval", "ner", Fixture("conll2003-small.txt"), "--sentences");
        var both = Cli.Run("eval", "ner", Fixture("conll2003-small.txt"), "--sentences", "--docs");

        Assert.Contains("3 sentences in 2 documents", byDefault.Output, StringComparison.Ordinal);
        Assert.Contains("3 sentences each on its own", bySentence.Output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.UsageError, both.ExitCode);
        Assert.Contains("exclude each other", both.Error, StringComparison.Ordinal);
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
