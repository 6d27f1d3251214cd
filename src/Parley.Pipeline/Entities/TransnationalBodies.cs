using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Association of African Jurists", "Arab Lawyers Union", "Asian Human Rights Commission", "International Federation of
/// Journalists", "Third World Water Forum": an unknown body named for a region of many states or for the world, with a word
/// for an association, belongs to no state: a non-governmental body (CAMEO's NGO). Parties, fronts and armies are not.
/// </summary>
internal sealed partial class UnknownNames
{
    /// <summary>Words that name many states at once.</summary>
    private static readonly FrozenSet<string> RegionWords = FrozenSet.Create(StringComparer.Ordinal,
        "African", "Asian", "Arab", "Latin", "Caribbean", "Pacific", "Nordic", "Balkan", "Islamic", "World", "International", "Global",
        "Pan-African", "Inter-American", "Commonwealth", "Mediterranean", "Andean", "Amazonian", "Third");

    /// <summary>Last or first words of an association: members who join, not a state's organ or an armed or political movement.</summary>
    private static readonly FrozenSet<string> AssociationWords = FrozenSet.Create(StringComparer.Ordinal,
        "Association", "Associations", "Union", "Federation", "Forum", "Council", "Commission", "Committee", "Society", "League",
        "Network", "Institute", "Foundation", "Alliance", "Confederation", "Centre", "Center", "Watch", "Coalition", "Congress");

    /// <summary>A transnational association named by <paramref name="first"/>..<paramref name="end"/>, or null.</summary>
    private ActorCode? TransnationalBody(int first, int end)
    {
        if (end - first < 2)
            return null;
        bool region = false, association = false;
        for (var t = first; t < end; t++)
        {
            var word = Unpossessed(t);
            if (word is "Party" or "Front" or "Army" or "Movement" or "Brigade" or "Brigades" or "Bank" or "Fund" or "Court" or "Agency")
                return null; // political and armed movements, and bodies states fund or found, are others' to code
            region |= RegionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            association |= AssociationWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        }
        return region && association ? new ActorCode("NGO", null) : null;
    }

    /// <summary>"Latin American", "South American": a continent's adjective, not the United States'.</summary>
    private bool ContinentalAmerican(int token) =>
        token > 0 && Unpossessed(token) is "American" or "Americans"
        && document.Slice(document.Tokens[token - 1].Range) is "Latin" or "South" or "Central" or "North";
}
