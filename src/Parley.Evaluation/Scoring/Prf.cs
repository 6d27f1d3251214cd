using System.Globalization;

namespace Parley.Evaluation.Scoring;

/// <summary>True positives, false positives and false negatives, with precision, recall and F1 (0 when undefined).</summary>
public readonly record struct Prf(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Predicted => TruePositives + FalsePositives;

    public int Gold => TruePositives + FalseNegatives;

    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    /// <summary>"P 0.750  R 0.600  F1 0.667  (tp 3, fp 1, fn 2)".</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}

/// <summary>A count out of a total, as a rate (0 when the total is 0).</summary>
public readonly record struct Ratio(int Count, int Total)
{
    public double Value => Total == 0 ? 0 : (double)Count / Total;

    public static Ratio operator +(Ratio a, Ratio b) => new(a.Count + b.Count, a.Total + b.Total);

    /// <summary>"0.667 (2/3)".</summary>
    public string Format() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Count}/{Total})");
}
