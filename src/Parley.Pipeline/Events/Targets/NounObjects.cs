using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A noun phrase whose modifiers are joined ("the full and independent investigation") is one phrase: its "and" ends no
/// clause, and a noun act at its head may be a frame's object ("urged a full and independent investigation").
/// </summary>
internal static class NounObjects
{
    /// <summary>Determiners before a noun phrase whose modifiers may be joined: "the full and independent investigation".</summary>
    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "our", "this", "“", "\"");

    /// <summary>
    /// "urging the full and independent investigation", "a free and fair election": an "and" (or comma) between two
    /// modifiers after a determiner joins them inside one noun phrase; it ends no clause.
    /// </summary>
    public static bool JoinsModifiers(Document document, int t)
    {
        if (t < 2 || t + 2 >= document.Tokens.Length || document.Slice(document.Tokens[t].Range) is not ("and" or ","))
            return false;
        var before = document.Slice(document.Tokens[t - 1].Range);
        var after = document.Slice(document.Tokens[t + 1].Range);
        return s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 2].Range))
            && before.Length > 1 && char.IsLower(before[0]) && after.Length > 1 && char.IsLower(after[0]) && after is not ("and" or "or" or "the")
            && document.Tokens[t + 2].Is(TokenShape.Word) && char.IsLower(document.Text[document.Tokens[t + 2].Start]);
    }

    /// <summary>
    /// "urged a full and independent investigation", "urging the swift release": a noun act as the frame's object, after a
    /// determiner and lower-case modifiers only.
    /// </summary>
    public static bool IsObject(Document document, TriggerMatch frame, TriggerMatch next)
    {
        if (next.Pattern.Kind != TriggerKind.Noun || next.FirstToken - frame.EndToken > 5 || next.FirstToken == frame.EndToken)
            return false;
        var determiners = s_determiners.GetAlternateLookup<ReadOnlySpan<char>>();
        var t = frame.EndToken;
        while (t < next.FirstToken && determiners.Contains(document.Slice(document.Tokens[t].Range)))
            t++;
        if (t == frame.EndToken)
            return false;
        for (; t < next.FirstToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!(word is "and" && JoinsModifiers(document, t)) && (!document.Tokens[t].Is(TokenShape.Word) || !char.IsLower(word[0]) || word is "and" or "or" or "but"))
                return false;
        }
        return true;
    }
}
