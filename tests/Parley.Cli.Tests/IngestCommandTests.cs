using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary>End to end: the sample corpus (twelve articles, several reports of the same events) in, queried back.</summary>
public class IngestCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db => _folder.File("parley.duckdb");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_is_idempotent()
    {
        var first = Cli.Run("ingest", Cli.Samples, "--db", Db);
        var second = Cli.Run("ingest", Cli.Samples, "--db", Db);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Contains("12 article(s) stored, 0 already stored", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 article(s) stored, 12 already stored", second.Error, StringComparison.Ordinal);
        Assert.Contains("holds 12 article(s)", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_are_queried_back_by_dyad_type_and_time()
    {
        Cli.Run("ingest", Cli.Samples, "--db", Db);

        var meetings = Rows("--dyad", "CHN,USA", "--type", "CONSULT", "--since", "2025-07-11", "--until", "2025-07-11");
        // The Kuala Lumpur meeting is reported by several articles: each report is a row with its own source.
        // Periods overlapping the day count too ("later this year" is 2025): the window is inclusive.
        Assert.All(meetings, r => Assert.True(r.GetProperty("time_value").GetString() is "2025-07-11" or "2025-07" or "2025" or "2025-W28"));
        var articles = meetings.Where(r => r.GetProperty("time_value").GetString() == "2025-07-11").Select(r => r.GetProperty("article").GetString()).Distinct().ToList();
        Assert.True(articles.Count >= 3, string.Join(", ", articles));

        var sanctions = Rows("--actor", "IRN", "--type", "SANCTION");
        Assert.True(sanctions.Select(r => r.GetProperty("article").GetString()).Distinct().Count() >= 2);

        var rubio2020 = Rows("--actor", "Q324546", "--until", "2020-12-31");
        Assert.Contains(rubio2020, r => r.GetProperty("target_codes").EnumerateArray().Any(c => c.GetString() == "USALEG"));
    }

    [Fact]
    public void Csv_and_table_formats_have_a_header_and_a_line_per_event()
    {
        Cli.Run("ingest", Cli.Samples, "--db", Db);

        var csv = Cli.Run("events", "--db", Db, "--type", "04", "--format", "csv").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var table = Cli.Run("events", "--db", Db, "--type", "04").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("article,", csv[0], StringComparison.Ordinal);
        Assert.True(csv.Length > 5);
        Assert.Equal(csv.Length, table.Length);
    }

    [Fact]
    public void Events_with_a_confidence_floor_lists_only_the_surer_events()
    {
        Cli.Run("ingest", Cli.Samples, "--db", Db);

        var all = Rows().Select(r => r.GetProperty("confidence").GetDouble()).ToList();
        var sure = Rows("--min-confidence", "0.85").Select(r => r.GetProperty("confidence").GetDouble()).ToList();
        var bad = Cli.Run("events", "--db", Db, "--min-confidence", "2");

        Assert.Contains(all, c => c < 0.85);
        Assert.Equal(all.Count(c => c >= 0.85), sure.Count);
        Assert.NotEqual(ExitCodes.Ok, bad.ExitCode);
        Assert.Contains("between 0 and 1", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_give_each_actor_its_role_and_parties_only_leaves_out_sides_read_from_a_place()
    {
        // Invented: the arrest names both sides; the offensive's target is read from where it was launched.
        var article = _folder.File("darfur.txt");
        File.WriteAllText(article, "Sudanese police arrested 40 protesters in Port Sudan on Wednesday. The army launched an offensive in Darfur this week.\n");
        Cli.Run("ingest", article, "--db", Db, "--published", "2025-03-05");

        var all = Rows();
        var offensive = Assert.Single(all, r => r.GetProperty("rule").GetString()!.EndsWith("+target.location", StringComparison.Ordinal));
        Assert.Equal(["place"], offensive.GetProperty("target_roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["party"], offensive.GetProperty("source_roles").EnumerateArray().Select(r => r.GetString()));
        var parties = Rows("--parties-only");
        Assert.Equal(all.Count - 1, parties.Count);
        Assert.DoesNotContain(parties, r => r.GetProperty("event").GetString() == offensive.GetProperty("event").GetString());
        Assert.Contains("@Darfur (SDN)", Cli.Run("events", "--db", Db).Output, StringComparison.Ordinal);
        Assert.EndsWith(",source_roles,target_roles,background,time_rule", Cli.Run("events", "--db", Db, "--format", "csv").Output.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void Events_without_a_database_says_how_to_make_one()
    {
        var result = Cli.Run("events", "--db", _folder.File("none.duckdb"));

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("parley ingest", result.Error, StringComparison.Ordinal);
    }

    private List<JsonElement> Rows(params string[] filter)
    {
        var result = Cli.Run(["events", "--db", Db, "--format", "json", .. filter]);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        return [.. json.RootElement.EnumerateArray().Select(e => e.Clone())];
    }
}
