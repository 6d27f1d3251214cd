namespace Parley.Cli.Tests;

/// <summary>
/// Background events through the commands: <c>extract</c> marks them (JSON <c>"background"</c>, the table's time),
/// <c>--skip-background</c> drops them (listed as uncoded with <c>--explain</c>), and <c>eval cameo</c> reports found and
/// false with them excluded. The articles and the gold are invented for these tests.
/// </summary>
public sealed class BackgroundCommandTests : IDisposable
{
    private const string Story =
        "The European Union imposed new sanctions on Belarus on Friday over the crackdown. "
        + "The bloc first imposed sanctions on Belarus in 2019 after a disputed vote.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string Article()
    {
        var path = _folder.File("belarus.txt");
        File.WriteAllText(path, Story + "\n");
        return path;
    }

    [Fact]
    public void Extract_marks_history_as_background_and_keeps_it_by_default()
    {
        var article = Cli.Run("extract", Article(), "--published", "2025-03-02", "--format", "jsonl").JsonLines().Single();

        var events = article.GetProperty("events").EnumerateArray().ToArray();
        Assert.All(events, e => Assert.True(e.TryGetProperty("background", out _)));
        var history = Assert.Single(events, e => e.GetProperty("background").GetBoolean());
        Assert.Equal("2019", history.GetProperty("time").GetProperty("value").GetString());
        Assert.Contains(events, e => !e.GetProperty("background").GetBoolean() && e.GetProperty("cameo").GetString()!.StartsWith("16", StringComparison.Ordinal));
        Assert.Contains("(year, explicit, background)", Cli.Run("extract", Article(), "--published", "2025-03-02").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_background_drops_it_and_explain_says_why()
    {
        var all = Cli.Run("extract", Article(), "--published", "2025-03-02", "--format", "jsonl").JsonLines().Single().GetProperty("events").GetArrayLength();
        var skipped = Cli.Run("extract", Article(), "--published", "2025-03-02", "--format", "jsonl", "--skip-background", "--explain").JsonLines().Single();

        Assert.Equal(all - 1, skipped.GetProperty("events").GetArrayLength());
        Assert.DoesNotContain(skipped.GetProperty("events").EnumerateArray(), e => e.GetProperty("background").GetBoolean());
        Assert.Single(skipped.GetProperty("uncoded").EnumerateArray(), u => u.GetProperty("reason").GetString() == "background");
    }

    [Fact]
    public void The_distance_is_an_option_and_a_negative_one_is_a_coded_error()
    {
        var none = Cli.Run("extract", Article(), "--published", "2025-03-02", "--format", "jsonl", "--background-days", "4000").JsonLines().Single();
        Assert.DoesNotContain(none.GetProperty("events").EnumerateArray(), e => e.GetProperty("background").GetBoolean());

        var bad = Cli.Run("extract", Article(), "--background-days", "-1");
        Assert.NotEqual(ExitCodes.Ok, bad.ExitCode);
        Assert.Contains("PARLEY-E010", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_cameo_adds_found_and_false_with_background_excluded_and_marks_it_in_errors()
    {
        var gold = _folder.File("cameo-background.jsonl");
        File.WriteAllText(gold, """
            {"id":"B1-01","story":"B1","published":"2025-03-02","n":1,"text":"The European Union imposed new sanctions on Belarus on Friday over the crackdown.","events":[{"cameo":"163","source":[{"actorText":"The European Union","code":"IGO","sector":null}],"target":[{"actorText":"Belarus","code":"BLR","sector":"GOV"}],"trigger":"imposed"}]}
            {"id":"B1-02","story":"B1","published":"2025-03-02","n":2,"text":"The bloc first imposed sanctions on Belarus in 2019 after a disputed vote.","events":[]}

            """);

        var result = Cli.Run("eval", "cameo", gold, "--errors");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Output.Split('\n');
        var old = Array.FindIndex(lines, l => l.StartsWith("false predictions ", StringComparison.Ordinal));
        var found = Array.FindIndex(lines, l => l.StartsWith("found, background excluded  1.000 (1/1)", StringComparison.Ordinal));
        var falses = Array.FindIndex(lines, l => l.StartsWith("false, background excluded  0.000 (0/1)", StringComparison.Ordinal));
        Assert.True(old >= 0 && found > old && falses == found + 1, result.Output);
        Assert.Contains("false predictions           0.500 (1/2)", result.Output, StringComparison.Ordinal); // the old line still counts it
        Assert.Contains(lines, l => l.StartsWith("false\tno gold event\tB1-02\tpredicted 163 IGO -> BLR \"imposed sanctions\" background\t", StringComparison.Ordinal));
    }
}
