namespace Parley.Evaluation.Cameo;

/// <summary>CAMEO roots: the first two digits of a code, and their codebook names for reports.</summary>
public static class CameoCodes
{
    public static string Root(string code) => code.Length <= 2 ? code : code[..2];

    /// <summary>The codebook name of a root ("Appeal"), from the embedded CAMEO ontology (data/ontology/cameo.tsv).</summary>
    public static string RootName(string root) =>
        Knowledge.KnowledgeBase.Embedded.Cameo.TryGetValue(root, out var code) ? code.Name : "";

    /// <summary>A CAMEO code as the gold file writes it: two to four digits, the root one of 01-20.</summary>
    public static bool IsValid(string code)
    {
        if (code.Length is < 2 or > 4)
            return false;
        foreach (var c in code)
            if (!char.IsAsciiDigit(c))
                return false;
        return Knowledge.KnowledgeBase.Embedded.Cameo.ContainsKey(Root(code));
    }

    /// <summary>Intent to cooperate (03) is an offer of roots 01-08; a threat (13) is an announced hostile act (14-20).</summary>
    public static bool IntendedBy(string goldRoot, string actRoot) => goldRoot switch
    {
        "03" => string.CompareOrdinal(actRoot, "01") >= 0 && string.CompareOrdinal(actRoot, "08") <= 0 && actRoot != "03",
        "13" => string.CompareOrdinal(actRoot, "14") >= 0 && string.CompareOrdinal(actRoot, "20") <= 0,
        _ => false,
    };
}
