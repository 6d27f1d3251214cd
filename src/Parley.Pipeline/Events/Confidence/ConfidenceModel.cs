using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// An event's learned confidence: a logistic regression over the event's <see cref="ConfidenceFeatures"/>, read from a
/// small TSV of weights (<c>data/patterns/confidence.tsv</c>, written by <c>tools/Parley.Calibrate</c> from the CAMEO gold
/// sets). Confidence = sigmoid(bias + hand * w_hand + the sum of the weights of the event's features); a feature the file
/// does not list weighs 0. A file of the rows <c>bias -1</c>, <c>hand 2</c>, <c>root=04 0.5</c> gives an asserted 040 with
/// hand-set confidence 0.8 the confidence sigmoid(-1 + 1.6 + 0.5) = 0.75. No machine-learning library runs here: a dot product.
/// </summary>
public sealed class ConfidenceModel
{
    /// <summary>The file inside the knowledge data.</summary>
    public const string File = "patterns/confidence.tsv";

    private static readonly Lazy<ConfidenceModel?> s_default = new(() =>
        KnowledgeFiles.Embedded.OpenOptional(File) is { } reader ? Load(reader, File) : null);

    private readonly FrozenDictionary<string, double> _weights;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ConfidenceModel(double bias, double hand, FrozenDictionary<string, double> weights)
    {
        Bias = bias;
        Hand = hand;
        _weights = weights;
        _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The embedded model, or null when the knowledge data has none (events keep their hand-set confidence).</summary>
    public static ConfidenceModel? Default => s_default.Value;

    public double Bias { get; }

    /// <summary>The weight of the hand-set confidence.</summary>
    public double Hand { get; }

    /// <summary>How many feature weights the file lists (bias and hand aside).</summary>
    public int Count => _weights.Count;

    public double WeightOf(string feature) => _weights.TryGetValue(feature, out var w) ? w : 0;

    /// <summary>The learned confidence, in [0, 1], rounded to two decimals as the output writes it.</summary>
    public double Score(IEnumerable<string> features, double handSet)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = Bias + Hand * handSet;
        foreach (var f in features)
            z += WeightOf(f);
        return Math.Round(1 / (1 + Math.Exp(-z)), 2);
    }

    /// <summary>
    /// The learned confidence of <paramref name="e"/> from its features as <paramref name="features"/> hands them over, summed
    /// straight from their spans (no feature name is built), as <see cref="Score(IEnumerable{string}, double)"/> would give.
    /// </summary>
    public double Score(ConfidenceFeatures features, CodedEvent e, SentenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(e);
        var sink = new WeightSum(_lookup, stackalloc char[128]);
        features.Visit(e, facts, ref sink);
        return Math.Round(1 / (1 + Math.Exp(-(Bias + Hand * e.Confidence + sink.Sum))), 2);
    }

    /// <summary>Adds up the weights of the features handed over, joining name and value in a buffer to look each up.</summary>
    private ref struct WeightSum(FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> lookup, Span<char> buffer) : IFeatureSink
    {
        private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _lookup = lookup;
        private readonly Span<char> _buffer = buffer;
        public double Sum;

        public void Add(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
        {
            var length = name.Length + value.Length;
            if (length > _buffer.Length)
            {
                if (_lookup.TryGetValue(string.Concat(name, value), out var joined))
                    Sum += joined;
                return;
            }
            name.CopyTo(_buffer);
            value.CopyTo(_buffer[name.Length..]);
            if (_lookup.TryGetValue(_buffer[..length], out var w))
                Sum += w;
        }
    }

    /// <summary>
    /// Gives each event a learned confidence while keeping the order the coder's hand-set confidence gives the events of
    /// one sentence: the sentence's learned values, surest first, go to its events in their hand-set order (ties in text
    /// order). The learned model says how likely an event is right; the coder's order says which act is the sentence's
    /// news (<c>MainClauseRanks</c>), which a reader or an evaluation keeping one event a sentence relies on. For two
    /// events of one sentence, hand-set 0.80 (main verb) and 0.75 (a noun in an adjunct), learned 0.40 and 0.90, the
    /// main verb gets 0.90 and the noun 0.40.
    /// </summary>
    public static void KeepSentenceOrder(List<CodedEvent> events, double[] learned)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(learned);
        var first = 0;
        while (first < events.Count)
        {
            var end = first + 1;
            while (end < events.Count && events[end].Sentence == events[first].Sentence)
                end++;
            var order = new int[end - first];
            var values = new double[end - first];
            for (var k = first; k < end; k++)
            {
                order[k - first] = k;
                values[k - first] = learned[k];
            }
            Array.Sort(order, (a, b) => events[a].Confidence != events[b].Confidence ? events[b].Confidence.CompareTo(events[a].Confidence) : a.CompareTo(b));
            Array.Sort(values, (a, b) => b.CompareTo(a));
            for (var j = 0; j < order.Length; j++)
                events[order[j]] = events[order[j]] with { Confidence = values[j] };
            first = end;
        }
    }

    /// <summary>Reads a weights file (<see cref="WeightsFile"/>); the rows <c>bias</c> and <c>hand</c> are required.</summary>
    public static ConfidenceModel Load(TextReader reader, string name)
    {
        var file = WeightsFile.Read(reader, name, "tools/Parley.Calibrate (docs/evaluation-cameo.md, Confidence)", "bias", "hand");
        return new ConfidenceModel(file.Named["bias"], file.Named["hand"], file.Weights);
    }
}
