using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "bombed rebel positions near the Syrian city of Idlib", "struck militant camps in northern Mali": an attack on the places
/// an armed group holds lands in the country where those places lie; a group that is no state's is not placed by its name.
/// </summary>
internal static class StruckHoldings
{
    /// <summary>Places an armed group holds, struck in its stead.</summary>
    private static readonly FrozenSet<string> Holdings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "positions", "position", "bases", "base", "camps", "camp", "hideouts", "hideout", "strongholds", "stronghold", "targets", "posts", "outposts",
        "depots", "facilities", "tunnels", "bunkers", "checkpoints");

    /// <summary>Words that say where: the place after them is where the holdings lie.</summary>
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "near", "around", "outside", "across", "inside", "throughout");

    /// <summary>How many words after the locative the place may stand ("near the Syrian city of Idlib").</summary>
    private const int PlaceWindow = 5;

    /// <summary>
    /// The country where the holdings named right after <paramref name="target"/> lie, when it differs from the target's own;
    /// null when no holding, locative and placed country follow.
    /// </summary>
    public static string? Country(Document document, EventActor target, int end, TokenIndex index)
    {
        var holding = index.TokenAt(target.Range.End - 1) + 1;
        if (holding + 2 >= end || !Holdings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[holding].Range))
            || !Locatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[holding + 1].Range)))
            return null;
        for (var t = holding + 2; t < end && t <= holding + 1 + PlaceWindow; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            var start = document.Tokens[t].Start;
            for (var i = document.FirstPlaceFrom(start); i < document.Places.Length && document.Places[i].Start == start; i++)
                if (document.Places[i].Where.Country is { Length: 3 } placed && placed != "---")
                    return placed == target.Code.Country ? null : placed;
        }
        return null;
    }
}
