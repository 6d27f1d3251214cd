using System.Globalization;
using System.Text;

namespace Parley.Evaluation.Cameo;

/// <summary>Predictions of one confidence band: how many, how many found a gold event (root + dyad), how many are false.</summary>
public readonly record struct ConfidenceBand(double From, double To, int Predictions, int Right, int False);

/// <summary>
/// Whether an event's confidence ranks it: counted predictions grouped in bands of confidence, each with its share of
/// right (root and dyad agree with a gold event) and false (no gold event of that root) predictions. A user picks a
/// threshold from this table; a confidence that ranks nothing shows the same shares in every band.
/// </summary>
public static class CameoConfidence
{
    /// <summary>Band edges: [0, 0.6), [0.6, 0.7), [0.7, 0.8), [0.8, 1].</summary>
    public static readonly double[] Edges = [0, 0.6, 0.7, 0.8, 1.0];

    public static IReadOnlyList<ConfidenceBand> Bands(IEnumerable<CameoSentenceScore> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var bands = new (int Predictions, int Right, int False)[Edges.Length - 1];
        foreach (var s in sentences)
        {
            foreach (var p in s.Predictions)
                bands[BandOf(p.Confidence)].Predictions++;
            var right = new HashSet<CameoPrediction>(ReferenceEqualityComparer.Instance);
            foreach (var m in s.Matches)
                if (m.DyadAgrees && right.Add(m.Prediction)) // a reciprocal prediction finding both directions is one right prediction
                    bands[BandOf(m.Prediction.Confidence)].Right++;
            foreach (var f in s.False)
                bands[BandOf(f.Prediction.Confidence)].False++;
        }
        var result = new ConfidenceBand[bands.Length];
        for (var b = 0; b < bands.Length; b++)
            result[b] = new ConfidenceBand(Edges[b], Edges[b + 1], bands[b].Predictions, bands[b].Right, bands[b].False);
        return result;
    }

    /// <summary>The index of the band <paramref name="confidence"/> falls in.</summary>
    public static int BandOf(double confidence)
    {
        for (var b = Edges.Length - 2; b > 0; b--)
            if (confidence >= Edges[b])
                return b;
        return 0;
    }

    internal static void Append(StringBuilder s, IReadOnlyList<ConfidenceBand> bands)
    {
        var inv = CultureInfo.InvariantCulture;
        s.AppendLine();
        s.AppendLine("confidence    predictions  right  false  right %  false %");
        foreach (var b in bands)
        {
            var name = b.To >= 1.0 ? $"{b.From:0.0}-1.0" : $"{b.From:0.0}-{b.To:0.0}";
            s.AppendLine(inv, $"{name,-12}  {b.Predictions,11}  {b.Right,5}  {b.False,5}  {Share(b.Right, b.Predictions),7}  {Share(b.False, b.Predictions),7}");
        }
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0", CultureInfo.InvariantCulture) + " %";
}
