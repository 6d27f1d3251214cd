using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A subject of people Parley cannot code whose aside names who leads them ("Relatives of the missing, led by the Mothers of
/// the Plaza de Mayo, demanded ...", "Farmers, organised by the Peasant Union, blocked ..."): the leading body acts for them.
/// An aside of mere company ("joined by their teachers") names no leader and is left to the uncoded-subject readings.
/// </summary>
internal static class LedSubjects
{
    /// <summary>Participles that make the by-phrase's body the one in charge.</summary>
    private static readonly FrozenSet<string> Leading = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "led", "headed", "organised", "organized", "spearheaded", "directed", "commanded", "mobilised", "mobilized", "called");

    /// <summary>How long the uncoded subject before the aside may be: "Hundreds of relatives of the disappeared".</summary>
    private const int SubjectReach = 8;

    /// <summary>The body named in the leading aside right before the trigger's verb group; null when there is none.</summary>
    public static ActorGroup? Of(Document document, List<ActorGroup> groups, Sentence sentence, int triggerToken)
    {
        var close = triggerToken - 1;
        while (close > sentence.FirstToken && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[close].Range)))
            close--;
        if (close <= sentence.FirstToken || document.Slice(document.Tokens[close].Range) is not ",")
            return null;
        foreach (var g in groups)
        {
            if (g.EndToken != close)
                continue;
            var by = g.FirstToken - 1;
            if (by > sentence.FirstToken && document.Slice(document.Tokens[by].Range) is "the")
                by--;
            if (by < sentence.FirstToken + 3 || document.Slice(document.Tokens[by].Range) is not "by"
                || !Leading.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[by - 1].Range))
                || document.Slice(document.Tokens[by - 2].Range) is not ",")
                return null;
            return UncodedOpening(document, groups, sentence.FirstToken, by - 2) ? g : null;
        }
        return null;
    }

    /// <summary>The sentence opens with a plain noun phrase no actor group is in: no preposition first, no comma inside.</summary>
    private static bool UncodedOpening(Document document, List<ActorGroup> groups, int from, int comma)
    {
        if (comma - from > SubjectReach || comma <= from || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[from].Range)))
            return false;
        foreach (var g in groups)
            if (g.FirstToken >= from && g.FirstToken < comma)
                return false;
        for (var t = from; t < comma; t++)
            if (document.Slice(document.Tokens[t].Range) is "," or ";" or ":")
                return false;
        return true;
    }
}
