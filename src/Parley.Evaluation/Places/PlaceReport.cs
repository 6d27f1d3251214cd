using System.Globalization;
using System.Text;

namespace Parley.Evaluation.Places;

/// <summary>Geoparsing scores for the places layer and for every toponym (places plus countries named as actors).</summary>
public sealed record PlaceReport(PlaceSplit Split, int Articles, int Unaligned, PlaceScore Places, PlaceScore Toponyms)
{
    public string ToText(int worst = 0)
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"Places (GeoVirus, split {Split.ToString().ToLowerInvariant()}): {Articles} articles, {Places.Spans.Gold} gold toponyms ({Unaligned} could not be aligned to the text); spans match when they overlap");
        Line(s, "places  ", Places);
        Line(s, "toponyms", Toponyms);
        s.Append("toponyms by feature:");
        foreach (var group in Toponyms.Matches.GroupBy(m => m.Predicted.Feature).OrderBy(g => g.Key))
            s.Append(inv, $"  {group.Key.ToString().ToLowerInvariant()} {group.Count(m => m.Km <= PlaceScore.NearKm)}/{group.Count()}");
        s.AppendLine();
        if (worst > 0)
        {
            s.AppendLine("toponyms: worst resolved (km, gold -> Parley)");
            foreach (var m in Toponyms.Matches.OrderByDescending(m => m.Km).Take(worst))
                s.AppendLine(inv, $"  {m.Km,8:0}  {m.ArticleId}  {m.Gold.Name} ({m.Gold.Lat:0.##},{m.Gold.Lon:0.##}) -> {m.Predicted.Name}, {m.Predicted.Country} {m.Predicted.Feature.ToString().ToLowerInvariant()}");
            Top(s, "toponyms: most missed", Toponyms.Missed, worst);
            Top(s, "toponyms: most spurious", Toponyms.Spurious, worst);
        }
        return s.ToString();
    }

    private static void Line(StringBuilder s, string label, PlaceScore score) =>
        s.AppendLine(CultureInfo.InvariantCulture,
            $"{label}  {score.Spans.Format()}  within {PlaceScore.NearKm:0} km {score.Near.Format()}  median {score.MedianKm:0.0} km  AUC {score.Auc:0.000}");

    private static void Top(StringBuilder s, string title, Dictionary<string, int> counts, int n)
    {
        s.AppendLine(title);
        foreach (var (name, count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(n))
            s.AppendLine(CultureInfo.InvariantCulture, $"  {count,4}  {name}");
    }
}
