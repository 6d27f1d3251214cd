using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>A count before a group's first actor ("About 300 Peruvians", "more than 500 protesters") is part of the group's phrase.</summary>
internal static partial class ActorGroups
{
    /// <summary>Words that round a count: "about 300", "nearly 2,000", "some 40".</summary>
    private static readonly FrozenSet<string> Rounding = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "about", "around", "over", "under", "nearly", "almost", "roughly", "approximately", "some", "only", "just", "exactly");

    /// <summary>
    /// The token the group's phrase starts at when a count stands before its first actor: "About 300 Peruvians marched",
    /// "More than 500 Kenyans", "at least 40 protesters", "up to 1,000 refugees". A rounding word before the number is no
    /// preposition of the group ("with about 300 Peruvians" still has "with" before the phrase).
    /// </summary>
    private static int CountStart(Document document, Sentence sentence, int first)
    {
        // "More than 1,500 Contra rebels", "about 300 armed men": up to two describing words between the count and the actor.
        var t = first - 1;
        for (var skipped = 0; skipped < 2 && t > sentence.FirstToken && !document.Tokens[t].Is(TokenShape.Number) && document.Tokens[t].Is(TokenShape.Word)
            && !Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)); skipped++)
            t--;
        if (t < sentence.FirstToken || !document.Tokens[t].Is(TokenShape.Number))
            return first;
        if (t - 1 < sentence.FirstToken)
            return t;
        var word = document.Slice(document.Tokens[t - 1].Range);
        if (Rounding.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return t - 1;
        // "more than 500", "fewer than 100", "at least 40", "up to 1,000": two words round the count.
        if (t - 2 >= sentence.FirstToken && document.Slice(document.Tokens[t - 2].Range) is var before
            && (word is "than" && before is "more" or "More" or "fewer" or "Fewer" or "less" or "Less"
                || word is "least" && before is "at" or "At" || word is "to" && before is "up" or "Up"))
            return t - 2;
        return t;
    }
}
