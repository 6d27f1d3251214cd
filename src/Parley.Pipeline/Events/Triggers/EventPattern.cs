using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>A clause's predicate, a nominal trigger, or a frame that takes a following trigger as what is offered, refused or demanded.</summary>
public enum TriggerKind : byte { Verb, Noun, Frame }

/// <summary>Where a pattern's source stands relative to its trigger.</summary>
public enum SourceSlot : byte { Subject, Modifier, Between, Speaker, Giver }

/// <summary>One event pattern from <c>data/patterns/*.tsv</c> (format documented in events.tsv and docs/PATTERNS.md).</summary>
public sealed record EventPattern(
    string Id, string[][] Trigger, TriggerKind Kind, string Plover, string? Mode, string Cameo,
    SourceSlot Source, string[] TargetPrepositions, bool TargetIsObject)
{
    public const int MaxGap = 5;

    /// <summary>The plover value of a row that blocks a look-alike phrase ("released a statement") from being a trigger.</summary>
    public const string NonePlover = "NONE";

    /// <summary>True for a row that only blocks other patterns.</summary>
    public bool IsBlocker => Plover == NonePlover;

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

    /// <summary>Parley's own pattern files, loaded in this order (a later row with the same id wins).</summary>
    public static readonly string[] DefaultFiles = ["patterns/events.tsv", "patterns/conflict.tsv", "patterns/frames.tsv", "patterns/lexicon.tsv"];

    /// <summary>The patterns shipped with Parley, plus the user's files (theirs win).</summary>
    public static IReadOnlyList<EventPattern> LoadDefault(IEnumerable<string>? userFiles = null)
    {
        var readers = new List<(TextReader, string)>();
        foreach (var name in DefaultFiles)
            readers.Add((KnowledgeFiles.Embedded.Open(name), name));
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
        var kind = c[2] switch
        {
            "verb" => TriggerKind.Verb,
            "noun" => TriggerKind.Noun,
            "frame" => TriggerKind.Frame,
            _ => throw new ParleyException(new ParleyError(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has kind '{c[2]}'; use verb, noun or frame.")),
        };
        // "@name" stands for a shared word list (WordLists); "word+" stands for all its inflections; in a verb pattern every word inflects as a verb too ("meetinged" never occurs).
        var words = c[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var trigger = words.Select(t => t == "*" ? ["*"] : WordLists.Expand(t, WordLists.Default, c[0], source)
            .SelectMany(f => Inflections.Expand(f.ToLowerInvariant(), verb: kind != TriggerKind.Noun)).Distinct().ToArray()).ToArray();
        if (trigger.Length == 0 || trigger[0][0] == "*" || trigger[^1][0] == "*")
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has trigger '{c[1]}'; it must start and end with a word.");
        var slot = c[6] switch
        {
            "subject" => SourceSlot.Subject,
            "modifier" => SourceSlot.Modifier,
            "between" => SourceSlot.Between,
            "speaker" => SourceSlot.Speaker,
            "from" => SourceSlot.Giver,
            _ => throw new ParleyException(new ParleyError(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has source '{c[6]}'; use subject, modifier, between, speaker or from.")),
        };
        var none = c[3] == NonePlover;
        if (none ? c[5] != "-" : c[5].Length is < 2 or > 4 || !c[5].All(char.IsAsciiDigit))
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: pattern '{c[0]}' has CAMEO code '{c[5]}'; it must be 2 to 4 digits (or - for a NONE row).");
        var targets = c[7] is "none" ? [] : Tsv.List(c[7]);
        return new EventPattern(c[0], trigger, kind, c[3].ToUpperInvariant(), Tsv.Optional(c[4]), c[5], slot,
            [.. targets.Where(t => t != "-")], targets.Contains("-"));
    }
}
