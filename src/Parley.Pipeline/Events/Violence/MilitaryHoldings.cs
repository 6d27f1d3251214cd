using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Militants attacked several army posts", "gunmen stormed a border outpost": a side named by a military holding (a post, a
/// base, a checkpoint, barracks, positions, a convoy or a patrol) is an armed side, whatever sector its country reads with:
/// an attack on it is fighting between armed sides (19x), not violence against the unarmed (180). A camp is left out
/// (refugee and displacement camps hold civilians). An attack whose object names a holding of the state (an army camp, a
/// palace, a prison) strikes an armed side the same way (<see cref="InObject"/>).
/// </summary>
internal static class MilitaryHoldings
{
    /// <summary>How many words after the side its holding noun may stand ("Pakistani border posts").</summary>
    private const int Reach = 3;

    /// <summary>True when the side's words, or the few after them in its noun phrase, name a military holding.</summary>
    public static bool Named(Document document, Sentence sentence, EventActor side)
    {
        if (side.Range.Start < sentence.Range.Start || side.Range.End > sentence.Range.End)
            return false;
        var after = 0;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var token = document.Tokens[t];
            if (token.End <= side.Range.Start)
                continue;
            var word = document.Slice(token.Range);
            if (token.Start >= side.Range.End)
            {
                if (++after > Reach || word is "," or ";" or ":" or "." || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                    return false;
            }
            if (s_holdings.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>How many words of an attack's object are read ("a major army garrison").</summary>
    private const int ObjectReach = 4;

    /// <summary>
    /// "Gunmen attacked a military camp", "armed men stormed the presidential compound", "fighters attacked a prison" (round
    /// 66): true when the words right after <paramref name="act"/> (after one "on" or "against") name a holding of the state's
    /// force or power, though no actor was read from them (the target then falls back to the place). Read up to the first
    /// preposition, comma, conjunction, pronoun or clause opener.
    /// </summary>
    public static bool InObject(Document document, Sentence sentence, TriggerMatch act)
    {
        var t = act.EndToken;
        if (t < sentence.EndToken && document.Slice(document.Tokens[t].Range) is var first
            && (first.Equals("on", StringComparison.OrdinalIgnoreCase) || first.Equals("against", StringComparison.OrdinalIgnoreCase)))
            t++;
        for (var read = 0; t < sentence.EndToken && read < ObjectReach; t++, read++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "." or "and" or "or" || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || s_stops.Contains(word))
                return false;
            if (s_stateHoldings.Contains(word) || s_holdings.Contains(word))
                return true;
        }
        return false;
    }

    /// <summary>Military holdings: a post, a base, a checkpoint, barracks, positions, a convoy, a patrol.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_holdings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "post", "posts", "outpost", "outposts", "base", "bases", "checkpoint", "checkpoints", "barracks", "garrison", "garrisons",
        "positions", "convoy", "convoys", "patrol", "patrols", "bunker", "bunkers", "trenches").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that end the object or show there is none: a pronoun object ("shot himself as police closed in"), a clause opener.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stops = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "as", "when", "while", "after", "before", "because", "until", "then", "but", "who", "which", "that",
        "himself", "herself", "itself", "themselves", "him", "her", "them", "it").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Holdings of the state's force or power an object may name besides the posts and bases: "army", "police", "presidential", a palace, a prison.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stateHoldings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "military", "army", "police", "gendarmerie", "presidential", "palace", "prison", "prisons", "jail", "jails").GetAlternateLookup<ReadOnlySpan<char>>();
}
