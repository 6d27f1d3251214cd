using System.Globalization;
using System.Text;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Plover;

public sealed partial class PloverReport
{
    /// <summary>The readable report: headline scores, per-type table, confusion matrix and the list of errors.</summary>
    public string ToText()
    {
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine(inv, $"PLOVER gold standard: {Records} records");
        s.AppendLine(inv, $"event type accuracy        {TypeAccuracy.Format()}");
        s.AppendLine(inv, $"macro F1 over gold types   {MacroF1:0.000} ({PerType.Count} types)");
        s.AppendLine(inv, $"no event predicted         {NoEvent}{(TriggersChecked ? $"   (with a trigger of the gold type: {NoEventWithTrigger}{UnusedReasons()})" : "")}");
        s.AppendLine(inv, $"actor country, same side   {ActorCountrySameSide.Format()}");
        s.AppendLine(inv, $"actor country, either side {ActorCountryEitherSide.Format()}");
        s.AppendLine(inv, $"dyad right (typed right)   {DyadCorrect.Format()}");
        s.AppendLine();
        s.AppendLine("type        precision  recall  F1     gold  predicted");
        foreach (var (type, prf) in PerType)
            s.AppendLine(inv, $"{type,-11} {prf.Precision,9:0.000}  {prf.Recall,6:0.000}  {prf.F1:0.000}  {prf.Gold,4}  {prf.Predicted,9}");
        s.AppendLine();
        AppendConfusion(s);
        s.AppendLine();
        s.AppendLine("errors (id, gold, predicted, text):");
        foreach (var o in Outcomes)
            if (!o.TypeCorrect)
                s.AppendLine(inv, $"{o.Gold.Id}\t{o.Gold.Event}\t{o.Predicted ?? (o.UnusedTrigger is { } rule ? $"{NoEventLabel} trigger {rule}{(o.UnusedWhy is { } why ? $" ({why})" : "")}" : NoEventLabel)}\t{ArticleFactory.Truncate(o.Gold.Text, 100)}");
        s.AppendLine();
        s.AppendLine("actor errors among correctly typed (id, gold source -> target, predicted source -> target, text):");
        foreach (var o in Outcomes)
            if (o.TypeCorrect && !DyadRight(o))
                s.AppendLine(inv, $"{o.Gold.Id}\t{Sides(o.Gold.Source.Select(a => a.Country), o.Gold.Target.Select(a => a.Country))}\t{Sides(o.PredictedSource, o.PredictedTarget)}\t{ArticleFactory.Truncate(o.Gold.Text, 100)}");
        return s.ToString();

        static string Sides(IEnumerable<string> source, IEnumerable<string> target) => $"{string.Join(",", source)} -> {string.Join(",", target)}";
    }

    private void AppendConfusion(StringBuilder s)
    {
        var columns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (gold, predicted) in Confusion.Keys)
            columns.Add(predicted);
        s.AppendLine("confusion (rows gold, columns predicted; type names cut to 4 letters):");
        s.Append("            ");
        foreach (var c in columns)
            s.Append(CultureInfo.InvariantCulture, $" {Short(c),4}");
        s.AppendLine();
        foreach (var gold in PerType.Keys)
        {
            s.Append(CultureInfo.InvariantCulture, $"{gold,-12}");
            foreach (var c in columns)
            {
                var n = Confusion.GetValueOrDefault((gold, c));
                s.Append(n == 0 ? "    ." : string.Create(CultureInfo.InvariantCulture, $" {n,4}"));
            }
            s.AppendLine();
        }
    }

    private static string Short(string type) => type == NoEventLabel ? "none" : type.Length <= 4 ? type : type[..4];

    /// <summary>", because: no-source 3, content 1": why the coder dropped the triggers of sentences it coded nothing from.</summary>
    private string UnusedReasons()
    {
        if (!Outcomes.Any(o => o.UnusedWhy is not null))
            return ""; // a pipeline that records no reasons gives none
        var counts = Outcomes.Where(o => o.Predicted is null && o.UnusedTrigger is not null).GroupBy(o => o.UnusedWhy ?? Cameo.CameoReport.CodedNotCounted)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}").ToList();
        return counts.Count == 0 ? "" : $"; because: {string.Join(", ", counts)}";
    }
}
