using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Places;

/// <summary>One gold toponym: its span in the article text, the point it names and the Wikipedia page it links to.</summary>
public readonly record struct GoldToponym(int Start, int End, string Name, double Lat, double Lon, string Page)
{
    public TextRange Range => new(Start, End);
}

/// <summary>One GeoVirus article: a WikiNews paragraph with its gold toponyms.</summary>
public sealed record GoldArticle(string Id, string Source, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>Which articles of a gold file to score: dev is the first half (by source article), test the rest.</summary>
public enum PlaceSplit { All, Dev, Test }

/// <summary>
/// Reads GeoVirus-format XML (<c>&lt;articles&gt;&lt;article&gt;&lt;source/&gt;&lt;text/&gt;&lt;locations&gt;&lt;location&gt;name,
/// start, end, lat, lon, page</c>). The published offsets are one past the name in the text, so each toponym is aligned
/// to the nearest occurrence of its name; the ones that cannot be found are counted, not guessed.
/// </summary>
public static class GeoVirusGold
{
    private const int MaxShift = 8;

    public static (IReadOnlyList<GoldArticle> Articles, int Unaligned) Read(string path, PlaceSplit split = PlaceSplit.All)
    {
        ArticleFactory.RequireFile(path, "GeoVirus XML");
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"'{path}' is not well-formed XML ({e.Message}); pass a GeoVirus-format file (<articles><article>...).");
            throw;
        }
        var articles = new List<GoldArticle>();
        var unaligned = 0;
        foreach (var a in xml.Root?.Elements("article") ?? [])
        {
            var text = a.Element("text")?.Value;
            if (text is null)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"article {articles.Count + 1} of '{path}' has no <text>; every <article> needs <text> and <locations>.");
            var toponyms = new List<GoldToponym>();
            foreach (var l in a.Element("locations")?.Elements("location") ?? [])
            {
                var name = l.Element("name")?.Value ?? "";
                if (name.Length == 0 || Align(text!, name, Int(l, "start", path)) is not { } start)
                {
                    unaligned++;
                    continue;
                }
                toponyms.Add(new GoldToponym(start, start + name.Length, name, Number(l, "lat", path), Number(l, "lon", path), l.Element("page")?.Value ?? ""));
            }
            toponyms.Sort((x, y) => x.Start.CompareTo(y.Start));
            var id = "geovirus-" + (articles.Count + 1).ToString("D3", CultureInfo.InvariantCulture);
            articles.Add(new GoldArticle(id, a.Element("source")?.Value ?? "", text!, toponyms));
        }
        return (Select(articles, split), unaligned);
    }

    /// <summary>The start of <paramref name="name"/> nearest to <paramref name="declared"/>, within a few characters.</summary>
    public static int? Align(string text, string name, int declared)
    {
        for (var d = 0; d <= MaxShift; d++)
        {
            foreach (var start in (ReadOnlySpan<int>)[declared - d, declared + d])
                if (start >= 0 && start + name.Length <= text.Length && text.AsSpan(start, name.Length).SequenceEqual(name))
                    return start;
        }
        return null;
    }

    /// <summary>Dev is the first half of the articles, moved forward to the next source boundary so no story is in both.</summary>
    private static List<GoldArticle> Select(List<GoldArticle> articles, PlaceSplit split)
    {
        if (split == PlaceSplit.All)
            return articles;
        var cut = articles.Count / 2;
        while (cut > 0 && cut < articles.Count && articles[cut].Source.Length > 0 && articles[cut].Source == articles[cut - 1].Source)
            cut++;
        return split == PlaceSplit.Dev ? articles[..cut] : articles[cut..];
    }

    private static int Int(XElement location, string field, string path) => (int)Number(location, field, path);

    private static double Number(XElement location, string field, string path)
    {
        var value = location.Element(field)?.Value;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            ErrorCodes.Throw(ErrorCodes.BadUserData, $"a <location> in '{path}' has <{field}>{value}</{field}>, not a number; fix or remove that location.");
        return number;
    }
}
