namespace Parley.Cli.Tests;

/// <summary>
/// The rule that decided each event's time through the commands: <c>extract</c> writes it as <c>time.rule</c> (JSON) and,
/// with <c>--explain</c>, at the end of each table line; <c>ingest</c> stores it and <c>events</c> exports it as
/// <c>time_rule</c>. The article is invented for these tests.
/// </summary>
public sealed class TimeRuleCommandTests : IDisposable
{
    private const string Story =
        "Japan condemned China on Monday over the drills. "
        + "China has repeatedly accused Japan of provocations. Japan said it would summon the Chinese ambassador.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Article()
    {
        var path = _folder.File("drills.txt");
        File.WriteAllText(path, Story + "\n");
        return path;
    }

    [Fact]
    public void Extract_writes_a_rule_in_every_time_object_and_the_explain_table_shows_it()
    {
        var article = Cli.Run("extract", Article(), "--published", "2025-07-10", "--format", "jsonl").JsonLines().Single();

        var events = article.GetProperty("events").EnumerateArray().ToArray();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.StartsWith("time.", e.GetProperty("time").GetProperty("rule").GetString(), StringComparison.Ordinal));
        var condemned = Assert.Single(events, e => e.GetProperty("cameo").GetString() == "111");
        Assert.Equal("time.explicit.clause.v1+time.weekday.relative", condemned.GetProperty("time").GetProperty("rule").GetString());

        var table = Cli.Run("extract", Article(), "--published", "2025-07-10", "--explain").Output;
        Assert.Contains("time [time.explicit.clause.v1+time.weekday.relative]", table, StringComparison.Ordinal);
        Assert.DoesNotContain("time [", Cli.Run("extract", Article(), "--published", "2025-07-10").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stores_the_rule_and_events_exports_it()
    {
        var db = _folder.File("rules.duckdb");
        Assert.Equal(ExitCodes.Ok, Cli.Run("ingest", Article(), "--db", db, "--published", "2025-07-10").ExitCode);

        var csv = Cli.Run("events", "--db", db, "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",time_rule", csv[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.All(csv[1..], line => Assert.Contains(",time.", line, StringComparison.Ordinal));
    }
}
