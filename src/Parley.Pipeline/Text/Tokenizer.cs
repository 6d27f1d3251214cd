using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// <c>text.Tokenizer.v1</c>: one left-to-right pass that cuts the text into words, numbers and punctuation.
/// Words keep internal apostrophes and hyphens ("don't", "F-35") and the periods of abbreviations
/// ("U.S.", "Mr.", "Jan."); numbers keep separators between digits ("1,500", "3.5", "2025-07-11", "7/11/2025").
/// </summary>
public sealed class Tokenizer : IComponent
{
    /// <summary>Words whose following period belongs to them (compared without the period, case-insensitive).</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "pres", "amb", "rev", "hon", "st", "mt", "ft", "jr", "sr", "inc", "corp", "ltd", "co", "bros", "no", "nos",
        "vs", "etc", "approx", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "fri", "fig", "vol",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "text.Tokenizer.v1";

    public Layers Requires => Layers.None;

    public Layers Assigns => Layers.Tokens;

    public void Process(Document document, CancellationToken cancellationToken) =>
        document.SetTokens(Tokenize(document.Text));

    /// <summary>Tokenizes a text; also used directly by tests and benchmarks.</summary>
    public static ImmutableArray<Token> Tokenize(string text)
    {
        // A text has at most one token per character: scan into pooled scratch, then copy once at the exact size.
        var scratch = ArrayPool<Token>.Shared.Rent(text.Length + 1);
        var count = 0;
        var s = text.AsSpan();
        var newline = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                newline |= c is '\n' or '\r' or '\u2028' or '\u2029';
                i++;
                continue;
            }
            var start = i;
            TokenShape shape;
            if (char.IsAsciiDigit(c))
            {
                i = ScanNumber(s, i);
                shape = TokenShape.Number;
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(s, i);
                shape = TokenShape.Word | WordCase(s[start..i]);
            }
            else
            {
                i = ScanPunctuation(s, i);
                shape = TokenShape.Punctuation;
            }
            if (newline)
                shape |= TokenShape.AfterNewline;
            newline = false;
            scratch[count++] = new Token(start, i, shape);
        }
        var tokens = ImmutableArray.Create(scratch.AsSpan(0, count));
        ArrayPool<Token>.Shared.Return(scratch);
        return tokens;
    }

    private static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || char.IsLetter(c))
                i++;
            else if (c is ',' or '.' or '-' or '/' or ':' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i - 1]))
                i++;
            else
                break;
        }
        return i;
    }

    private static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        var start = i;
        var segment = i;
        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c) || c is '\u00AD')
                i++;
            else if (c is '\'' or '\u2019' or '-' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
                segment = ++i;
            else
                break;
        }
        if (i < s.Length && s[i] == '.')
        {
            // "U.S.", "a.m.", "Turkish-U.S.": single letters alternating with periods, after a hyphen too.
            if (i - segment == 1 && i + 2 < s.Length && char.IsLetter(s[i + 1]) && s[i + 2] == '.')
            {
                var j = i;
                while (j + 2 < s.Length && s[j] == '.' && char.IsLetter(s[j + 1]) && s[j + 2] == '.')
                    j += 2;
                return j + 1;
            }
            // Initials ("John F. Kennedy") and known abbreviations ("Mr.", "Jan.") keep their period.
            if ((i - start == 1 && char.IsUpper(s[start])) || AbbreviationLookup.Contains(s[start..i]))
                return i + 1;
        }
        return i;
    }

    private static int ScanPunctuation(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (c is '.' or '-' && i + 1 < s.Length && s[i + 1] == c)
        {
            var j = i + 1;
            while (j < s.Length && s[j] == c)
                j++;
            return j;
        }
        return i + 1;
    }

    private static TokenShape WordCase(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
            return TokenShape.None;
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
                continue;
            if (!char.IsUpper(c))
                return TokenShape.Capitalized;
            letters++;
        }
        return letters >= 2 ? TokenShape.Capitalized | TokenShape.AllCaps : TokenShape.Capitalized;
    }
}
