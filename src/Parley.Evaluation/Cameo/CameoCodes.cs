using System.Collections.Frozen;

namespace Parley.Evaluation.Cameo;

/// <summary>CAMEO roots: the first two digits of a code, and their codebook names for reports.</summary>
public static class CameoCodes
{
    private static readonly FrozenDictionary<string, string> s_rootNames = new Dictionary<string, string>
    {
        ["01"] = "make public statement",
        ["02"] = "appeal",
        ["03"] = "express intent to cooperate",
        ["04"] = "consult",
        ["05"] = "diplomatic cooperation",
        ["06"] = "material cooperation",
        ["07"] = "provide aid",
        ["08"] = "yield",
        ["09"] = "investigate",
        ["10"] = "demand",
        ["11"] = "disapprove",
        ["12"] = "reject",
        ["13"] = "threaten",
        ["14"] = "protest",
        ["15"] = "exhibit force posture",
        ["16"] = "reduce relations",
        ["17"] = "coerce",
        ["18"] = "assault",
        ["19"] = "fight",
        ["20"] = "unconventional mass violence",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Root(string code) => code.Length <= 2 ? code : code[..2];

    public static string RootName(string root) => s_rootNames.GetValueOrDefault(root, "");

    /// <summary>A CAMEO code as the gold file writes it: two to four digits, the root one of 01-20.</summary>
    public static bool IsValid(string code)
    {
        if (code.Length is < 2 or > 4)
            return false;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c))
                return false;
        return s_rootNames.ContainsKey(Root(code));
    }

    /// <summary>Intent to cooperate (03) is an offer of roots 01-08; a threat (13) is an announced hostile act (14-20).</summary>
    public static bool IntendedBy(string goldRoot, string actRoot) => goldRoot switch
    {
        "03" => string.CompareOrdinal(actRoot, "01") >= 0 && string.CompareOrdinal(actRoot, "08") <= 0 && actRoot != "03",
        "13" => string.CompareOrdinal(actRoot, "14") >= 0 && string.CompareOrdinal(actRoot, "20") <= 0,
        _ => false,
    };
}
