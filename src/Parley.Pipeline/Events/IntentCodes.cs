namespace Parley.Pipeline.Events;

/// <summary>The code of a frame applied to the act it governs, as CAMEO's codebook pairs them.</summary>
internal readonly record struct FramedCode(string Plover, string Cameo, string? Mode);

/// <summary>
/// Codes "offered to release", "vowed to attack", "refused to withdraw", "urged X to lift sanctions": CAMEO codes an
/// offer or promise of a cooperative act as intent (03x, PLOVER AGREE), of a hostile act as a threat (13x), a refusal
/// as 12x and a demand as 10x, each refined by the act (release → 0353, 1243, 1053).
/// </summary>
internal static class IntentCodes
{
    private static readonly string[] s_hostile = ["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST", "THREATEN"];

    public static bool IsHostile(string plover) => Array.IndexOf(s_hostile, plover) >= 0;

    /// <summary>The code for a frame of type <paramref name="frame"/> ("AGREE" for offers and vows) over an act.</summary>
    public static FramedCode Apply(string frame, EventPattern act)
    {
        var cameo = act.Cameo;
        var hostile = IsHostile(act.Plover);
        return frame switch
        {
            "AGREE" when hostile => Threat(cameo),
            "AGREE" => new("AGREE", Intent(cameo), null),
            "MOBILIZE" when hostile => new("MOBILIZE", "150", null),
            "MOBILIZE" => new("AGREE", Intent(cameo), null),
            "THREATEN" => hostile ? Threat(cameo) : new("THREATEN", "131", null),
            "REJECT" when hostile => new("REJECT", "120", null),
            "REJECT" => new("REJECT", Refusal(cameo), null),
            "REQUEST" => new("REQUEST", Demand(cameo), act.Plover is "CONSULT" ? "meet" : null),
            _ => new(frame, "0" + cameo[..Math.Min(2, cameo.Length)], null),
        };
    }

    private static FramedCode Threat(string act) => act switch
    {
        _ when act.StartsWith("19", StringComparison.Ordinal) || act.StartsWith("18", StringComparison.Ordinal) || act.StartsWith("20", StringComparison.Ordinal) => new("THREATEN", "138", "violence"),
        _ when act.StartsWith("15", StringComparison.Ordinal) => new("THREATEN", "138", "violence"),
        _ when act.StartsWith("14", StringComparison.Ordinal) => new("THREATEN", "133", "relations"),
        "1723" => new("THREATEN", "1323", "restrict"),
        "1724" => new("THREATEN", "1324", "restrict"),
        _ when act.StartsWith("17", StringComparison.Ordinal) => new("THREATEN", "132", "ban"),
        "161" => new("THREATEN", "1313", "relations"),
        "162" => new("THREATEN", "1311", "relations"),
        "164" => new("THREATEN", "134", "relations"),
        _ when act.StartsWith("166", StringComparison.Ordinal) => new("THREATEN", "136", "expel"),
        _ when act.StartsWith("16", StringComparison.Ordinal) => new("THREATEN", "1312", "restrict"),
        _ => new("THREATEN", "130", null),
    };

    /// <summary>Intent to do the act: 03x.</summary>
    private static string Intent(string act) => act switch
    {
        "0841" or "0842" => "0353",
        "085" => "0354",
        "081" or "0811" or "0812" => "0351",
        "086" or "0861" or "0862" or "0863" => "0355",
        "0871" or "0872" or "0873" or "0874" or "087" => "0356",
        "0831" => "0341",
        _ when act.StartsWith("08", StringComparison.Ordinal) => "035",
        "071" => "0331",
        "072" => "0332",
        "073" or "075" => "0333",
        "074" => "0334",
        _ when act.StartsWith("07", StringComparison.Ordinal) => "033",
        _ when act.StartsWith("06", StringComparison.Ordinal) => "031",
        "045" => "039",
        _ when act.StartsWith("04", StringComparison.Ordinal) => "036",
        _ when act.StartsWith("05", StringComparison.Ordinal) => "032",
        _ => "030",
    };

    /// <summary>Refusal to do the act: 12x.</summary>
    private static string Refusal(string act) => act switch
    {
        "0841" or "0842" => "1243",
        "085" => "1244",
        "086" or "0861" or "0862" or "0863" => "1245",
        "0871" or "0872" or "0873" or "0874" or "087" => "1246",
        "0831" => "1231",
        _ when act.StartsWith("08", StringComparison.Ordinal) => "124",
        _ when act.StartsWith("07", StringComparison.Ordinal) => "122",
        _ when act.StartsWith("06", StringComparison.Ordinal) => "121",
        "045" => "126",
        _ when act.StartsWith("04", StringComparison.Ordinal) => "125",
        _ when act.StartsWith("03", StringComparison.Ordinal) => "127",
        _ => "120",
    };

    /// <summary>A demand that the target do the act: 10x.</summary>
    private static string Demand(string act) => act switch
    {
        "0841" or "0842" => "1053",
        "085" => "1054",
        "081" or "0811" or "0812" => "1051",
        "086" or "0861" or "0862" or "0863" => "1055",
        "0871" or "0872" or "0873" or "0874" or "087" => "1056",
        "0831" => "1041",
        _ when act.StartsWith("08", StringComparison.Ordinal) => "105",
        _ when act.StartsWith("07", StringComparison.Ordinal) => "103",
        _ when act.StartsWith("06", StringComparison.Ordinal) => "101",
        "045" => "108",
        _ when act.StartsWith("04", StringComparison.Ordinal) => "106",
        _ when act.StartsWith("03", StringComparison.Ordinal) => "107",
        _ => "100",
    };
}
