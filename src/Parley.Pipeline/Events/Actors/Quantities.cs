using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The words a count puts before the people it counts ("more than 300", "at least 20", "hundreds of", "nearly 40"): an
/// object stands after them, and their "than", "at" and "of" are no prepositions of the clause.
/// </summary>
internal static class Quantities
{
    private static readonly FrozenSet<string> NumberWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
        "hundred", "thousand", "million", "dozen", "dozens", "hundreds", "thousands", "millions", "scores");

    /// <summary>Words that count a part of what follows "of": "hundreds of", "some of", "one of".</summary>
    private static readonly FrozenSet<string> PartOf = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "hundreds", "thousands", "dozens", "scores", "tens", "millions", "one", "some", "many", "most", "all", "several", "both", "each", "two", "three", "groups", "busloads");

    /// <summary>Words that round the number after them: "nearly 40", "about 300".</summary>
    private static readonly FrozenSet<string> Rounding = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "nearly", "almost", "about", "around", "over", "roughly", "approximately", "some", "just", "only", "another", "estimated");

    /// <summary>The token after the quantity starting at <paramref name="t"/>, or null when none starts there.</summary>
    public static int? Skip(Document document, int t, int end)
    {
        var word = document.Slice(document.Tokens[t].Range);
        var next = t + 1 < end ? document.Slice(document.Tokens[t + 1].Range) : [];
        if (next is "of" && PartOf.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return t + 2;
        if (document.Tokens[t].Is(TokenShape.Number) || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return t + 1;
        if (next is "than" && word is "more" or "fewer" or "less" or "More" or "Fewer" || word is "at" or "At" && next is "least" or "most" || word is "up" && next is "to")
            return t + 2;
        return Rounding.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && t + 1 < end
            && (document.Tokens[t + 1].Is(TokenShape.Number) || NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next)) ? t + 1 : null;
    }

    /// <summary>The first token at or after <paramref name="t"/> that no quantity covers.</summary>
    public static int After(Document document, int t, int end)
    {
        for (var guard = 0; guard < 4 && t < end && Skip(document, t, end) is { } next; guard++)
            t = next;
        return t;
    }

    /// <summary>Whether the token lies inside a time expression ("on Monday", "last week").</summary>
    public static bool InTime(Document document, int token)
    {
        var start = document.Tokens[token].Start;
        foreach (var time in document.Times)
            if (start >= time.Start && start < time.End)
                return true;
        return false;
    }
}
