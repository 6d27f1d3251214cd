using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Gunmen attacked a military camp", "armed men stormed the presidential compound", "fighters attacked a prison": an attack
/// whose object names a holding of the state's force or power (military, army, police, presidential, a palace, a prison, a
/// garrison) strikes an armed side even when no actor is read from it (the target then falls back to the place): fighting
/// (19x), not violence against the unarmed (180). Read on the object's words right after the trigger, up to the first
/// preposition, comma, conjunction, pronoun or clause opener; the side-based <see cref="MilitaryHoldings"/> reads the same for a target actor.
/// </summary>
internal static class StateHoldings
{
    /// <summary>How many words of the object are read ("a major army garrison").</summary>
    private const int Reach = 4;

    /// <summary>True when the words right after <paramref name="act"/> (after one "on" or "against") name a state holding.</summary>
    public static bool Object(Document document, Sentence sentence, TriggerMatch act)
    {
        var t = act.EndToken;
        if (t < sentence.EndToken && document.Slice(document.Tokens[t].Range) is var first
            && (first.Equals("on", StringComparison.OrdinalIgnoreCase) || first.Equals("against", StringComparison.OrdinalIgnoreCase)))
            t++;
        for (var read = 0; t < sentence.EndToken && read < Reach; t++, read++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "." or "and" or "or" || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || s_stops.Contains(word))
                return false;
            if (s_stateHoldings.Contains(word) || MilitaryHoldings.IsHolding(word))
                return true;
        }
        return false;
    }

    /// <summary>Words that end the object or show there is none: a pronoun object ("shot himself as police closed in"), a clause opener.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "when", "while", "after", "before", "because", "until", "then", "but", "who", "which", "that",
        "himself", "herself", "itself", "themselves", "him", "her", "them", "it").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Holdings of the state's force or power besides <see cref="MilitaryHoldings"/>' posts and bases: "army", "police", "presidential", a palace, a prison.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stateHoldings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "military", "army", "police", "gendarmerie", "presidential", "palace", "prison", "prisons", "jail", "jails").GetAlternateLookup<ReadOnlySpan<char>>();
}
