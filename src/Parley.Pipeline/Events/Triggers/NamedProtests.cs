using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 67: "the minister called the strike terrible", "called Moscow's strike a deliberate war crime", "called the protest a
/// blockade of a nation at war": a calling row of a protest act (<c>call+ * strike</c>, <c>call+ * protest</c>, CAMEO 14x) whose
/// object has its own determiner ("the", a possessive) and is followed by what it is called names the act, it does not call
/// one. There the wide label row on the verb (<see cref="LabelVerdicts"/>, 111) is read where it matched, and the calling row
/// is dropped where it did not. "The union called the strike last month", "called the strike after talks failed", "called a
/// general strike" and "called the strike a week ago" stay calls (143).
/// </summary>
internal static class NamedProtests
{
    /// <summary>Determiners of a new act: "called a strike" calls one, whatever follows.</summary>
    private static readonly FrozenSet<string> s_newAct = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "another");

    /// <summary>Words after "a" that make "the strike a week ago" a time, not a name.</summary>
    private static readonly FrozenSet<string> s_timeUnits = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "day", "week", "month", "year", "fortnight", "decade", "weekend", "few", "couple", "day-long", "week-long");

    /// <summary>Opening quote marks: 'called the strikes "outrageous"'.</summary>
    private static readonly FrozenSet<string> s_quotes = FrozenSet.Create(StringComparer.Ordinal, "\"", "“", "'", "‘");

    /// <summary>Whether <paramref name="call"/> is a calling row of a protest act whose object is named right after it.</summary>
    public static bool Named(Document document, TriggerMatch call, int sentenceEnd)
    {
        var p = call.Pattern;
        if (p.IsBlocker || !p.Cameo.StartsWith("14", StringComparison.Ordinal) || call.EndToken - call.FirstToken < 3)
            return false;
        var tokens = document.Tokens;
        if (!document.Slice(tokens[call.FirstToken].Range).StartsWith("call", StringComparison.OrdinalIgnoreCase)
            || s_newAct.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[call.FirstToken + 1].Range)))
            return false;
        var next = call.EndToken;
        if (next >= sentenceEnd)
            return false;
        var word = document.Slice(tokens[next].Range);
        // an opening quote stands after a space; a closing one ends the protest's own quoted name ("called the 'Unity Rally', ...")
        if (s_quotes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return tokens[next].Start > tokens[next - 1].End;
        if (!s_newAct.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        for (var t = next + 1; t < next + 3 && t < sentenceEnd; t++)
            if (s_timeUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[t].Range)))
                return false;
        return true;
    }

    /// <summary>
    /// Whether the label row read on the same verb names the called act: it reaches past the calling row, and the word right
    /// after the calling row opens the name (an article, a quote, or the condemning word itself: "called the strike terrible").
    /// </summary>
    public static bool LabelNames(Document document, TriggerMatch label, TriggerMatch call, int sentenceEnd) =>
        label.FirstToken == call.FirstToken && label.EndToken > call.EndToken
        && !call.Pattern.IsBlocker && call.Pattern.Cameo.StartsWith("14", StringComparison.Ordinal)
        && (label.EndToken == call.EndToken + 1 || Named(document, call, sentenceEnd));
}
