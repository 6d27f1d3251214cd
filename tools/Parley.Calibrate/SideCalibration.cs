using System.Globalization;
using System.Text;

namespace Parley.Calibrate;

/// <summary>
/// The learned side ranker (docs/evaluation-cameo.md, Sides): fits candidate sources (right against wrong) with the
/// confidence trainer, and picks the least score at which an act's best candidate is taken so that, on sets the model did
/// not learn from, more picks are right than wrong (the picks' right minus <c>cost</c> times wrong is largest; no pick at
/// all when none gains). <see cref="CrossValidate"/> holds each set out in turn and chooses its threshold by an inner
/// leave-one-set-out over the other sets, so neither the weights nor the threshold have seen the set they are scored on.
/// </summary>
internal static class SideCalibration
{
    private static readonly double[] s_thresholds = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];

    public const double Never = 1.01;

    /// <summary>Each act's best candidate: its score and whether it is right.</summary>
    private static List<(double Score, bool Right, bool GoldAct)> Best(IEnumerable<SideRow> rows, Weights w) =>
        [.. rows.GroupBy(r => r.Act).Select(g => g.Select(r => (Score: Score(w, r), r.Right, r.GoldAct)).MaxBy(x => x.Score))];

    public static double Score(Weights w, SideRow row)
    {
        var z = w.Bias;
        foreach (var f in row.Features)
            z += w.Features.TryGetValue(f, out var x) ? x : 0;
        return 1 / (1 + Math.Exp(-z));
    }

    public static Weights Fit(IEnumerable<SideRow> rows, double l2, int minCount) => Trainer.Fit(rows.Select(r => r.AsPrediction()), l2, minCount);

    /// <summary>The threshold whose picks gain most on held-out best candidates, or <see cref="Never"/>.</summary>
    public static double Threshold(List<(double Score, bool Right, bool GoldAct)> best, double cost)
    {
        var (threshold, gain) = (Never, 0.0);
        foreach (var t in s_thresholds)
        {
            var g = best.Count(b => b.Score >= t && b.Right) - cost * best.Count(b => b.Score >= t && !b.Right);
            if (g > gain)
                (threshold, gain) = (t, g);
        }
        return threshold;
    }

    /// <summary>The threshold chosen by leave-one-set-out over <paramref name="sets"/>: pooled held-out best candidates.</summary>
    public static double InnerThreshold(IReadOnlyList<SideSet> sets, double l2, int minCount, double cost)
    {
        var pooled = new List<(double, bool, bool)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var w = Fit(sets.Where((_, j) => j != i).SelectMany(s => s.Rows), l2, minCount);
            pooled.AddRange(Best(sets[i].Rows, w));
        }
        return Threshold(pooled, cost);
    }

    /// <summary>Leave-one-set-out: per held-out set, its threshold (inner CV) and its picks; with <paramref name="folds"/>, each fold's weights file too.</summary>
    public static string CrossValidate(IReadOnlyList<SideSet> sets, double l2, int minCount, double cost, string? folds)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("set\tacts\tright-candidate\tthreshold\tpicks\tright\twrong");
        int picks = 0, right = 0, wrong = 0, acts = 0, rightAvailable = 0;
        var pooled = new List<(double Score, bool Right, bool GoldAct)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var train = sets.Where((_, j) => j != i).ToList();
            var w = Fit(train.SelectMany(s => s.Rows), l2, minCount);
            var threshold = InnerThreshold(train, l2, minCount, cost);
            var best = Best(sets[i].Rows, w);
            pooled.AddRange(best);
            var p = best.Count(b => b.Score >= threshold);
            var r = best.Count(b => b.Score >= threshold && b.Right);
            var available = sets[i].Rows.GroupBy(x => x.Act).Count(g => g.Any(x => x.Right));
            (picks, right, wrong, acts, rightAvailable) = (picks + p, right + r, wrong + p - r, acts + best.Count, rightAvailable + available);
            text.AppendLine(string.Create(inv, $"{sets[i].Name}\t{best.Count}\t{available}\t{threshold:0.00}\t{p}\t{r}\t{p - r}"));
            if (folds is not null)
            {
                Directory.CreateDirectory(folds);
                File.WriteAllText(Path.Combine(folds, sets[i].Name + ".tsv"), WeightsFile(w, threshold, train.Select(s => s.Name), l2, minCount, cost));
            }
        }
        text.AppendLine(string.Create(inv, $"pooled\t{acts}\t{rightAvailable}\t-\t{picks}\t{right}\t{wrong}"));
        text.AppendLine("held-out best candidates by score (acts, right, with a gold act of the root):");
        for (var lo = 0.0; lo < 1; lo += 0.1)
        {
            var band = pooled.Where(b => b.Score >= lo && b.Score < lo + 0.1).ToList();
            text.AppendLine(string.Create(inv, $"  {lo:0.0}-{lo + 0.1:0.0}\t{band.Count}\t{band.Count(b => b.Right)}\t{band.Count(b => b.GoldAct)}"));
        }
        return text.ToString();
    }

    public static string WeightsFile(Weights w, double threshold, IEnumerable<string> sets, double l2, int minCount, double cost)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Parley's learned side ranker: a candidate source scores sigmoid(bias + the weights of its features); an act the rules");
        text.AppendLine("# give no source takes its best candidate when that reaches 'threshold' (src/Parley.Pipeline/Events/Learned/SideChooser.cs,");
        text.AppendLine("# features: SideFeatures.cs). Learned by tools/Parley.Calibrate sides-train (ML.NET logistic regression, right against");
        text.AppendLine(inv, $"# wrong candidates) from the CAMEO gold sets {string.Join(", ", sets)} (l2 {l2}, min-count {minCount}, cost {cost}). Regenerate:");
        text.AppendLine("#   for f in eval/cameo-news-s*.jsonl (not *-second): parley eval cameo $f --side-candidates rows/NAME.tsv");
        text.AppendLine("#   dotnet run --project tools/Parley.Calibrate -c Release -- sides-train data/patterns/sides.tsv rows/*.tsv");
        return Rows(text, w, threshold);
    }

    /// <summary>The rows of a ranker's or judge's weights file after its comment lines: header, bias, threshold, the features (the format Parley's WeightsFile reads).</summary>
    public static string Rows(StringBuilder text, Weights w, double threshold)
    {
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine("feature\tweight");
        text.AppendLine(string.Create(inv, $"bias\t{w.Bias:0.0####}"));
        text.AppendLine(string.Create(inv, $"threshold\t{threshold:0.0#}"));
        foreach (var (name, x) in w.Features.Where(kv => Math.Abs(kv.Value) >= 0.0005).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            text.AppendLine(string.Create(inv, $"{name}\t{x:0.0###}"));
        return text.ToString();
    }
}
