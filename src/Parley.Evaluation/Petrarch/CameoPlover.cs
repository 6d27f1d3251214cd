using System.Collections.Frozen;

namespace Parley.Evaluation.Petrarch;

/// <summary>
/// The PLOVER type of a CAMEO code, by its two-digit root, following PLOVER's CAMEO2PLOVER table (2021).
/// Root 01 (public statements) has no PLOVER type; root 08 splits into CONCEDE (080-083) and RETREAT (084-087).
/// </summary>
public static class CameoPlover
{
    private static readonly FrozenDictionary<string, string> s_roots = new Dictionary<string, string>
    {
        ["02"] = "REQUEST",
        ["03"] = "AGREE",
        ["04"] = "CONSULT",
        ["05"] = "SUPPORT",
        ["06"] = "COOPERATE",
        ["07"] = "AID",
        ["08"] = "CONCEDE",
        ["09"] = "ACCUSE",
        ["10"] = "REQUEST",
        ["11"] = "ACCUSE",
        ["12"] = "REJECT",
        ["13"] = "THREATEN",
        ["14"] = "PROTEST",
        ["15"] = "MOBILIZE",
        ["16"] = "SANCTION",
        ["17"] = "COERCE",
        ["18"] = "ASSAULT",
        ["19"] = "ASSAULT",
        ["20"] = "ASSAULT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The PLOVER type, or null for root 01, unknown roots and codes that are not 2-4 digits.</summary>
    public static string? Map(string cameo)
    {
        if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit))
            return null;
        if (cameo.StartsWith("08", StringComparison.Ordinal) && cameo.Length >= 3 && cameo[2] is >= '4' and <= '7')
            return "RETREAT";
        if (cameo is "0813" or "0814")
            return "RETREAT";
        return s_roots.GetValueOrDefault(cameo[..2]);
    }
}
