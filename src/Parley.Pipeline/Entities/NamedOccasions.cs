using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Capitalised names of things that are no actor and no place: storms ("Cyclone Idai", "the tropical storm Ana"), ships
/// ("the tanker Ocean Star", "BRP Sierra Madre"), holidays ("Christmas Day", "Victory Day") and prizes, games and
/// festivals ("the Nobel Peace Prize", "the Asian Games", "Nobel Peace laureate"). Their words are often given names
/// ("Jude", "Daniel") or places, so without these cues they were read as people.
/// </summary>
internal static class NamedOccasions
{
    /// <summary>Words that open a storm's name, or stand right before it in lower case.</summary>
    private static readonly FrozenSet<string> StormWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Cyclone", "Cyclones", "Hurricane", "Hurricanes", "Typhoon", "Typhoons", "Storm", "Storms");

    /// <summary>Lower-case nouns of ships right before a ship's name: "the bulk carrier Yi Peng 3".</summary>
    private static readonly FrozenSet<string> ShipNouns = FrozenSet.Create(StringComparer.Ordinal,
        "ship", "vessel", "tanker", "carrier", "freighter", "ferry", "frigate", "destroyer", "warship", "corvette", "trawler",
        "yacht", "cruiser", "submarine", "boat", "dhow", "barge", "tug", "icebreaker");

    /// <summary>Prefixes of ships' names: navies' and merchant ships' (BRP Philippine, USS American, HMS British, MV motor vessel).</summary>
    private static readonly FrozenSet<string> ShipPrefixes = FrozenSet.Create(StringComparer.Ordinal,
        "BRP", "USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "PNS", "KRI", "RFS", "MV", "M/V", "SS");

    /// <summary>First words of holidays and feasts.</summary>
    private static readonly FrozenSet<string> Holidays = FrozenSet.Create(StringComparer.Ordinal,
        "Christmas", "Easter", "Eid", "Ramadan", "Hanukkah", "Diwali", "Thanksgiving", "Halloween", "Nowruz", "Passover", "Lent");

    /// <summary>Last words of names of prizes, games, contests and festivals.</summary>
    private static readonly FrozenSet<string> EventEnds = FrozenSet.Create(StringComparer.Ordinal,
        "Prize", "Prizes", "Games", "Olympics", "Paralympics", "Cup", "Championship", "Championships", "Festival", "Expo", "Award", "Awards");

    /// <summary>Lower-case words after a run that make it a prize's name: "Nobel Peace laureate", "the Sakharov prize".</summary>
    private static readonly FrozenSet<string> PrizeNounsAfter = FrozenSet.Create(StringComparer.Ordinal, "laureate", "laureates", "prize", "winner");

    /// <summary>Whether the capitalised run from <paramref name="first"/> to <paramref name="end"/> names a storm, ship, holiday or prize.</summary>
    public static bool Names(Document document, Sentence sentence, int first, int end)
    {
        var tokens = document.Tokens;
        var firstWord = document.Slice(tokens[first].Range);
        var lastWord = document.Slice(tokens[end - 1].Range);
        var before = first > sentence.FirstToken ? document.Slice(tokens[first - 1].Range) : default;
        var after = end < sentence.EndToken ? document.Slice(tokens[end].Range) : default;
        if (end - first > 1 && (NameCues.Contains(StormWords, firstWord) || firstWord is "Tropical" && NameCues.Contains(StormWords, document.Slice(tokens[first + 1].Range))))
            return true; // "Cyclone Jude", "Tropical Storm Ana"
        if (!before.IsEmpty && char.IsLower(before[0]) && NameCues.Contains(StormWords, before))
            return true; // "the tropical storm Ana"
        if (!before.IsEmpty && NameCues.Contains(ShipNouns, before) || end - first > 1 && NameCues.Contains(ShipPrefixes, firstWord))
            return true; // "the bulk carrier Yi Peng", "BRP Sierra Madre"
        if (NameCues.Contains(Holidays, firstWord) || end - first > 1 && lastWord is "Day" or "Eve")
            return true; // "Christmas Day", "Victory Day"
        if (end - first > 1 && NameCues.Contains(EventEnds, lastWord) || NameCues.Contains(PrizeNounsAfter, after))
            return true; // "the Asian Games", "Nobel Peace laureate"
        return false;
    }
}
