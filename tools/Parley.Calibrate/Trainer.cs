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
    private sealed class Example
    {
        public bool Label { get; set; }
        public float[] Features { get; set; } = [];
    }

    public static Weights Fit(IEnumerable<PredictionRow> rows, double l2, int minCount)
    {
        var labelled = rows.Where(r => r.Labelled).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in labelled)
            foreach (var f in r.Features.Distinct())
                counts[f] = counts.GetValueOrDefault(f) + 1;
        var names = counts.Where(kv => kv.Value >= minCount).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToArray();
        var index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i + 1, StringComparer.Ordinal); // slot 0 is hand
        var examples = labelled.Select(r =>
        {
            var x = new float[names.Length + 1];
            x[0] = (float)r.Hand;
            foreach (var f in r.Features)
                if (index.TryGetValue(f, out var i))
                    x[i] = 1;
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
            features[names[i]] = scale * w[i + 1];
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
