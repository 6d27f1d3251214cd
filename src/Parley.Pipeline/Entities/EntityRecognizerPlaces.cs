using System.Globalization;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Which gazetteer entry a place name means where it stands.</summary>
public sealed partial class EntityRecognizer
{
    /// <summary>
    /// The entry a place match names: a region or division before a town, else the largest town. A name several countries
    /// have ("Tripoli", "Valencia", "Hyderabad") means the one in the country its sentence names, nearest first ("Lebanese
    /// soldiers clashed with gunmen in Tripoli"), else in the country the story so far is mostly about; but not a town twenty
    /// times smaller than its namesake ("U.S. envoys in Paris" are not in Paris, Texas).
    /// </summary>
    private Gazetted? BestPlace(NameMatch m, Document? document = null, EntityTable? table = null)
    {
        var best = BestOf(m, null);
        // "Las Delicias in southern Colombia", "Halabja, Iraq": a place said to lie in a country is the namesake there, and no
        // town abroad when the gazetteer has none there.
        if (best is not null && document is not null && ContainerCountry(document, m) is { } container && container != best.Country)
            return BestOf(m, container);
        if (best is null || document is null || table is null || !SeveralCountries(m, best.Country))
            return best;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        return (SentenceCountry(document, sentence, m) is { } named ? BestOf(m, named) : null)
            ?? (table.StoryCountry(m.Start, dominant: true) is { } story ? BestOf(m, story) : null)
            ?? best;
    }

    /// <summary>Words between "in" and the country a place lies in: "in southern Colombia", "in the north of Iraq".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ContainerWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "far", "remote", "rural");

    /// <summary>The country a place match is said to lie in right after it ("X in southern Colombia", "X, Colombia"), or null.</summary>
    private string? ContainerCountry(Document document, NameMatch m)
    {
        var tokens = document.Tokens;
        var sentenceEnd = document.Sentences[document.SentenceAt(m.Start)].EndToken;
        var t = m.EndToken;
        if (t >= sentenceEnd || document.Slice(tokens[t].Range) is not ("in" or ","))
            return null;
        var comma = document.Slice(tokens[t].Range) is ",";
        t++;
        while (t < sentenceEnd && t < m.EndToken + 4 && ContainerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[t].Range)))
            t++;
        var words = kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var n = Math.Min(3, sentenceEnd - t); n >= 1; n--)
            if (tokens[t].Is(TokenShape.Capitalized) && words.TryGetValue(document.Text.AsSpan(tokens[t].Start, tokens[t + n - 1].End - tokens[t].Start), out var iso3)
                && kb.Countries.TryGetValue(iso3, out var country) && document.Slice(tokens[t].Range).Equals(country.Name.AsSpan(0, Math.Min(country.Name.Length, tokens[t].End - tokens[t].Start)), StringComparison.Ordinal))
                return comma && InList(document, t + n, sentenceEnd) ? null : iso3;
        return null;
    }

    /// <summary>"Texas, Mexico and Guatemala": names joined by commas that end in "and" or "or" are a list, not a place and its country.</summary>
    private static bool InList(Document document, int from, int end)
    {
        for (var t = from; t < end && t < from + 4; t++)
            if (document.Slice(document.Tokens[t].Range) is "and" or "or")
                return true;
        return false;
    }

    /// <summary>
    /// "Lebanese soldiers clashed with gunmen in Tripoli": a capital's namesake in the other country the sentence names, of
    /// comparable size, is meant rather than the capital; null when there is none.
    /// </summary>
    private Gazetted? NamesakeInSentence(Document document, NameMatch m, Gazetted capital) =>
        SeveralCountries(m, capital.Country) && SentenceCountry(document, document.Sentences[document.SentenceAt(m.Start)], m) is { } named && named != capital.Country
            ? BestOf(m, named) : null;

    /// <summary>Regions and seas are unique names; among towns the most populous wins (only those in <paramref name="country"/> when given).</summary>
    private Gazetted? BestOf(NameMatch m, string? country)
    {
        Gazetted? best = null;
        var largest = 0.0;
        foreach (var e in m.Entries)
            if (e.Kind == NameKind.Place && kb.Places.TryGetValue(long.Parse(e.Key, CultureInfo.InvariantCulture), out var p))
                largest = Math.Max(largest, Places.PlaceRanker.Size(p));
        foreach (var e in m.Entries)
        {
            if (e.Kind != NameKind.Place || !kb.Places.TryGetValue(long.Parse(e.Key, CultureInfo.InvariantCulture), out var p))
                continue;
            if (country is not null && (p.Country != country || !Places.PlaceRanker.Comparable(p, largest)))
                continue;
            if (best is null || (p.Feature != PlaceFeature.City && best.Feature == PlaceFeature.City) || (p.Feature == best.Feature && p.Population > best.Population))
                best = p;
        }
        return best;
    }

    private bool SeveralCountries(NameMatch m, string country)
    {
        foreach (var e in m.Entries)
            if (e.Kind == NameKind.Place && kb.Places.TryGetValue(long.Parse(e.Key, CultureInfo.InvariantCulture), out var p) && p.Country != country)
                return true;
        return false;
    }

    /// <summary>The country named (by name or demonym, in up to three words) nearest the match in its sentence, outside it, that has a namesake of it.</summary>
    private string? SentenceCountry(Document document, Sentence sentence, NameMatch m)
    {
        var tokens = document.Tokens;
        var words = kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>();
        string? nearest = null;
        var nearestGap = int.MaxValue;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (i >= m.FirstToken && i < m.EndToken || !tokens[i].Is(TokenShape.Capitalized))
                continue;
            for (var n = Math.Min(3, sentence.EndToken - i); n >= 1; n--)
            {
                if (i < m.FirstToken && i + n > m.FirstToken || !words.TryGetValue(document.Text.AsSpan(tokens[i].Start, tokens[i + n - 1].End - tokens[i].Start), out var iso3))
                    continue;
                var gap = i < m.FirstToken ? m.FirstToken - i : i - m.EndToken;
                // "Lebanese soldiers clashed with Syrian gunmen in Tripoli": only a country with a namesake of the match counts.
                if (gap < nearestGap && kb.Countries.ContainsKey(iso3) && BestOf(m, iso3) is not null)
                    (nearest, nearestGap) = (iso3, gap);
                break;
            }
        }
        return nearest;
    }
}
