using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Parley.Calibrate;

/// <summary>A learned model: bias, the hand-set confidence's weight and one weight per feature name.</summary>
internal sealed record Weights(double Bias, double Hand, IReadOnlyDictionary<string, double> Features)
{
    public double Score(PredictionRow row)
    {
        var z = Bias + Hand * row.Hand;
        foreach (var f in row.Features)
            z += Features.TryGetValue(f, out var w) ? w : 0;
        return Math.Round(1 / (1 + Math.Exp(-z)), 2); // as Parley's ConfidenceModel rounds it
    }
}

/// <summary>
/// Fits an L2-regularised logistic regression (ML.NET L-BFGS) of right (1) against false (0) predictions over the hand-set
/// confidence and the binary features seen at least <c>minCount</c> times, and reads its weights back out.
/// </summary>
internal static class Trainer
{
    /// <summary>The features that name a rule (its id, family, suffixes, code) rather than how the event was found.</summary>
    public static readonly string[] RulePrefixes = ["rule=", "family=", "suffix=", "suffix-part=", "cameo="];

    /// <summary>
    /// The input value of a feature: <paramref name="ruleScale"/> for a rule's features (<see cref="RulePrefixes"/>), 1 for
    /// the others. A scale s under 1 is an L2 penalty 1/s² times as strong on those weights; the weights written out are
    /// multiplied by s, so Parley's dot product over present features (value 1) gives the same score.
    /// </summary>
    public static float ValueOf(string name, double ruleScale) =>
        ruleScale != 1 && RulePrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) ? (float)ruleScale : 1f;

    public static Weights Fit(IEnumerable<PredictionRow> rows, double l2, int minCount) => Fit(rows, new FitOptions(l2, minCount));

    private sealed class Example
    {
        public bool Label { get; set; }
        public float[] Features { get; set; } = [];
    }

    public static Weights Fit(IEnumerable<PredictionRow> rows, FitOptions options)
    {
        var (l2, minCount) = (options.L2, options.MinCount);
        var labelled = rows.Where(r => r.Labelled).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in labelled)
            foreach (var f in r.Features.Distinct())
                counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(kv => kv.Value >= minCount && !options.Drops(kv.Key)).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1, StringComparer.Ordinal); // slot 0 is hand
        var values = names.Select(n => ValueOf(n, options.RuleScale)).ToArray();
        var examples = labelled.Select(r =>
        {
            var x = new float[names.Length + 1];
            x[0] = (float)r.Hand;
            foreach (var f in r.Features)
                if (index.TryGetValue(f, out var i))
                    x[i] = values[i - 1];
            return new Example { Label = r.Right, Features = x };
        }).ToList();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, names.Length + 1);
        var data = ml.Data.LoadFromEnumerable(examples, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = 0,
            L2Regularization = (float)l2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
        });
        var model = trainer.Fit(data);
        var linear = model.Model.SubModel;
        var platt = model.Model.Calibrator;
        // Probability = 1 / (1 + exp(Slope * score + Offset)), score = w.x + b: fold the calibrator into the weights.
        var scale = -platt.Slope;
        var w = linear.Weights.ToArray();
        var features = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
            features[names[i]] = scale * w[i + 1] * values[i];
        var weights = new Weights(scale * linear.Bias - platt.Offset, scale * w[0], features);
        Check(ml, model, data, examples, weights, labelled);
        return weights;
    }

    /// <summary>The folded weights give ML.NET's own probabilities (to rounding).</summary>
    private static void Check(MLContext ml, ITransformer model, IDataView data, List<Example> examples, Weights weights, List<PredictionRow> rows)
    {
        var scored = ml.Data.CreateEnumerable<Scored>(model.Transform(data), reuseRowObject: false).Take(20).ToList();
        for (var i = 0; i < scored.Count; i++)
            if (Math.Abs(scored[i].Probability - weights.Score(rows[i])) > 0.011)
                throw new InvalidOperationException($"folded weights disagree with ML.NET on row {i}: {scored[i].Probability} vs {weights.Score(rows[i])}");
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }
}

/// <summary>
/// How to fit: L2 strength, the least count of a feature, the input value of a rule's features (<see cref="Trainer.ValueOf"/>)
/// and feature name prefixes left out altogether.
/// </summary>
internal sealed record FitOptions(double L2, int MinCount, double RuleScale = 1, IReadOnlyList<string>? Drop = null)
{
    public bool Drops(string name) => Drop is { } drop && drop.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"l2 {L2}, min-count {MinCount}{(RuleScale != 1 ? $", rule-scale {RuleScale}" : "")}{(Drop is { Count: > 0 } d ? $", drop {string.Join(' ', d)}" : "")}");
}
