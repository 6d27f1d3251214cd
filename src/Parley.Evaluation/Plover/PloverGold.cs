using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Plover;

/// <summary>One actor of a gold record: its text and its code (country or IGO/NGO, plus an optional sector).</summary>
public sealed record PloverGoldActor(string Text, string Code, string? Sector)
{
    /// <summary>The country part used for scoring: the first three letters (IGO, NGO and the like compare as-is).</summary>
    public string Country => PloverGold.CountryOf(Code);
}

/// <summary>One coded sentence of the PLOVER gold standard, its event mapped to today's PLOVER types.</summary>
public sealed record PloverGoldRecord(
    string Id,
    DateOnly? Date,
    string Event,
    string OriginalEvent,
    string? Mode,
    string? Context,
    IReadOnlyList<PloverGoldActor> Source,
    IReadOnlyList<PloverGoldActor> Target,
    string Text);

/// <summary>
/// Reads the PLOVER gold-standard records (PLOVER_GSR_CAMEO, a JSON array; the DOCUMENT header is skipped).
/// Its 2016 labels are renamed to today's PLOVER types.
/// </summary>
public static class PloverGold
{
    /// <summary>PLOVER 0.5 (2016) labels that today's PLOVER renamed or merged.</summary>
    public static readonly FrozenDictionary<string, string> Renamed = new Dictionary<string, string>
    {
        ["DEMAND"] = "REQUEST",
        ["DISAPPROVE"] = "ACCUSE",
        ["FIGHT"] = "ASSAULT",
        ["INVESTIGATE"] = "ACCUSE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IReadOnlyList<PloverGoldRecord> Read(string path)
    {
        ArticleFactory.RequireFile(path, "PLOVER gold");
        using var stream = File.OpenRead(path);
        try
        {
            using var json = JsonDocument.Parse(stream);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
                Fail(path, "the top level is not a JSON array of records");
            var records = new List<PloverGoldRecord>();
            foreach (var element in json.RootElement.EnumerateArray())
                if (Parse(element, path) is { } record)
                    records.Add(record);
            return records;
        }
        catch (JsonException e)
        {
            Fail(path, e.Message);
            return [];
        }
    }

    public static string CountryOf(string code) =>
        (code.Length > 3 ? code[..3] : code).ToUpperInvariant();

    public static string MapEvent(string label) =>
        Renamed.TryGetValue(label.ToUpperInvariant(), out var renamed) ? renamed : label.ToUpperInvariant();

    private static PloverGoldRecord? Parse(JsonElement e, string path)
    {
        var id = Text(e, "id") ?? Fail<string>(path, "a record has no 'id'");
        var label = Text(e, "event") ?? Fail<string>(path, $"record '{id}' has no 'event'");
        if (label == "DOCUMENT")
            return null;
        var text = Text(e, "text") ?? Fail<string>(path, $"record '{id}' has no 'text'");
        var date = Text(e, "date") is { } written
            ? DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : Fail<DateOnly>(path, $"record '{id}' has the date '{written}', not yyyy-MM-dd")
            : (DateOnly?)null;
        return new PloverGoldRecord(id, date, MapEvent(label), label, Optional(Text(e, "mode")), Optional(Text(e, "context")),
            Actors(e, "source"), Actors(e, "target"), text);
    }

    /// <summary>The actors of one side: an array of objects; the file also writes "" or null for none.</summary>
    private static PloverGoldActor[] Actors(JsonElement e, string side)
    {
        if (!e.TryGetProperty(side, out var list) || list.ValueKind != JsonValueKind.Array)
            return [];
        var actors = new List<PloverGoldActor>();
        foreach (var a in list.EnumerateArray())
            if (a.ValueKind == JsonValueKind.Object && Optional(Text(a, "code")) is { } code)
                actors.Add(new PloverGoldActor(Text(a, "actorText") ?? "", code, Optional(Text(a, "sector"))));
        return [.. actors];
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? Optional(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static T Fail<T>(string path, string problem)
    {
        Fail(path, problem);
        return default!;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string path, string problem) =>
        ErrorCodes.Throw(ErrorCodes.MalformedJson, $"{path}: {problem}. Pass the PLOVER gold-standard JSON array (plover-gsr-*.json).");
}
