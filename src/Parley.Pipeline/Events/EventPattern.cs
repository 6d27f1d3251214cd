using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

public enum TriggerKind : byte { Verb, Noun }

/// <summary>Where a pattern's source stands relative to its trigger.</summary>
public enum SourceSlot : byte { Subject, Modifier, Between }

/// <summary>One event pattern from <c>data/patterns/events.tsv</c> (format documented there).</summary>
public sealed record EventPattern(
    string Id, string[][] Trigger, TriggerKind Kind, string Plover, string? Mode, string Cameo,
    SourceSlot Source, string[] TargetPrepositions, bool TargetIsObject)
{
    public const int MaxGap = 4;

    public static readonly string[] Header = ["id", "trigger", "kind", "plover", "mode", "cameo", "source", "target"];

    /// <summary>Reads patterns; later rows with the same id replace earlier ones (so user files override ours).</summary>
    public static IReadOnlyList<EventPattern> Load(IEnumerable<(TextReader Reader, string Source)> files)
    {
        var byId = new Dictionary<string, EventPattern>(StringComparer.Ordinal);
        foreach (var (reader, source) in files)
            foreach (var c in Tsv.Rows(reader, source, Header))
                byId[c[0]] = Parse(c, source);
        return [.. byId.Values];
    }

    /// <summary>The patterns shipped with Parley, plus the user's files (theirs win).</summary>
    public static IReadOnlyList<EventPattern> LoadDefault(IEnumerable<string>? userFiles = null)
    {
        var readers = new List<(TextReader, string)> { (KnowledgeFiles.Embedded.Open("patterns/events.tsv"), "patterns/events.tsv") };
        foreach (var path in userFiles ?? [])
        {
            if (!File.Exists(path))
                ErrorCodes.Throw(ErrorCodes.NotFound, $"the patterns file '{path}' does not exist.");
            readers.Add((new StreamReader(path), path));
        }
        try
        {
            return Load(readers);
        }
        finally
        {
            foreach (var (reader, _) in readers)
                reader.Dispose();
        }
    }

    private static EventPattern Parse(string[] c, string source)
    {
        var trigger = c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t == "*" ? ["*"] : t.Split('|').Select(f => f.ToLowerInvariant()).ToArray()).ToArray();
        if (trigger.Length == 0 || trigger[0][0] == "*" || trigger[^1][0] == "*")
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has trigger '{c[1]}'; it must start and end with a word.");
        var kind = c[2] switch
        {
            "verb" => TriggerKind.Verb,
            "noun" => TriggerKind.Noun,
            _ => throw new ParleyException(new ParleyError(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has kind '{c[2]}'; use verb or noun.")),
        };
        var slot = c[6] switch
        {
            "subject" => SourceSlot.Subject,
            "modifier" => SourceSlot.Modifier,
            "between" => SourceSlot.Between,
            _ => throw new ParleyException(new ParleyError(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has source '{c[6]}'; use subject, modifier or between.")),
        };
        if (c[5].Length is < 2 or > 4 || !c[5].All(char.IsAsciiDigit))
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has CAMEO code '{c[5]}'; it must be 2 to 4 digits.");
        var targets = c[7] is "none" ? [] : Tsv.List(c[7]);
        return new EventPattern(c[0], trigger, kind, c[3].ToUpperInvariant(), Tsv.Optional(c[4]), c[5], slot,
            [.. targets.Where(t => t != "-")], targets.Contains("-"));
    }
}
