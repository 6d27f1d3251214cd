using System.Globalization;
using System.Text.Json;
using Parley.Core;
using Parley.Evaluation.Plover;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// Reads real-news CAMEO gold (JSON Lines, one object a sentence, every body sentence of a story; docs/evaluation-cameo.md).
/// A bad line fails with a coded error that names the line and the field.
/// </summary>
public static class CameoGold
{
    public static IReadOnlyList<CameoGoldSentence> Read(string path)
    {
        ArticleFactory.RequireFile(path, "CAMEO gold");
        var sentences = new List<CameoGoldSentence>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var stories = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var numbers = new HashSet<(string, int)>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var sentence = Parse(line, new Where(path, number));
            if (!ids.Add(sentence.Id))
                new Where(path, number).Fail("id", $"'{sentence.Id}' is used by an earlier line; every sentence needs its own id");
            if (stories.TryGetValue(sentence.Story, out var published) && published != sentence.Published)
                new Where(path, number).Fail("published", $"story '{sentence.Story}' was dated {published:yyyy-MM-dd} on an earlier line; give all its lines one date");
            stories[sentence.Story] = sentence.Published;
            if (!numbers.Add((sentence.Story, sentence.N)))
                new Where(path, number).Fail("n", $"story '{sentence.Story}' already has a sentence {sentence.N}; number a story's sentences 1, 2, 3 ...");
            sentences.Add(sentence);
        }
        if (sentences.Count == 0)
            ErrorCodes.Throw(ErrorCodes.EmptyInput, $"{path} holds no gold sentences; pass a JSON Lines file with one sentence object a line.");
        return sentences;
    }

    /// <summary>Parses one line; <paramref name="where"/> names the file and line in errors.</summary>
    public static CameoGoldSentence Parse(string line, Where where)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw where.Failure(null, $"not valid JSON ({e.Message})");
        }
        using (json)
        {
            var e = json.RootElement;
            if (e.ValueKind != JsonValueKind.Object)
                where.Fail(null, "the line is not a JSON object");
            var id = RequiredText(e, "id", where);
            var story = RequiredText(e, "story", where);
            var dateText = RequiredText(e, "published", where);
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
                where.Fail("published", $"'{dateText}' is not a yyyy-MM-dd date");
            var index = e.TryGetProperty("n", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var i) ? i : 0;
            if (index < 1)
                where.Fail("n", "missing or not a whole number from 1 (the sentence's place in the story body)");
            var text = RequiredText(e, "text", where);
            if (!e.TryGetProperty("events", out var list) || list.ValueKind != JsonValueKind.Array)
                where.Fail("events", "missing or not an array (write [] for a sentence without events)");
            var events = new List<CameoGoldEvent>();
            foreach (var item in list.EnumerateArray())
                events.Add(Event(item, where.At($"events[{events.Count}]")));
            return new CameoGoldSentence(id, story, published, index, text, events, where.Line);
        }
    }

    private static CameoGoldEvent Event(JsonElement e, Where where)
    {
        if (e.ValueKind != JsonValueKind.Object)
            where.Fail(null, "an event is not a JSON object");
        if (e.TryGetProperty("cameo", out var raw) && raw.ValueKind == JsonValueKind.Number)
            where.Fail("cameo", $"{raw.GetRawText()} is a number; write the code as a string so leading zeros stay (\"042\")");
        var cameo = RequiredText(e, "cameo", where);
        if (!CameoCodes.IsValid(cameo))
            where.Fail("cameo", $"'{cameo}' is not a CAMEO code (2-4 digits, root 01-20)");
        var source = Actors(e, "source", where);
        if (source.Length == 0)
            where.Fail("source", "an event needs at least one source actor");
        var factuality = Optional(e, "factuality", where) ?? "asserted";
        var mode = factuality.ToUpperInvariant() switch
        {
            "ASSERTED" => GoldFactuality.Asserted,
            "FUTURE" => GoldFactuality.Future,
            "INTENT" => GoldFactuality.Intent,
            _ => throw where.Failure("factuality", $"'{factuality}' is not one of asserted, future, intent"),
        };
        return new CameoGoldEvent(cameo, source, Actors(e, "target", where), Optional(e, "trigger", where) ?? "", mode, Optional(e, "note", where));
    }

    /// <summary>One side's actors; a missing or null side is empty (the reader checks that a source has one).</summary>
    private static PloverGoldActor[] Actors(JsonElement e, string side, Where where)
    {
        if (!e.TryGetProperty(side, out var list) || list.ValueKind == JsonValueKind.Null)
            return [];
        if (list.ValueKind != JsonValueKind.Array)
            where.Fail(side, "not an array of actors ({\"actorText\", \"code\", \"sector\"})");
        var actors = new List<PloverGoldActor>();
        foreach (var a in list.EnumerateArray())
        {
            var at = where.At($"{side}[{actors.Count}]");
            if (a.ValueKind != JsonValueKind.Object)
                at.Fail(null, "an actor is not a JSON object");
            var code = RequiredText(a, "code", at);
            if (code.Length < 3 || !char.IsAsciiLetter(code[0]))
                at.Fail("code", $"'{code}' is not an actor code (a country's alpha-3, IGO or NGO)");
            var sector = Optional(a, "sector", at);
            actors.Add(new PloverGoldActor(Optional(a, "actorText", at) ?? "", code.ToUpperInvariant(), sector?.ToUpperInvariant()));
        }
        return [.. actors];
    }

    private static string RequiredText(JsonElement e, string name, Where where) =>
        Optional(e, name, where) ?? throw where.Failure(name, "missing or empty");

    private static string? Optional(JsonElement e, string name, Where where)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            return null;
        if (v.ValueKind != JsonValueKind.String)
            where.Fail(name, $"{v.GetRawText()} is not a string");
        var s = v.GetString()!.Trim();
        return s.Length == 0 ? null : s;
    }
}
