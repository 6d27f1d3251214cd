using System.Text.RegularExpressions;
using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Pipeline.Tests.Text;

/// <summary>
/// The tokenizer's rules written as one regular expression, slow but easy to read: the fast hand-written scanner
/// must cut every text exactly as this does.
/// </summary>
internal static partial class ReferenceTokenizer
{
    [GeneratedRegex(
        @"(?<number>[0-9](?:[0-9\p{L}]|(?<=[0-9])[,./:\-](?=[0-9]))*)" +
        @"|(?<word>\p{L}(?:[\p{L}\p{Nd}\u00AD]|['\u2019\-](?=[\p{L}\p{Nd}]))*)" +
        @"|(?<run>\.{2,}|-{2,})" +
        @"|(?<punctuation>\S)")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"\G(?:\.\p{L})+\.")]
    private static partial Regex Acronym();

    public static List<(int Start, int End, TokenShape Kind)> Tokenize(string text)
    {
        var tokens = new List<(int, int, TokenShape)>();
        var at = 0;
        while (Pattern().Match(text, at) is { Success: true } m)
        {
            var end = m.Index + m.Length;
            var kind = m.Groups["number"].Success ? TokenShape.Number : m.Groups["word"].Success ? TokenShape.Word : TokenShape.Punctuation;
            if (kind == TokenShape.Word && end < text.Length && text[end] == '.')
            {
                // "U.S.", "a.m.", "Turkish-U.S.": a single letter (after the last hyphen or apostrophe), then letter-period
                // pairs; initials and known abbreviations keep one period.
                var segment = m.Value.AsSpan()[(m.Value.LastIndexOfAny(['-', '\'', '\u2019']) + 1)..];
                var acronym = segment.Length == 1 ? Acronym().Match(text, end) : Match.Empty;
                if (acronym.Success)
                    end += acronym.Length;
                else if ((m.Length == 1 && char.IsUpper(text[m.Index])) || Tokenizer.Abbreviations.Contains(m.Value))
                    end++;
            }
            tokens.Add((m.Index, end, kind));
            at = end;
        }
        return tokens;
    }
}
