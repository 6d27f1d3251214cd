using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Places;

/// <summary>
/// What an article says about where it is: the countries it names (directly, by demonym or capital, or through a place
/// only one country has) and its unambiguous places, the anchors an ambiguous name is resolved near.
/// </summary>
internal sealed class PlaceEvidence
{
    /// <summary>Each country the article names, with the place that names it (so a place cannot support itself) and where.</summary>
    private readonly List<(string Country, long Source, int At)> _countries = [];
    private Document? _document;
    private readonly List<Gazetted> _anchors = [];
    private DateOnly? _day;

    public static PlaceEvidence Gather(Document document, KnowledgeBase kb, PlaceCandidates candidates, PlaceRanker ranker)
    {
        var evidence = new PlaceEvidence { _day = document.Published?.Date, _document = document };
        foreach (var m in document.Mentions)
        {
            if (document.Entities[m.Entity].KbKey is not { } key)
                continue;
            var names = m.Kind == MentionKind.Name ? candidates.Lookup(document.Slice(m.Range)) : [];
            if (key.StartsWith(PlaceKeys.Country, StringComparison.Ordinal))
            {
                // "Georgia" is also a US state: a name that could be elsewhere is not evidence for the country.
                var iso3 = key[PlaceKeys.Country.Length..];
                if (!Array.Exists(names, n => n.Country != iso3))
                    evidence._countries.Add((iso3, long.MinValue, m.Start));
            }
            else if (PlaceKeys.Place(key) is { } id && kb.Places.TryGetValue(id, out var place) && (names.Length <= 1 || Clear(names, ranker, out place)))
            {
                evidence._countries.Add((place.Country, place.GeonameId, m.Start));
                evidence._anchors.Add(place);
            }
        }
        evidence.Dominant = evidence.FindDominant();
        return evidence;
    }

    /// <summary>A name whose best reading is three times the next ("Dallas" in Texas, "Vancouver" in Canada) is evidence as if unambiguous.</summary>
    private static bool Clear(Gazetted[] names, PlaceRanker ranker, out Gazetted best)
    {
        best = names[0];
        double first = double.MinValue, second = double.MinValue;
        foreach (var n in names)
        {
            var prior = ranker.Prior(n);
            if (prior > first)
                (best, second, first) = (n, first, prior);
            else if (prior > second)
                second = prior;
        }
        return first - second >= 0.5;
    }

    /// <summary>The country the article names most, if named at least twice and more than any other; else null.</summary>
    public string? Dominant { get; private set; }

    private string? FindDominant()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (country, _, _) in _countries)
            counts[country] = counts.GetValueOrDefault(country) + 1;
        string? best = null;
        int bestCount = 1, second = 0;
        foreach (var (country, count) in counts)
        {
            if (count > bestCount)
                (best, second, bestCount) = (country, bestCount, count);
            else if (count > second)
                second = count;
        }
        return best is not null && bestCount > second ? best : null;
    }

    /// <summary>
    /// True when the article names the country of <paramref name="place"/> other than through an ambiguous name or the place
    /// itself; on the article's day, so "Ethiopian jets" in 1988 support Keren, then in Ethiopia.
    /// </summary>
    public bool Supports(Gazetted place)
    {
        if (place.Country.Length == 0)
            return false;
        var then = Then(place.Country);
        return _countries.Exists(c => (c.Country == place.Country || c.Country == then) && c.Source != place.GeonameId);
    }

    /// <summary>
    /// True when the sentence holding offset <paramref name="at"/> names the country of <paramref name="place"/> by name or
    /// demonym: "Iraqi jets bombed villages near X" is about a place in Iraq. (Places do not count here: a namesake read
    /// elsewhere in the sentence would vouch for the other namesakes but not for itself.)
    /// </summary>
    public bool SupportsInSentence(Gazetted place, int at)
    {
        if (place.Country.Length == 0 || at < 0 || _document?.SentenceAt(at) is not (>= 0 and var index))
            return false;
        var sentence = _document.Sentences[index];
        var then = Then(place.Country);
        return _countries.Exists(c => (c.Country == place.Country || c.Country == then) && c.Source == long.MinValue && c.At >= sentence.Start && c.At < sentence.End);
    }

    /// <summary>True when the article is mostly about the country of <paramref name="place"/> (<see cref="Dominant"/>).</summary>
    public bool InDominant(Gazetted place) => Dominant is { } main && (main == place.Country || main == Then(place.Country));

    private string Then(string country) => _day is { } day ? Independences.On(country, day) : country;

    /// <summary>The distance to the nearest unambiguous place of the article other than <paramref name="place"/> itself.</summary>
    public double NearestAnchorKm(Gazetted place)
    {
        var nearest = double.MaxValue;
        foreach (var a in _anchors)
            if (a.GeonameId != place.GeonameId && a.Feature != PlaceFeature.Region)
                nearest = Math.Min(nearest, GeoDistance.Km(a.Lat, a.Lon, place.Lat, place.Lon));
        return nearest;
    }
}

/// <summary>The knowledge-base keys the entity recognizer gives places and countries.</summary>
internal static class PlaceKeys
{
    public const string Country = "country:";
    public const string PlacePrefix = "place:";

    public static long? Place(string key) =>
        key.StartsWith(PlacePrefix, StringComparison.Ordinal) && long.TryParse(key.AsSpan(PlacePrefix.Length), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
