using System.Text;

namespace Parley.Cli.Tests;

public class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public BadInputTests()
    {
        File.WriteAllText(_folder.File("a-good.txt"), "Japan's foreign minister met his South Korean counterpart in Seoul on Monday.");
        File.WriteAllText(_folder.File("b-empty.txt"), "");
        File.WriteAllBytes(_folder.File("c-binary.txt"), [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF]);
        File.WriteAllBytes(_folder.File("d-latin1.txt"), Encoding.Latin1.GetBytes("Le ministre fran\u00e7ais a rencontr\u00e9 son homologue."));
        File.WriteAllText(_folder.File("e-broken.html"), "<html><body><div><p></p></div");
        File.WriteAllText(_folder.File("f-broken.xml"), "<rss><channel><item><title>Half a feed");
        File.WriteAllText(_folder.File("g-lines.jsonl"),
            "{\"id\":\"ok1\",\"text\":\"China criticized Japan on Tuesday.\"}\n{not json}\n{\"id\":\"ok2\",\"text\":\"Iran rejected the proposal.\"}\n");
        // A 50 MB article: refused with a coded error, never a crash or an hour of work.
        using (var big = new StreamWriter(_folder.File("h-big.txt")))
            for (var i = 0; i < 50 * 1024; i++)
                big.Write(new string('a', 1023) + "\n");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Extract_reports_each_bad_input_with_a_code_and_goes_on()
    {
        var result = Cli.Run("extract", _folder.Path, "--format", "jsonl", "--published", "2025-07-01");

        Assert.Equal(ExitCodes.SomeFailed, result.ExitCode);
        var lines = result.JsonLines();
        var errors = lines.Where(l => l.TryGetProperty("error", out _)).Select(l => l.GetProperty("error").GetProperty("code").GetString()).ToList();
        var ids = lines.Where(l => !l.TryGetProperty("error", out _)).Select(l => l.GetProperty("id").GetString()).ToList();

        Assert.Equal(["a-good", "ok1", "ok2"], ids);
        Assert.Contains("PARLEY-E001", errors); // empty
        Assert.Contains("PARLEY-E002", errors); // binary
        Assert.Contains("PARLEY-E003", errors); // not UTF-8
        Assert.Contains("PARLEY-E004", errors); // too large
        Assert.Contains("PARLEY-E006", errors); // broken feed
        Assert.Contains("PARLEY-E007", errors); // bad JSON line
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_stores_the_good_articles_and_counts_the_failures()
    {
        using var dbFolder = new TempFolder();
        var db = dbFolder.File("store.duckdb");
        var result = Cli.Run("ingest", _folder.Path, "--db", db);

        Assert.Equal(ExitCodes.SomeFailed, result.ExitCode);
        Assert.Contains("3 article(s) stored", result.Error, StringComparison.Ordinal);
        Assert.Contains("7 failed", result.Error, StringComparison.Ordinal); // empty, binary, latin-1, broken HTML, broken feed, bad line, too large
    }

    [Fact]
    public void A_missing_path_is_a_coded_failure_not_a_crash()
    {
        var result = Cli.Run("extract", _folder.File("nope.txt"), "--format", "jsonl");

        Assert.Equal(ExitCodes.SomeFailed, result.ExitCode);
        Assert.Equal("PARLEY-E008", result.JsonLines()[0].GetProperty("error").GetProperty("code").GetString());
    }
}
