using System.Globalization;
using System.Text;

namespace Parley.Calibrate;

/// <summary>
/// Leave-one-set-out: for each gold set, a model learned from the other sets scores its predictions; the held-out scores
/// of all sets are pooled and compared with the hand-set confidence (bands of right and false, AUC of right against
/// false), and the found and false shares are shown with the predictions under 0.2, 0.3 and 0.4 dropped.
/// </summary>
internal static class CrossValidation
{
    private static readonly double[] Edges = [0, 0.6, 0.7, 0.8, 1.0];
    private static readonly double[] Floors = [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];

    public static string Run(IReadOnlyList<PredictionSet> sets, FitOptions options) =>
        Report(sets, sets.Select(held => (IReadOnlyList<PredictionSet>)[.. sets.Where(o => o != held)]).ToList(), options);

    /// <summary>
    /// Leave-sessions-out: a model learned from <paramref name="train"/> only scores every set of <paramref name="test"/>
    /// (closer to unread text than leave-one-set-out, where sets of the same session train each other).
    /// </summary>
    public static string Split(IReadOnlyList<PredictionSet> train, IReadOnlyList<PredictionSet> test, FitOptions options) =>
        Report(test, test.Select(_ => train).ToList(), options);

    private static string Report(IReadOnlyList<PredictionSet> sets, List<IReadOnlyList<PredictionSet>> trainOf, FitOptions options)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        var pooled = new List<(PredictionRow Row, double Learned)>();
        s.AppendLine(inv, $"fit: {options}");
        s.AppendLine("held-out set  predictions  AUC hand  AUC learned");
        Weights? last = null;
        IReadOnlyList<PredictionSet>? lastTrain = null;
        for (var k = 0; k < sets.Count; k++)
        {
            var held = sets[k];
            var weights = ReferenceEquals(trainOf[k], lastTrain) && last is not null ? last : Trainer.Fit(trainOf[k].SelectMany(o => o.Rows), options);
            (last, lastTrain) = (weights, trainOf[k]);
            var scored = KeepSentenceOrder(held.Rows.Select(r => (r, weights.Score(r))).ToList());
            pooled.AddRange(scored);
            s.AppendLine(inv, $"{held.Name,-12}  {held.Rows.Count,11}  {Auc(scored.Select(p => (p.r, p.r.Hand))),8:0.000}  {Auc(scored),11:0.000}");
        }
        s.AppendLine(inv, $"{"pooled",-12}  {pooled.Count,11}  {Auc(pooled.Select(p => (p.Row, p.Row.Hand))),8:0.000}  {Auc(pooled),11:0.000}");
        s.AppendLine();
        s.AppendLine("confidence    hand: predictions  right %  false %   learned: predictions  right %  false %");
        for (var b = 0; b < Edges.Length - 1; b++)
        {
            var (lo, hi) = (Edges[b], Edges[b + 1]);
            bool In(double c) => c >= lo && (c < hi || hi >= 1.0);
            var hand = pooled.Where(p => In(p.Row.Hand)).Select(p => p.Row).ToList();
            var learned = pooled.Where(p => In(p.Learned)).Select(p => p.Row).ToList();
            var name = hi >= 1.0 ? $"{lo:0.0}-1.0" : $"{lo:0.0}-{hi:0.0}";
            s.AppendLine(inv, $"{name,-12}  {hand.Count,17}  {Share(hand, r => r.Right),7}  {Share(hand, r => r.False),7}   {learned.Count,20}  {Share(learned, r => r.Right),7}  {Share(learned, r => r.False),7}");
        }
        s.AppendLine();
        s.AppendLine("learned floor  found          false          (held-out sets pooled; a dropped right prediction loses the gold events it found)");
        var gold = sets.Sum(x => x.Gold);
        foreach (var floor in (double[])[0, .. Floors])
        {
            var kept = pooled.Where(p => p.Learned >= floor).Select(p => p.Row).ToList();
            var found = kept.Sum(r => r.Finds);
            var wrong = kept.Count(r => r.False);
            s.AppendLine(inv, $"{floor,13:0.0#}  {Pct(found, gold),6} {found,4}/{gold}  {Pct(wrong, kept.Count),6} {wrong,4}/{kept.Count}");
        }
        return s.ToString();
    }

    /// <summary>
    /// As Parley's ConfidenceModel.KeepSentenceOrder: a sentence's learned values go to its predictions in hand-set order.
    /// (Parley also orders the sentence's negated and hypothetical events, which these files leave out.)
    /// </summary>
    public static List<(PredictionRow r, double Learned)> KeepSentenceOrder(List<(PredictionRow r, double Learned)> scored)
    {
        var result = new List<(PredictionRow r, double Learned)>(scored);
        foreach (var group in Enumerable.Range(0, scored.Count).GroupBy(i => scored[i].r.Sentence))
        {
            var slots = group.ToArray();
            var values = slots.Select(i => scored[i].Learned).OrderDescending().ToArray();
            var order = slots.OrderByDescending(i => scored[i].r.Hand).ThenBy(i => i).ToArray();
            for (var j = 0; j < order.Length; j++)
                result[order[j]] = (scored[order[j]].r, values[j]);
        }
        return result;
    }

    /// <summary>The chance that a right prediction is ranked above a false one (ties count half).</summary>
    public static double Auc(IEnumerable<(PredictionRow Row, double Score)> scored)
    {
        var list = scored.Where(p => p.Row.Labelled).ToList();
        var right = list.Where(p => p.Row.Right).Select(p => p.Score).ToList();
        var wrong = list.Where(p => p.Row.False).Select(p => p.Score).ToList();
        if (right.Count == 0 || wrong.Count == 0)
            return double.NaN;
        double sum = 0;
        foreach (var r in right)
            foreach (var w in wrong)
                sum += r > w ? 1 : r == w ? 0.5 : 0;
        return sum / ((double)right.Count * wrong.Count);
    }

    private static string Share(List<PredictionRow> rows, Func<PredictionRow, bool> which) =>
        rows.Count == 0 ? "-" : (100.0 * rows.Count(which) / rows.Count).ToString("0", CultureInfo.InvariantCulture) + " %";

    private static string Pct(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
