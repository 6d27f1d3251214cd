using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Places;

/// <summary>
/// Chooses among the entries a name can mean. Without a qualifier, the score is a prior (log population for cities;
/// fixed sizes for divisions, regions and countries; national capitals a step up) plus the article's support: its country
/// is named elsewhere in the article, and it lies near another unambiguous place of the article.
/// With a qualifier ("Warwick, Queensland", "Paris, Texas") only entries inside the qualifier count, nearest first.
/// </summary>
internal sealed class PlaceRanker(FrozenSet<long> capitals)
{
    /// <summary>An anchor closer than this makes a candidate the local reading.</summary>
    public const double NearKm = 400;

    public const double CountryBonus = 1.5;
    public const double NearBonus = 1.5;

    // A first-level division outranks a namesake city of a million: "Ontario" is the province, "Wyoming" the state.
    public double Prior(Gazetted p) => Size(p) + (p.Feature == PlaceFeature.City && capitals.Contains(p.GeonameId) ? 1 : 0);

    /// <summary>
    /// The prior plus the article's support. A name at offset <paramref name="at"/> whose sentence names a candidate's
    /// country ("Lebanese soldiers ... in Tripoli"), or in an article mostly about that country, takes that candidate before
    /// a larger namesake abroad; but not one twenty times smaller ("U.S. officials in Paris" are not in Paris, Texas).
    /// </summary>
    private double Score(Gazetted p, PlaceEvidence evidence, int at, double largest) =>
        Prior(p) + (evidence.Supports(p) ? CountryBonus : 0) + (evidence.NearestAnchorKm(p) <= NearKm ? NearBonus : 0)
        + (Comparable(p, largest) && (evidence.SupportsInSentence(p, at) || evidence.InDominant(p)) ? AboutBonus : 0);

    public const double AboutBonus = 1.5;

    /// <summary>
    /// Whether <paramref name="p"/> is within a factor of twenty of the largest namesake (<see cref="Size"/>): "Americans met in
    /// Geneva" is not about Geneva, Illinois.
    /// </summary>
    public static bool Comparable(Gazetted p, double largest) => Size(p) >= largest - 1.3;

    /// <summary>How big a place is, in log10 of people: a town's population; divisions, regions and countries as the prior rates them.</summary>
    public static double Size(Gazetted p) => p.Feature switch
    {
        PlaceFeature.City => Math.Log10(Math.Max(p.Population, 1000)),
        PlaceFeature.Admin1 or PlaceFeature.Admin2 => 7,
        PlaceFeature.Country => 7.5,
        _ => 6.5,
    };

    /// <summary>The <see cref="Size"/> of the largest of <paramref name="candidates"/>.</summary>
    public static double Largest(ReadOnlySpan<Gazetted> candidates)
    {
        var largest = 0.0;
        foreach (var c in candidates)
            largest = Math.Max(largest, Size(c));
        return largest;
    }

    /// <summary>
    /// A town of an unnamed country, far from every place of an article that is mostly about another country, is more
    /// likely a namesake the gazetteer lacks ("a city official in Malakoff" in a Texas story) than the foreign town:
    /// better no place than a wrong one.
    /// </summary>
    public bool Plausible(Gazetted p, PlaceEvidence evidence) =>
        p.Feature != PlaceFeature.City || p.Population >= SmallTown || evidence.Dominant is not { } main || main == p.Country
        || evidence.Supports(p) || evidence.NearestAnchorKm(p) <= NearKm;

    /// <summary>Below this population a town needs the article's support.</summary>
    public const long SmallTown = 100_000;

    public Gazetted Best(ReadOnlySpan<Gazetted> candidates, PlaceEvidence evidence, int at = -1)
    {
        var largest = Largest(candidates);
        var best = candidates[0];
        var bestScore = Score(best, evidence, at, largest);
        foreach (var c in candidates[1..])
        {
            var score = Score(c, evidence, at, largest);
            if (score > bestScore)
                (best, bestScore) = (c, score);
        }
        return best;
    }

    /// <summary>The candidate inside <paramref name="qualifier"/> (a country, or the nearest in a division's country); null if none is.</summary>
    public static Gazetted? Within(ReadOnlySpan<Gazetted> candidates, Gazetted qualifier)
    {
        Gazetted? best = null;
        var bestKm = double.MaxValue;
        foreach (var c in candidates)
        {
            if (c.Country != qualifier.Country || (c.GeonameId == qualifier.GeonameId && qualifier.GeonameId != 0))
                continue;
            var km = qualifier.Feature == PlaceFeature.Country ? 0 : GeoDistance.Km(c.Lat, c.Lon, qualifier.Lat, qualifier.Lon);
            if (km < bestKm)
                (best, bestKm) = (c, km);
        }
        return best;
    }
}
