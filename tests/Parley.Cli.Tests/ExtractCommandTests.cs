using System.Text.Json;

namespace Parley.Cli.Tests;

public class ExtractCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static JsonElement[] Events(JsonElement article) => [.. article.GetProperty("events").EnumerateArray()];

    private static string Codes(JsonElement e, string side) =>
        string.Join(",", e.GetProperty(side).EnumerateArray().Select(a => a.GetProperty("code").GetString()).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Jsonl_gives_one_parley_1_object_per_article_with_the_contract_fields()
    {
        var result = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10", "--format", "jsonl");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var article = Assert.Single(result.JsonLines());
        Assert.Equal("parley/1", article.GetProperty("schema").GetString());
        Assert.Equal("kl-preview", article.GetProperty("id").GetString());
        Assert.Equal("2025-07-10", article.GetProperty("published").GetString());
        Assert.Equal("option", article.GetProperty("published_source").GetString());
        foreach (var field in new[] { "sentences", "entities", "times", "places", "events" })
            Assert.Equal(JsonValueKind.Array, article.GetProperty(field).ValueKind);
        var first = Events(article)[0];
        foreach (var field in new[] { "id", "plover", "mode", "cameo", "goldstein", "quad", "factuality", "source", "target", "time", "place", "trigger", "sentence", "confidence", "rule" })
            Assert.True(first.TryGetProperty(field, out _), $"event field {field}");
    }

    [Fact]
    public void Every_actor_says_whether_it_is_a_party_or_a_place_the_side_was_read_from()
    {
        // Invented: the offensive names no one it is against, so its target is read from where it was launched.
        const string Text = "Sudanese police arrested 40 protesters in Port Sudan on Wednesday. The army launched an offensive in Darfur this week.\n";
        var article = Cli.RunWithInput(Text, "extract", "-", "--published", "2025-03-05", "--format", "jsonl").JsonLines()[0];
        var events = Events(article);

        var arrest = Assert.Single(events, e => e.GetProperty("cameo").GetString() == "173");
        Assert.All(arrest.GetProperty("source").EnumerateArray().Concat(arrest.GetProperty("target").EnumerateArray()),
            a => Assert.Equal("party", a.GetProperty("role").GetString()));
        var offensive = Assert.Single(events, e => e.GetProperty("rule").GetString()!.EndsWith("+target.location", StringComparison.Ordinal));
        Assert.Equal("party", offensive.GetProperty("source")[0].GetProperty("role").GetString());
        var place = Assert.Single(offensive.GetProperty("target").EnumerateArray());
        Assert.Equal("place", place.GetProperty("role").GetString());
        Assert.Equal("SDN", place.GetProperty("code").GetString());
        // the actor's evidence is the place's words
        Assert.Equal("Darfur", place.GetProperty("text").GetString());
        Assert.Equal("Darfur", Text[place.GetProperty("start").GetInt32()..place.GetProperty("end").GetInt32()]);
        // the table marks it too
        var table = Cli.RunWithInput(Text, "extract", "-", "--published", "2025-03-05").Output;
        Assert.Contains("-> SDN @Darfur", table, StringComparison.Ordinal);
        Assert.DoesNotContain("@Sudan", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_adds_the_uncoded_triggers_with_their_reasons_and_is_off_by_default()
    {
        var plain = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10", "--format", "jsonl").JsonLines()[0];
        var explained = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10", "--format", "jsonl", "--explain").JsonLines()[0];
        var text = File.ReadAllText(Fixture("kl-preview.txt"));

        Assert.False(plain.TryGetProperty("uncoded", out _));
        var uncoded = explained.GetProperty("uncoded").EnumerateArray().ToArray();
        Assert.NotEmpty(uncoded);
        string[] reasons = ["no-source", "no-target", "no-partner", "content", "complement", "not-a-verb", "look-alike", "blocker", "commentator", "question", "duplicate", "retold"];
        foreach (var u in uncoded)
        {
            var trigger = u.GetProperty("trigger");
            Assert.Equal(text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()], trigger.GetProperty("text").GetString());
            Assert.Contains(u.GetProperty("reason").GetString(), reasons);
            Assert.False(string.IsNullOrEmpty(u.GetProperty("rule").GetString()));
        }
        // the events themselves are unchanged
        Assert.Equal(plain.GetProperty("events").GetRawText(), explained.GetProperty("events").GetRawText());
    }

    [Fact]
    public void Explain_in_the_table_lists_each_uncoded_trigger_under_the_events()
    {
        var piped = Cli.RunWithInput("Somebody condemned the decision on Monday.\n", "extract", "-", "--published", "2025-07-10", "--explain");

        Assert.Equal(ExitCodes.Ok, piped.ExitCode);
        Assert.Contains("uncoded  no-source    \"condemned\"  [accuse.criticize.v4]", piped.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_fixture_gives_the_meeting_the_call_and_the_sanction()
    {
        var article = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10", "--format", "jsonl").JsonLines()[0];
        var text = File.ReadAllText(Fixture("kl-preview.txt"));
        var events = Events(article);

        var meeting = Assert.Single(events, e => e.GetProperty("plover").GetString() == "CONSULT" && e.GetProperty("cameo").GetString() == "044");
        Assert.Equal("future", meeting.GetProperty("factuality").GetString());
        Assert.Equal("2025-07-11", meeting.GetProperty("time").GetProperty("value").GetString());
        Assert.Equal("day", meeting.GetProperty("time").GetProperty("precision").GetString());
        Assert.Equal("Kuala Lumpur", meeting.GetProperty("place").GetProperty("name").GetString());
        Assert.Equal(1735161, meeting.GetProperty("place").GetProperty("geonameid").GetInt64());
        // A reciprocal meeting lists both sides as source and as target.
        Assert.Equal("CHNGOV,USAGOV", Codes(meeting, "source"));
        Assert.Equal("CHNGOV,USAGOV", Codes(meeting, "target"));
        Assert.Equal("Q324546", meeting.GetProperty("source")[0].GetProperty("kb").GetString());

        var call = Assert.Single(events, e => e.GetProperty("cameo").GetString() == "041");
        Assert.Equal("asserted", call.GetProperty("factuality").GetString());
        Assert.Equal("2025-01", call.GetProperty("time").GetProperty("value").GetString());
        Assert.Equal("month", call.GetProperty("time").GetProperty("precision").GetString());

        var sanction = Assert.Single(events, e => e.GetProperty("plover").GetString() == "SANCTION" && Codes(e, "target") == "USALEG");
        Assert.Equal("CHNGOV", Codes(sanction, "source"));
        Assert.Equal("2020", sanction.GetProperty("time").GetProperty("value").GetString());
        Assert.Equal("year", sanction.GetProperty("time").GetProperty("precision").GetString());

        // Every trigger's offsets point at its text.
        foreach (var e in events)
        {
            var trigger = e.GetProperty("trigger");
            var start = trigger.GetProperty("start").GetInt32();
            var end = trigger.GetProperty("end").GetInt32();
            Assert.Equal(trigger.GetProperty("text").GetString(), text[start..end]);
        }
    }

    [Fact]
    public void Hedged_sentences_give_nothing_asserted()
    {
        var article = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10", "--format", "jsonl").JsonLines()[0];
        var text = File.ReadAllText(Fixture("kl-preview.txt"));
        foreach (var e in Events(article))
        {
            var sentence = e.GetProperty("sentence");
            var words = text[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()];
            if (words.Contains("doubtful", StringComparison.Ordinal) || words.Contains("likely", StringComparison.Ordinal) || words.Contains("expected", StringComparison.Ordinal))
                Assert.NotEqual("asserted", e.GetProperty("factuality").GetString());
        }
    }

    [Fact]
    public void Without_published_the_date_is_inferred_and_marked()
    {
        var article = Cli.Run("extract", Fixture("kl-preview.txt"), "--format", "jsonl").JsonLines()[0];

        Assert.Equal("inferred", article.GetProperty("published_source").GetString());
        Assert.Contains(Events(article), e => e.GetProperty("cameo").GetString() == "044" && e.GetProperty("time").GetProperty("value").GetString() == "2025-07-11");
    }

    [Fact]
    public void Output_keeps_input_order_across_formats_and_threads()
    {
        var one = Cli.Run("extract", Cli.Samples, "--format", "jsonl", "--threads", "1").JsonLines().Select(a => a.GetProperty("id").GetString()).ToList();
        var two = Cli.Run("extract", Cli.Samples, "--format", "jsonl", "--threads", "2").JsonLines().Select(a => a.GetProperty("id").GetString()).ToList();

        Assert.Equal(12, one.Count);
        Assert.Equal(one, two);
    }

    [Fact]
    public void Json_format_is_one_array()
    {
        var result = Cli.Run("extract", Path.Combine(Cli.Samples, "wire.jsonl"), "--format", "json");

        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(5, document.RootElement.GetArrayLength());
    }

    [Fact]
    public void Table_format_prints_one_line_per_event()
    {
        var result = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "2025-07-10");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("kl-preview  published 2025-07-10 (option)", result.Output, StringComparison.Ordinal);
        Assert.Contains("CONSULT   044  future", result.Output, StringComparison.Ordinal);
        Assert.Contains("USAGOV Marco Rubio <-> CHNGOV Wang Yi", result.Output, StringComparison.Ordinal);
        Assert.Contains("CHNGOV China -> USALEG Marco Rubio", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_as_text_or_json_lines()
    {
        var text = Cli.RunWithInput("Rubio met Wang Yi in Kuala Lumpur on Friday.", "extract", "-", "--published", "2025-07-12", "--format", "jsonl");
        var lines = Cli.RunWithInput("{\"id\":\"a\",\"text\":\"Rubio met Wang Yi.\",\"published\":\"2025-07-11\"}\n{\"id\":\"b\",\"text\":\"Nothing happened.\"}\n", "extract", "-", "--format", "jsonl");

        Assert.Equal("2025-07-11", Events(Assert.Single(text.JsonLines()))[0].GetProperty("time").GetProperty("value").GetString());
        Assert.Equal(["a", "b"], lines.JsonLines().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public void A_bad_published_option_is_a_clear_usage_error()
    {
        var result = Cli.Run("extract", Fixture("kl-preview.txt"), "--published", "next tuesday");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("PARLEY-E010", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }
}
