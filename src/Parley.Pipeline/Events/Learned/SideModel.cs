using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// The learned side ranker's weights (<c>data/patterns/sides.tsv</c>, written by <c>tools/Parley.Calibrate sides-train</c>
/// from the CAMEO gold sets): a candidate's score is sigmoid(bias + the weights of its <see cref="SideFeatures"/>), and the
/// best candidate of an act is taken when its score reaches <see cref="Threshold"/>. A file with the rows <c>bias -2</c>,
/// <c>threshold 0.5</c>, <c>pos=before 1.5</c>, <c>kind=Name 1</c> scores a name before the trigger sigmoid(0.5) = 0.62 and
/// takes it. No machine-learning library runs here: a dot product.
/// </summary>
public sealed class SideModel
{
    /// <summary>The file inside the knowledge data.</summary>
    public const string File = "patterns/sides.tsv";

    /// <summary>The event judge's file inside the knowledge data (<see cref="JudgeFeatures"/>; same format, its threshold is on judge × ranker).</summary>
    public const string JudgeFile = "patterns/judge.tsv";

    private static readonly Lazy<SideModel?> s_default = new(() =>
        KnowledgeFiles.Embedded.OpenOptional(File) is { } reader ? Load(reader, File) : null);

    private static readonly Lazy<SideModel?> s_judge = new(() =>
        KnowledgeFiles.Embedded.OpenOptional(JudgeFile) is { } reader ? Load(reader, JudgeFile) : null);

    private readonly FrozenDictionary<string, double> _weights;

    private SideModel(double bias, double threshold, FrozenDictionary<string, double> weights)
    {
        Bias = bias;
        Threshold = threshold;
        _weights = weights;
    }

    /// <summary>The embedded model, or null when the knowledge data has none.</summary>
    public static SideModel? Default => s_default.Value;

    /// <summary>The embedded event judge, or null when the knowledge data has none.</summary>
    public static SideModel? DefaultJudge => s_judge.Value;

    public double Bias { get; }

    /// <summary>The least score at which the best candidate becomes the act's side; above 1 the model never picks.</summary>
    public double Threshold { get; }

    /// <summary>How many feature weights the file lists (bias and threshold aside).</summary>
    public int Count => _weights.Count;

    public double WeightOf(string feature) => _weights.TryGetValue(feature, out var w) ? w : 0;

    /// <summary>The candidate's score, in [0, 1].</summary>
    public double Score(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias;
        foreach (var f in features)
            z += WeightOf(f);
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Reads a weights file (<see cref="WeightsFile"/>); the rows <c>bias</c> and <c>threshold</c> are required.</summary>
    public static SideModel Load(TextReader reader, string name)
    {
        var file = WeightsFile.Read(reader, name, "tools/Parley.Calibrate sides-train (docs/evaluation-cameo.md, Sides)", "bias", "threshold");
        return new SideModel(file.Named["bias"], file.Named["threshold"], file.Weights);
    }
}

/// <summary>One candidate the side ranker scored, for the training rows <c>eval cameo --side-candidates</c> writes.</summary>
/// <param name="Trigger">The act's trigger, which names the act within its document.</param>
/// <param name="Cameo">The act's code.</param>
/// <param name="Side">"source".</param>
/// <param name="Candidate">The candidate's words.</param>
/// <param name="Code">The candidate's actor code.</param>
public sealed record SideCandidate(TextRange Trigger, string Cameo, string Side, TextRange Candidate, ActorCode Code, IReadOnlyList<string> Features, double Score);

/// <summary>Collects the candidates the side ranker scores, document by document (the evaluator labels them against gold).</summary>
public sealed class SideCandidateLog
{
    private readonly List<SideCandidate> _rows = [];

    public void Add(SideCandidate row) => _rows.Add(row);

    /// <summary>The candidates logged since the last call, which are then forgotten.</summary>
    public List<SideCandidate> Drain()
    {
        var rows = new List<SideCandidate>(_rows);
        _rows.Clear();
        return rows;
    }
}
