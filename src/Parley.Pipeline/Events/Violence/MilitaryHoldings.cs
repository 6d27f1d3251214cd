using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Militants attacked several army posts", "gunmen stormed a border outpost": a side named by a military holding (a post, a
/// base, a checkpoint, barracks, positions, a convoy or a patrol) is an armed side, whatever sector its country reads with:
/// an attack on it is fighting between armed sides (19x), not violence against the unarmed (180). A camp is left out
/// (refugee and displacement camps hold civilians).
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

    /// <summary>Whether <paramref name="word"/> is a military holding noun ("post", "barracks", "convoy"); <see cref="StateHoldings"/> reads them too.</summary>
    public static bool IsHolding(ReadOnlySpan<char> word) => s_holdings.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_holdings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "post", "posts", "outpost", "outposts", "base", "bases", "checkpoint", "checkpoints", "barracks", "garrison", "garrisons",
        "positions", "convoy", "convoys", "patrol", "patrols", "bunker", "bunkers", "trenches").GetAlternateLookup<ReadOnlySpan<char>>();
}
