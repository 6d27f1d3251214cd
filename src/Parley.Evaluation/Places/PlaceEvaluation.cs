using Parley.Core;
using Parley.Evaluation.Scoring;
using Parley.Knowledge;
using Parley.Pipeline.Places;

namespace Parley.Evaluation.Places;

/// <summary>
/// Scores geoparsing against GeoVirus-format gold: a predicted place matches a gold toponym when their spans overlap
/// (each used once); matched places are then scored by the great-circle distance to the gold point.
/// Two views: the places layer (locations only) and every toponym Parley names, which adds countries named as actors.
/// </summary>
public static class PlaceEvaluation
{
    /// <summary>GeoVirus carries no dates; the articles are WikiNews stories of 2008-2010.</summary>
    private static readonly DateOnly s_published = new(2009, 6, 1);

    public static PlaceReport Evaluate(string path, Func<Article, Document> run, KnowledgeBase kb, PlaceSplit split = PlaceSplit.All)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(kb);
        var (articles, unaligned) = GeoVirusGold.Read(path, split);
        var places = new PlaceScore();
        var toponyms = new PlaceScore();
        foreach (var gold in articles)
        {
            var document = ArticleFactory.Run(run, ArticleFactory.Create(gold.Id, gold.Text, s_published, $"{path}#{gold.Id}"));
            places.Add(gold, document.Places, document);
            toponyms.Add(gold, Toponyms(document, kb), document);
        }
        return new PlaceReport(split, articles.Count, unaligned, places, toponyms);
    }

    /// <summary>The places layer plus every country mention by name, capital or agent phrase not already a place (at the country's point; a capital at the capital).</summary>
    public static List<Place> Toponyms(Document document, KnowledgeBase kb)
    {
        var all = new List<Place>(document.Places);
        foreach (var m in document.Mentions)
        {
            // "US officials", "Beijing said": a country acting through an agent or its capital is still a named toponym.
            if (m.Kind is not (MentionKind.Name or MentionKind.Metonym or MentionKind.Agent)
                || document.Entities[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal))
                continue;
            if (m.Kind == MentionKind.Agent && !StartsWithCountryName(document.Slice(m.Range), kb.Countries[key[8..]]))
                continue; // "Chinese officials": a demonym is not a toponym
            if (!all.Exists(p => p.Start < m.End && m.Start < p.End) && (m.Kind == MentionKind.Metonym ? CapitalOf(kb, key[8..]) : kb.CountryPlace(key[8..])) is { } where)
                all.Add(new Place(m.Start, m.End, where));
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }

    private static Gazetted? CapitalOf(KnowledgeBase kb, string iso3) =>
        kb.Countries.TryGetValue(iso3, out var c) && kb.Places.TryGetValue(c.CapitalGeonameId, out var capital) ? capital : kb.CountryPlace(iso3);

    private static bool StartsWithCountryName(ReadOnlySpan<char> text, Country country)
    {
        if (text.StartsWith(country.Name + " ", StringComparison.Ordinal))
            return true;
        foreach (var alias in country.Aliases)
            if (text.StartsWith(alias + " ", StringComparison.Ordinal))
                return true;
        return false;
    }
}
