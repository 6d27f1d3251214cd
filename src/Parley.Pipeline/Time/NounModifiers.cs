using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Times that modify a noun rather than date a clause: "the 2022 election", "Tuesday's attack". Such a time dates its
/// noun (an event named by that noun may take it), not the verb of the clause it stands in.
/// </summary>
internal static class NounModifiers
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "whose")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNouns = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "when", "as", "after", "before")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The noun phrase the time modifies (up to three words after it), or null when the time dates its clause;
    /// <c>Possessive</c> tells "Tuesday's attack" from "the 2022 election".
    /// </summary>
    public static (TextRange Noun, bool Possessive)? Dates(Document document, Sentence sentence, TimeExpression time)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        int before = -1, after = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].End <= time.Start)
                before = i;
            else if (tokens[i].Start >= time.End)
            {
                after = i;
                break;
            }
        }
        if (after < 0)
            return null;
        var next = document.Slice(tokens[after].Range);
        var rest = document.Text.AsSpan(time.End);
        int head;
        var possessive = true;
        if (rest.StartsWith("'s", StringComparison.Ordinal) || rest.StartsWith("’s", StringComparison.Ordinal))
            head = tokens[after].Start >= time.End + 2 ? after : after + 1; // "Tuesday's attack", whether or not "'s" is a token
        else if (next is "'" or "’")
            head = after + 1;
        else if (before >= 0 && Determiners.Contains(document.Slice(tokens[before].Range)) && IsBareYear(document.Slice(time.Range)))
        {
            head = after; // "the 2022 election"
            possessive = false;
        }
        else
            return null;
        if (head >= tokens.Length || !tokens[head].Is(TokenShape.Word) || NotNouns.Contains(document.Slice(tokens[head].Range)))
            return null;
        var end = head;
        while (end + 1 < tokens.Length && end < head + 2 && tokens[end + 1].Is(TokenShape.Word) && !NotNouns.Contains(document.Slice(tokens[end + 1].Range)))
            end++;
        return (new TextRange(tokens[head].Start, tokens[end].End), possessive);
    }

    private static bool IsBareYear(ReadOnlySpan<char> text) =>
        text.Length == 4 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]);
}
