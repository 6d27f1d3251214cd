using System.Globalization;
using System.Text;

namespace Parley.Calibrate;

/// <summary>
/// The event judge (docs/evaluation-cameo.md, Sides): fits the dropped acts' own rows (<c>.../act</c>, right when the sentence has
/// a gold event of the act's root) with the confidence trainer, and the side ranker on the same sets' candidates; an act takes
/// its best candidate when judge × ranker reaches a threshold chosen, as for the ranker alone, by an inner leave-one-set-out
/// (the picks' right minus <c>cost</c> times wrong is largest; none when no threshold gains). <see cref="CrossValidate"/> holds
/// each set out in turn, so neither model nor threshold has seen the set it is scored on.
/// </summary>
internal static class JudgeCalibration
{
    private static readonly double[] s_thresholds = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

    /// <summary>A set's acts (judge rows) and their candidates (ranker rows).</summary>
    public sealed record JudgeSet(string Name, IReadOnlyList<SideRow> Acts, IReadOnlyList<SideRow> Candidates);

    public static JudgeSet Read(string path)
    {
        var all = SideRows.Read(path);
        return new JudgeSet(all.Name, [.. all.Rows.Where(r => r.Act.EndsWith("/act", StringComparison.Ordinal))],
            [.. all.Rows.Where(r => r.Act.EndsWith("/source", StringComparison.Ordinal))]);
    }

    private static string Key(string act) => act[..act.LastIndexOf('/')];

    /// <summary>Each act with candidates: the judge's score, the best candidate's score, whether that candidate is right, whether the act is gold.</summary>
    private static List<(double Judge, double Ranker, bool Right, bool Gold)> Scored(JudgeSet set, Weights judge, Weights ranker)
    {
        var acts = set.Acts.ToDictionary(a => Key(a.Act), a => a);
        var result = new List<(double, double, bool, bool)>();
        foreach (var g in set.Candidates.GroupBy(r => Key(r.Act)))
        {
            var best = g.Select(r => (Score: SideCalibration.Score(ranker, r), r.Right)).MaxBy(x => x.Score);
            var act = acts[g.Key];
            result.Add((SideCalibration.Score(judge, act), best.Score, best.Right && act.Right, act.Right)); // a pick finds an event when its candidate is right and the root has a gold event the coder did not code
        }
        return result;
    }

    private static (Weights Judge, Weights Ranker) Fit(IEnumerable<JudgeSet> sets, double l2, int minCount)
    {
        var list = sets.ToList();
        return (SideCalibration.Fit(list.SelectMany(s => s.Acts), l2, minCount), SideCalibration.Fit(list.SelectMany(s => s.Candidates), l2, minCount));
    }

    public static double Threshold(List<(double Judge, double Ranker, bool Right, bool Gold)> scored, double cost)
    {
        var (threshold, gain) = (SideCalibration.Never, 0.0);
        foreach (var t in s_thresholds)
        {
            var g = scored.Count(b => b.Judge * b.Ranker >= t && b.Right) - cost * scored.Count(b => b.Judge * b.Ranker >= t && !b.Right);
            if (g > gain)
                (threshold, gain) = (t, g);
        }
        return threshold;
    }

    public static double InnerThreshold(IReadOnlyList<JudgeSet> sets, double l2, int minCount, double cost)
    {
        var pooled = new List<(double, double, bool, bool)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var (judge, ranker) = Fit(sets.Where((_, j) => j != i), l2, minCount);
            pooled.AddRange(Scored(sets[i], judge, ranker));
        }
        return Threshold(pooled, cost);
    }

    public static string CrossValidate(IReadOnlyList<JudgeSet> sets, double l2, int minCount, double cost, string? folds)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("set\tacts\tgold acts\tthreshold\tpicks\tright\twrong");
        var pooled = new List<(double Judge, double Ranker, bool Right, bool Gold)>();
        int picks = 0, right = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            var train = sets.Where((_, j) => j != i).ToList();
            var (judge, ranker) = Fit(train, l2, minCount);
            var threshold = InnerThreshold(train, l2, minCount, cost);
            var scored = Scored(sets[i], judge, ranker);
            pooled.AddRange(scored);
            var p = scored.Count(b => b.Judge * b.Ranker >= threshold);
            var r = scored.Count(b => b.Judge * b.Ranker >= threshold && b.Right);
            (picks, right) = (picks + p, right + r);
            text.AppendLine(string.Create(inv, $"{sets[i].Name}\t{scored.Count}\t{scored.Count(b => b.Gold)}\t{threshold:0.00}\t{p}\t{r}\t{p - r}"));
            if (folds is not null)
            {
                Directory.CreateDirectory(folds);
                var names = train.Select(s => s.Name).ToList();
                File.WriteAllText(Path.Combine(folds, "sides-" + sets[i].Name + ".tsv"), SideCalibration.WeightsFile(ranker, SideCalibration.Never, names, l2, minCount, cost));
                File.WriteAllText(Path.Combine(folds, "judge-" + sets[i].Name + ".tsv"), WeightsFile(judge, threshold, names, l2, minCount, cost));
            }
        }
        text.AppendLine(string.Create(inv, $"pooled\t{pooled.Count}\t{pooled.Count(b => b.Gold)}\t-\t{picks}\t{right}\t{picks - right}"));
        var auc = Auc(pooled.Select(b => (b.Judge, b.Gold)));
        text.AppendLine(string.Create(inv, $"held-out judge AUC (gold act or not): {auc:0.000}; judge x ranker AUC (best candidate right or not): {Auc(pooled.Select(b => (b.Judge * b.Ranker, b.Right))):0.000}; ranker alone: {Auc(pooled.Select(b => (b.Ranker, b.Right))):0.000}"));
        text.AppendLine("held-out acts by judge x ranker (acts, best candidate right, gold act):");
        for (var lo = 0.0; lo < 1; lo += 0.1)
        {
            var band = pooled.Where(b => b.Judge * b.Ranker >= lo && b.Judge * b.Ranker < lo + 0.1).ToList();
            text.AppendLine(string.Create(inv, $"  {lo:0.0}-{lo + 0.1:0.0}\t{band.Count}\t{band.Count(b => b.Right)}\t{band.Count(b => b.Gold)}"));
        }
        text.AppendLine("held-out acts by judge alone (acts, best candidate right, gold act):");
        for (var lo = 0.0; lo < 1; lo += 0.1)
        {
            var band = pooled.Where(b => b.Judge >= lo && b.Judge < lo + 0.1).ToList();
            text.AppendLine(string.Create(inv, $"  {lo:0.0}-{lo + 0.1:0.0}\t{band.Count}\t{band.Count(b => b.Right)}\t{band.Count(b => b.Gold)}"));
        }
        return text.ToString();
    }

    /// <summary>The chance that a positive is scored above a negative (ties count half).</summary>
    private static double Auc(IEnumerable<(double Score, bool Positive)> scored)
    {
        var list = scored.ToList();
        var pos = list.Where(p => p.Positive).Select(p => p.Score).ToList();
        var neg = list.Where(p => !p.Positive).Select(p => p.Score).ToList();
        if (pos.Count == 0 || neg.Count == 0)
            return double.NaN;
        double sum = 0;
        foreach (var a in pos)
            foreach (var b in neg)
                sum += a > b ? 1 : a == b ? 0.5 : 0;
        return sum / ((double)pos.Count * neg.Count);
    }

    /// <summary>Fits the judge on every set and writes its weights with the inner cross-validated threshold.</summary>
    public static string Train(IReadOnlyList<JudgeSet> sets, double l2, int minCount, double cost, out double threshold)
    {
        var judge = SideCalibration.Fit(sets.SelectMany(s => s.Acts), l2, minCount);
        threshold = InnerThreshold(sets, l2, minCount, cost);
        return WeightsFile(judge, threshold, sets.Select(s => s.Name), l2, minCount, cost);
    }

    public static string WeightsFile(Weights w, double threshold, IEnumerable<string> sets, double l2, int minCount, double cost)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("# Parley's learned event judge: a dropped no-source act scores sigmoid(bias + the weights of its features), the chance that");
        text.AppendLine("# it is a gold event of its root; with the side ranker, the act takes the ranker's best candidate when judge x ranker");
        text.AppendLine("# reaches 'threshold' (src/Parley.Pipeline/Events/Learned/SideChooser.cs, features: JudgeFeatures.cs). Learned by");
        text.AppendLine(inv, $"# tools/Parley.Calibrate judge-train (ML.NET logistic regression) from the CAMEO gold sets {string.Join(", ", sets)} (l2 {l2}, min-count {minCount}, cost {cost}). Regenerate:");
        text.AppendLine("#   for f in eval/cameo-news-s*.jsonl (not *-second): parley eval cameo $f --side-candidates rows/NAME.tsv");
        text.AppendLine("#   dotnet run --project tools/Parley.Calibrate -c Release -- judge-train data/patterns/judge.tsv rows/*.tsv");
        return SideCalibration.Rows(text, w, threshold);
    }
}
