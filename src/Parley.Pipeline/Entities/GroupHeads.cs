using System.Collections.Frozen;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Heads too general for agents.tsv that still name people acting together when their phrase says whose they are
/// ("opposition groups in Zimbabwe", "people in Tbilisi", "crowds marched through Lyon"), with their sector ("" for none).
/// </summary>
internal static class GroupHeads
{
    private static readonly FrozenDictionary<string, string> s_heads = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "CVL", ["groups"] = "", ["parties"] = "OPP", ["members"] = "", ["supporters"] = "", ["crowds"] = "CVL",
        ["youths"] = "CVL", ["inmates"] = "CVL", ["prisoners"] = "CVL", ["unions"] = "LAB", ["union"] = "LAB", ["factions"] = "",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_heads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sector of a general head ("" for none), after "opposition" the opposition's.</summary>
    public static bool TryGetSector(ReadOnlySpan<char> head, ReadOnlySpan<char> before, out string sector)
    {
        if (!s_lookup.TryGetValue(head, out sector!))
            return false;
        if (before.Equals("opposition", StringComparison.OrdinalIgnoreCase))
            sector = "OPP"; // "opposition groups", "opposition parties"
        return true;
    }

    public static bool Contains(ReadOnlySpan<char> head) => s_lookup.ContainsKey(head);
}
