using System.Globalization;
using Parley.Core;

namespace Parley.Evaluation.Petrarch;

/// <summary>One actor code of an entry, valid between two dates (null: open).</summary>
public sealed record ActorCodeSpan(string Code, DateOnly? From, DateOnly? To);

/// <summary>An actor entry: its phrase, <c>+</c> synonyms and codes (a date-restricted code makes it a person).</summary>
public sealed record PetrarchActor(string Phrase, IReadOnlyList<string> Synonyms, IReadOnlyList<ActorCodeSpan> Codes)
{
    public bool IsPerson => Codes.Any(c => c.From is not null || c.To is not null);
}

/// <summary>
/// Reads a PETRARCH/TABARI actors dictionary: <c>PHRASE [CODE]</c>, <c>+SYNONYM</c> lines, and indented code lines
/// with date restrictions: <c>[CODE &lt;YYMMDD]</c>, <c>[CODE &gt;YYMMDD]</c>, <c>[CODE YYYYMMDD-YYYYMMDD]</c>.
/// </summary>
internal static class ActorDictionary
{
    public static List<PetrarchActor> Read(string path)
    {
        var actors = new List<PetrarchActor>();
        string? phrase = null;
        List<string> synonyms = [];
        List<ActorCodeSpan> codes = [];
        foreach (var (number, line) in DictionaryLines.Read(path))
        {
            if (line.Trim().Length == 0)
                continue;
            var trimmed = line.Trim();
            if (trimmed.StartsWith('+'))
            {
                if (phrase is not null)
                    synonyms.Add(DictionaryLines.SplitCode(trimmed[1..]).Before.Trim());
                continue;
            }
            if (trimmed.StartsWith('['))
            {
                if (phrase is null)
                    ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} line {number}: a code line comes before any actor phrase.");
                codes.Add(Code(DictionaryLines.SplitCode(trimmed).Code ?? "", path, number));
                continue;
            }
            Flush();
            var (before, code) = DictionaryLines.SplitCode(trimmed);
            phrase = before.Trim();
            if (code is not null)
                codes.Add(Code(code, path, number));
        }
        Flush();
        return actors;

        void Flush()
        {
            if (phrase is { Length: > 0 })
                actors.Add(new PetrarchActor(phrase, [.. synonyms.Where(s => s.Length > 0)], [.. codes]));
            (phrase, synonyms, codes) = (null, [], []);
        }
    }

    /// <summary>"HOB &lt; 950601", "HOBGOV 19950601 - 19990815", "HOBREB &gt;990816" or a bare code.</summary>
    internal static ActorCodeSpan Code(string text, string path, int line)
    {
        var space = text.IndexOfAny([' ', '\t', '<', '>']);
        if (space < 0)
            return new ActorCodeSpan(text.ToUpperInvariant(), null, null);
        var code = text[..space].Trim().ToUpperInvariant();
        var rest = text[space..].Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        if (rest.StartsWith('<'))
            return new ActorCodeSpan(code, null, Date(rest[1..], path, line).AddDays(-1));
        if (rest.StartsWith('>'))
            return new ActorCodeSpan(code, Date(rest[1..], path, line), null);
        var dash = rest.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
            return new ActorCodeSpan(code, Date(rest[..dash], path, line), Date(rest[(dash + 1)..], path, line));
        ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} line {line}: cannot read the date restriction in '[{text}]'; use <DATE, >DATE or DATE-DATE.");
        return null!;
    }

    /// <summary>YYYYMMDD, or TABARI's YYMMDD (years 30-99 are 19xx, the rest 20xx).</summary>
    private static DateOnly Date(string text, string path, int line)
    {
        if (text.Length == 6 && int.TryParse(text.AsSpan(0, 2), out var yy))
            text = (yy >= 30 ? "19" : "20") + text;
        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} line {line}: '{text}' is not a date (YYMMDD or YYYYMMDD).");
        return default;
    }
}
