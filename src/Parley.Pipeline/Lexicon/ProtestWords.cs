using System.Collections.Frozen;

namespace Parley.Pipeline;

/// <summary>
/// The protest vocabulary, one class for every check that asks whether a sentence or a side tells of protest: "nurses staged
/// a sit-in", "police fired on demonstrators", "bowing to weeks of street protests", "a mob of rioters torched cars". The
/// nouns of the act (<see cref="Acts"/>), the crowds who protest (<see cref="Crowds"/>), the verbs of a crowd protesting
/// (<see cref="Verbs"/>), the street pressure rulers give way to (<see cref="StreetPressure"/>), and the stems by which any
/// word of the family tells a protest (<see cref="Mentions"/>). A reader that needs more builds on these and says why.
/// All compare ignoring case.
/// </summary>
internal static class ProtestWords
{
    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    private static readonly string[] ActNouns = ["protest", "protests", "rally", "rallies", "march", "marches", "strike", "strikes",
        "walkout", "walkouts", "sit-in", "sit-ins", "demonstration", "demonstrations", "boycott", "blockade", "blockades", "vigil", "vigils",
        "picket", "stoppage"];

    private static readonly string[] CrowdNouns = ["protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
        "marcher", "marchers", "rioter", "rioters", "striker", "strikers"];

    /// <summary>The nouns of a protest act, which a support verb takes: "a sit-in", "a hunger strike", "on strike", "a walkout".</summary>
    public static readonly FrozenSet<string> Acts = Set(ActNouns);

    /// <summary>The people a crowd of dissent is named as: "protesters", "demonstrators", "marchers", "rioters", "strikers".</summary>
    public static readonly string[] Crowds = CrowdNouns;

    /// <summary>
    /// Street pressure, what a people does to make its rulers give way ("bowing to six weeks of mass street protests"): the acts,
    /// the crowds, and the unrest they make ("unrest", "uprising", "riots", "striking", "opposition").
    /// </summary>
    public static readonly FrozenSet<string> StreetPressure = Set([.. ActNouns, .. CrowdNouns, "unrest", "uprising", "riots", "rioting", "striking", "opposition"]);

    /// <summary>Verbs that are a protest act by themselves, as written right after their subject: "marched", "rallied", "blocked".</summary>
    public static readonly FrozenSet<string> Verbs = Set(
        "marched", "march", "marching", "rallied", "rally", "rallying", "protested", "protest", "protesting", "demonstrated",
        "demonstrate", "demonstrating", "rioted", "riot", "rioting", "chanted", "chanting", "boycotted", "boycott", "boycotting",
        "picketed", "picketing", "blockaded", "blockading", "blocked", "blocking", "barricaded", "occupied", "occupying",
        // a crowd's violence is protest too (CAMEO 145): "students clashed with police", "youths pelted the convoy with stones"
        "clashed", "clashing", "stormed", "storming", "hurled", "hurling", "pelted", "pelting", "torched", "torching");

    /// <summary>Stems of dissent in the street: any word holding one tells a protest ("protesters", "demonstrations", "rally", "marchers", "rioters").</summary>
    private static readonly string[] Stems = ["protest", "demonstrat", "marcher", "rioter", "rallies", "rally"];

    /// <summary>Whether <paramref name="text"/> holds a stem of dissent in the street (<see cref="Stems"/>).</summary>
    public static bool Mentions(ReadOnlySpan<char> text)
    {
        foreach (var stem in Stems)
            if (text.Contains(stem, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
