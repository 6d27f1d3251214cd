using System.Collections.Frozen;

namespace Parley.Knowledge;

/// <summary>
/// States that broke away from another within the period news archives cover, with the day they became independent: before
/// it, their people and land belonged to the older state, which is how CAMEO and PLOVER code them ("Kosovo Albanians" in 1998
/// are SRB, "southern Sudanese rebels" in 2005 SDN). Dates are the declarations or transfers of sovereignty recorded by the
/// United Nations and the states themselves.
/// </summary>
public static class Independences
{
    private static readonly FrozenDictionary<string, (string PartOf, DateOnly Since)> Table = new Dictionary<string, (string, DateOnly)>(StringComparer.Ordinal)
    {
        ["ERI"] = ("ETH", new DateOnly(1993, 5, 24)), // Eritrea from Ethiopia
        ["TLS"] = ("IDN", new DateOnly(2002, 5, 20)), // East Timor: Indonesian rule, then UN administration, until independence
        ["XKX"] = ("SRB", new DateOnly(2008, 2, 17)), // Kosovo from Serbia (the Federal Republic of Yugoslavia until 2003)
        ["SSD"] = ("SDN", new DateOnly(2011, 7, 9)), // South Sudan from Sudan
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The state a country's people and places belonged to on <paramref name="date"/>: the country itself, or the one it was part of.</summary>
    public static string On(string iso3, DateOnly date) =>
        Table.TryGetValue(iso3, out var before) && date < before.Since ? before.PartOf : iso3;
}
