using Parley.Core;
using Parley.Evaluation.Scoring;
using Parley.Pipeline.Places;

namespace Parley.Evaluation.Places;

/// <summary>A matched toponym: the gold name and point, what Parley resolved it to, and how far apart they are.</summary>
public sealed record PlaceMatch(string ArticleId, GoldToponym Gold, Gazetted Predicted, double Km);

/// <summary>Span counts and distance errors, accumulated article by article.</summary>
public sealed class PlaceScore
{
    /// <summary>Within 161 km (100 miles): the usual "correct" threshold of geocoding papers.</summary>
    public const double NearKm = 161;

    private readonly List<PlaceMatch> _matches = [];

    public Prf Spans { get; private set; }

    public IReadOnlyList<PlaceMatch> Matches => _matches;

    /// <summary>Gold toponyms with no overlapping prediction, by name (what recall misses most).</summary>
    public Dictionary<string, int> Missed { get; } = new(StringComparer.Ordinal);

    /// <summary>Predictions with no overlapping gold toponym, by text.</summary>
    public Dictionary<string, int> Spurious { get; } = new(StringComparer.Ordinal);

    public Ratio Near
    {
        get
        {
            var near = 0;
            foreach (var m in _matches)
                if (m.Km <= NearKm)
                    near++;
            return new Ratio(near, _matches.Count);
        }
    }

    public double MedianKm
    {
        get
        {
            if (_matches.Count == 0)
                return 0;
            var km = _matches.Select(m => m.Km).Order().ToArray();
            return km.Length % 2 == 1 ? km[km.Length / 2] : (km[km.Length / 2 - 1] + km[km.Length / 2]) / 2;
        }
    }

    /// <summary>Gritta et al.'s AUC: the mean of ln(1 + km) / ln(1 + max km); 0 is perfect, lower is better.</summary>
    public double Auc => _matches.Count == 0 ? 0 : _matches.Average(m => Math.Log(1 + m.Km) / Math.Log(1 + GeoDistance.MaxKm));

    /// <summary>Matches gold and predicted spans one to one (first overlapping prediction wins) and records the distances.</summary>
    public void Add(GoldArticle gold, IReadOnlyList<Place> predicted, Document document)
    {
        var used = new bool[predicted.Count];
        int tp = 0, fn = 0;
        foreach (var g in gold.Toponyms)
        {
            var hit = -1;
            for (var i = 0; i < predicted.Count && hit < 0; i++)
                if (!used[i] && predicted[i].Range.Overlaps(g.Range))
                    hit = i;
            if (hit < 0)
            {
                fn++;
                Missed[g.Name] = Missed.GetValueOrDefault(g.Name) + 1;
                continue;
            }
            used[hit] = true;
            tp++;
            var p = predicted[hit].Where;
            _matches.Add(new PlaceMatch(gold.Id, g, p, GeoDistance.Km(g.Lat, g.Lon, p.Lat, p.Lon)));
        }
        var fp = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            if (used[i])
                continue;
            fp++;
            var text = document.TextOf(predicted[i].Range);
            Spurious[text] = Spurious.GetValueOrDefault(text) + 1;
        }
        Spans += new Prf(tp, fp, fn);
    }
}
