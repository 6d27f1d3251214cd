using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// What a side fears is not an act it reports: "the farmers feared that the militia would burn their fields", "what
/// worries me more is not that they will leave" aside, "her fear is that the army will strike". A trigger that stands
/// after a fear word (the verb "fear", "feared", "fearing", the noun "fear(s)" before "that", "is", "was" or "of", or
/// "afraid") in the same stretch of its sentence gives no event of its own. The stretch ends at a comma, a semicolon, a
/// dash or a coordinating "and", "but", "while": "feared the raid was a ruse and demanded guards" keeps the demand;
/// "fearing a raid, the army shelled the camp" keeps the shelling. The gold coders never code a fear's content (33 read
/// sentences with a fear word).
/// </summary>
internal static class FearedContents
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FearVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "feared", "fearing", "afraid").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"fear" and "fears", verb or noun: a fear only before a word that opens its content.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FearNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fear", "fears").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ContentOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "is", "was", "of", "more", "most", "the", "a", "an", "they", "it", "he", "she", "we", "i").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", ";", ":", "—", "–", "and", "but", "while", "whereas", "although", "though").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the trigger at <paramref name="trigger"/> stands in the content of a fear told before it in its sentence.</summary>
    public static bool Feared(Document document, Sentence sentence, int trigger)
    {
        for (var t = trigger - 1; t >= sentence.FirstToken; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (Breaks.Contains(word))
                return false;
            if (FearVerbs.Contains(word))
                return true;
            if (FearNouns.Contains(word) && t + 1 < trigger && ContentOpeners.Contains(document.Slice(document.Tokens[t + 1].Range)))
                return true;
        }
        return false;
    }
}
