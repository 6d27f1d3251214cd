using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Which people words name political actors when no office or name does (<see cref="RecallSubjects"/>, <see cref="RecallVictims"/>):
/// who acts in politics, who only comments, what puts people abroad, and whose "leaders" are whose.
/// </summary>
internal static class RecallPeople
{
    /// <summary>Modifiers that put people beyond any one country: their country is not the story's.</summary>
    internal static readonly FrozenSet<string> Abroad = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "international", "foreign", "western", "global", "world", "overseas", "exiled", "visiting", "other");

    /// <summary>
    /// People who act in politics though named by no office: critics, opponents, activists, and people named by what they
    /// are when they act together (villagers, residents, youths, mourners; kin only with their own "of": <see cref="Kin"/>).
    /// Other civilians ("people", "children", "passengers") are far more often those an act befalls or bystanders than its agents,
    /// and those who comment ("analysts", "experts") are no actors at all.
    /// </summary>
    internal static readonly FrozenSet<string> PoliticalCivilians = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "critics", "critic", "opponents", "opponent", "dissidents", "dissident", "activists", "activist", "protesters", "protester", "demonstrators",
        "lawyers", "lawyer", "strikers", "supporters", "leaders", "leader", "politicians", "politician", "unions", "union", "bloggers", "blogger",
        "students", "workers", "miners", "farmers", "teachers", "villagers", "residents", "youths", "mourners");

    /// <summary>
    /// Kin who act as a group only when their phrase says whose ("Relatives of the disappeared demanded", "Families of the
    /// victims accused"); "the relatives refused" are more often bystanders.
    /// </summary>
    internal static readonly FrozenSet<string> Kin = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "relatives", "families", "parents", "widows", "mothers");

    /// <summary>Commentators, whatever sector a lexicon gives them: what they say is analysis, not an act.</summary>
    internal static readonly FrozenSet<string> Commentators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "analysts", "analyst", "experts", "expert", "commentators", "commentator", "observers", "researchers", "researcher", "scientists",
        "scientist", "economists", "economist", "scholars", "academics", "pundits", "commenters", "consultant", "consultants", "professor", "strategist");

    /// <summary>Determiners and quantifiers that may open a sentence before a subject's head ("The", "Some", "Several").</summary>
    internal static readonly FrozenSet<string> Ordinary = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "some", "many", "several", "most", "few", "all", "both", "these", "those", "this", "that", "other", "more", "dozens", "hundreds", "thousands");

    /// <summary>
    /// Heads whose sector is their modifier's: "church leaders" are clergy, "protest leaders" the opposition; a modifier not
    /// listed keeps the head's own (government, for "leaders"), and "political leaders" have none.
    /// </summary>
    internal static readonly FrozenDictionary<string, string> LedBy = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["church"] = "REL", ["religious"] = "REL", ["muslim"] = "REL", ["christian"] = "REL", ["protest"] = "OPP", ["opposition"] = "OPP",
        ["party"] = "OPP", ["rebel"] = "REB", ["militia"] = "REB", ["union"] = "LAB", ["labor"] = "LAB", ["labour"] = "LAB", ["student"] = "EDU",
        ["business"] = "BUS", ["community"] = "CVL", ["tribal"] = "CVL", ["traditional"] = "CVL", ["civic"] = "CVL", ["military"] = "MIL", ["army"] = "MIL",
        ["government"] = "GOV", ["state"] = "GOV", ["political"] = "", ["world"] = "", ["senior"] = "GOV", ["top"] = "GOV",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sector of "leaders" by the word before them ("church leaders", "student leaders"); null for any other head or modifier.</summary>
    internal static string? LeadersSector(Document document, int t, int floor)
    {
        var word = document.Slice(document.Tokens[t].Range);
        return word is "leaders" or "leader" && t > floor && document.Tokens[t - 1].Is(TokenShape.Word) && (t - 1 == floor || !document.Tokens[t - 1].Is(TokenShape.Capitalized))
            && LedBy.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(document.Tokens[t - 1].Range), out var led) ? led : null;
    }
}
