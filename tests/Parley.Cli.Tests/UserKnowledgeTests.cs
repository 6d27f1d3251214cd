namespace Parley.Cli.Tests;

/// <summary>Users add their own actors (--actors) and patterns (--patterns); theirs win over the embedded ones.</summary>
public class UserKnowledgeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_actors_file_adds_a_person_with_a_dated_role()
    {
        var actors = _folder.File("actors.tsv");
        File.WriteAllText(actors,
            "# people our newsroom follows\n" +
            "name\taliases\tcountry\tsector\tkind\ttitle\tstart\tend\twikidata\n" +
            "Liisa Kask\tKask\tEST\tLEG\tperson\tMember of Parliament\t2019-04-04\t2024-12-31\t\n" +
            "Liisa Kask\tKask\tEST\tGOV\tperson\tForeign Minister\t2025-01-01\t\t\n");
        var text = _folder.File("a.txt");
        File.WriteAllText(text, "Liisa Kask met Wang Yi in Beijing on Monday.");

        var now = Cli.Run("extract", text, "--published", "2025-07-10", "--actors", actors, "--format", "jsonl").JsonLines()[0];
        var before = Cli.Run("extract", text, "--published", "2023-03-10", "--actors", actors, "--format", "jsonl").JsonLines()[0];

        Assert.Equal("ESTGOV", now.GetProperty("events")[0].GetProperty("source")[0].GetProperty("code").GetString());
        Assert.Equal("ESTLEG", before.GetProperty("events")[0].GetProperty("source")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_users_own_state_places_the_agents_named_from_it()
    {
        // An invented state, as a PETRARCH dictionary brings them: an organisation with a country code and no sector.
        var actors = _folder.File("states.tsv");
        File.WriteAllText(actors,
            "name\taliases\tcountry\tsector\tkind\ttitle\tstart\tend\twikidata\n" +
            "Zembla\t\tZEM\t\torg\t\t\t\t\n" +
            "Novaya Zembla\t\tNZE\t\torg\t\t\t\t\n");
        var text = _folder.File("z.txt");
        File.WriteAllText(text, "Soldiers from Zembla attacked Novaya Zembla on Monday.");

        var article = Cli.Run("extract", text, "--published", "2025-07-10", "--actors", actors, "--format", "jsonl").JsonLines()[0];

        var e = Assert.Single(article.GetProperty("events").EnumerateArray());
        Assert.Equal("ZEMMIL", e.GetProperty("source")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void A_patterns_file_adds_a_trigger()
    {
        var patterns = _folder.File("patterns.tsv");
        File.WriteAllText(patterns,
            "id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget\n" +
            "support.embrace.v1\tembraced\tverb\tSUPPORT\t\t051\tsubject\t-\n");
        var text = _folder.File("b.txt");
        File.WriteAllText(text, "Chile embraced Peru at the summit on Monday.");

        var without = Cli.Run("extract", text, "--published", "2025-07-10", "--format", "jsonl").JsonLines()[0];
        var with = Cli.Run("extract", text, "--published", "2025-07-10", "--patterns", patterns, "--format", "jsonl").JsonLines()[0];

        Assert.DoesNotContain(without.GetProperty("events").EnumerateArray(), e => e.GetProperty("rule").GetString()!.StartsWith("support.embrace", StringComparison.Ordinal));
        var e = Assert.Single(with.GetProperty("events").EnumerateArray(), e => e.GetProperty("rule").GetString()!.StartsWith("support.embrace", StringComparison.Ordinal));
        Assert.Equal("SUPPORT", e.GetProperty("plover").GetString());
    }

    [Fact]
    public void A_malformed_actors_file_is_a_clear_error()
    {
        var actors = _folder.File("bad.tsv");
        File.WriteAllText(actors, "name\tcountry\nX\tY\n");

        var result = Cli.Run("extract", Path.Combine(Cli.Samples, "japan-korea-call.txt"), "--actors", actors);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("PARLEY-E013", result.Error, StringComparison.Ordinal);
        Assert.Contains("header", result.Error, StringComparison.Ordinal);
    }
}
