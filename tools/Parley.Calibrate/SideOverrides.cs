using System.Globalization;
using System.Text;

namespace Parley.Calibrate;

/// <summary>
/// Whether the side ranker, learned on the acts the rules did give a source (rows <c>.../coded</c>, the rules' choice marked
/// <c>rule.pick</c>), should override them: on each held-out set, an act's best candidate replaces the rules' choice when it
/// is another actor and outscores it by a margin chosen by an inner leave-one-set-out. Counts the overrides that turn a
/// wrong source right (gain) and a right one wrong (loss).
/// </summary>
internal static class SideOverrides
{
    private static readonly double[] s_margins = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

    private static (int Gain, int Loss, int Overrides) Apply(IEnumerable<SideRow> rows, Weights w, double margin)
    {
        int gain = 0, loss = 0, n = 0;
        foreach (var act in rows.GroupBy(r => r.Act))
        {
            var scored = act.Select(r => (Row: r, Score: SideCalibration.Score(w, r))).ToList();
            var picks = scored.Where(x => x.Row.RulePick).ToList();
            if (picks.Count == 0)
                continue;
            var top = scored.MaxBy(x => x.Score);
            if (top.Row.RulePick || top.Score - picks.Max(x => x.Score) < margin)
                continue;
            n++;
            var pickRight = picks.Any(x => x.Row.Right);
            if (top.Row.Right && !pickRight)
                gain++;
            else if (!top.Row.Right && pickRight)
                loss++;
        }
        return (gain, loss, n);
    }

    private static double Margin(IReadOnlyList<SideSet> sets, double l2, int minCount)
    {
        var folds = new List<(List<SideRow> Rows, Weights W)>();
        for (var i = 0; i < sets.Count; i++)
            folds.Add(([.. sets[i].Rows], SideCalibration.Fit(sets.Where((_, j) => j != i).SelectMany(s => s.Rows), l2, minCount)));
        var (best, net) = (SideCalibration.Never, 0);
        foreach (var m in s_margins)
        {
            var total = folds.Sum(f => { var (g, l, _) = Apply(f.Rows, f.W, m); return g - l; });
            if (total > net)
                (best, net) = (m, total);
        }
        return best;
    }

    public static string CrossValidate(IReadOnlyList<SideSet> sets, double l2, int minCount)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder("set\tacts\tmargin\toverrides\tgain\tloss\n");
        int g = 0, l = 0, o = 0, acts = 0;
        var atMargin = new Dictionary<double, (int, int, int)>();
        for (var i = 0; i < sets.Count; i++)
        {
            var train = sets.Where((_, j) => j != i).ToList();
            var w = SideCalibration.Fit(train.SelectMany(s => s.Rows), l2, minCount);
            var margin = Margin(train, l2, minCount);
            var (gain, loss, n) = margin > 1 ? (0, 0, 0) : Apply(sets[i].Rows, w, margin);
            foreach (var m in s_margins)
            {
                var (a, b, c) = Apply(sets[i].Rows, w, m);
                var (x, y, z) = atMargin.GetValueOrDefault(m);
                atMargin[m] = (x + a, y + b, z + c);
            }
            var count = sets[i].Rows.Select(r => r.Act).Distinct().Count();
            (g, l, o, acts) = (g + gain, l + loss, o + n, acts + count);
            text.AppendLine(string.Create(inv, $"{sets[i].Name}\t{count}\t{margin:0.00}\t{n}\t{gain}\t{loss}"));
        }
        text.AppendLine(string.Create(inv, $"pooled\t{acts}\t-\t{o}\t{g}\t{l}"));
        text.AppendLine("held out at a fixed margin (overrides, gain, loss):");
        foreach (var (m, (a, b, c)) in atMargin)
            text.AppendLine(string.Create(inv, $"  {m:0.0}\t{c}\t{a}\t{b}"));
        return text.ToString();
    }
}
