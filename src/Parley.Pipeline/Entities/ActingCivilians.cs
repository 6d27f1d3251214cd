using System.Collections.Frozen;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Civilians named by what they do or where they live ("coal miners across the Kuzbass", "residents of Gaza City",
/// "workers at the Gdansk shipyard", "farmers in Punjab", "prisoners in Diyarbakir") strike, march and petition as a body: with a place they act for
/// its country. Civilians named by a class they merely belong to ("children in Sudan", "passengers", "victims") are where
/// they are, not actors, and stay uncoded.
/// </summary>
internal static class ActingCivilians
{
    private static readonly FrozenSet<string> Nouns = new[]
    {
        "residents", "resident", "villagers", "villager", "inhabitants", "locals", "townspeople", "citizens", "voters", "crowd", "crowds",
        "workers", "worker", "factory workers", "farm workers", "dock workers", "oil workers", "garment workers", "migrant workers",
        "employees", "laborers", "labourers", "miners", "miner", "farmers", "farmer", "growers", "grower", "peasants", "fishermen", "fisherman", "fishers",
        "herders", "herder", "pastoralists", "shepherds", "nomads", "tribesmen", "settlers", "Jewish settlers", "youths",
        "truck drivers", "truckers", "taxi drivers", "drivers", "vendors", "street vendors", "shopkeepers", "tenants", "homeowners", "seamen",
        "unions", "labor unions", "trade unions",
        // held people strike, riot and petition as a body: "prisoners in Diyarbakir went on hunger strike"
        "prisoners", "detainees", "inmates", "hunger strikers", "political prisoners",
        // a gathered or online public acts as one voice: "mobs looted shops", "netizens mocked the ban"
        "mob", "mobs", "throngs", "commenters", "netizens", "internet users", "social media users",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A public gathered in the street or online ("crowds", "a mob", "commenters", "netizens"): with no place of its own it
    /// is the public of where the sentence acts, else of the country the story is about, like the police or protesters.
    /// </summary>
    private static readonly FrozenSet<string> Publics = new[]
    {
        "crowd", "crowds", "mob", "mobs", "throngs", "commenters", "netizens", "internet users", "social media users",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The last word of <paramref name="phrase"/> ("angry crowds", "online commenters") names a public that acts where the story is.</summary>
    public static bool IsPublic(ReadOnlySpan<char> phrase)
    {
        var lookup = Publics.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(phrase))
            return true;
        var space = phrase.LastIndexOf(' ');
        return space > 0 && lookup.Contains(phrase[(space + 1)..]);
    }

    /// <summary>The last words of <paramref name="phrase"/> ("coal miners", "shipyard workers") name a group that acts where it is.</summary>
    public static bool Contains(ReadOnlySpan<char> phrase)
    {
        var lookup = Nouns.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(phrase))
            return true;
        var space = phrase.LastIndexOf(' ');
        return space > 0 && lookup.Contains(phrase[(space + 1)..]);
    }
}
