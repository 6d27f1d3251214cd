namespace Parley.Evaluation.Ner;

/// <summary>What went wrong with one span: missed, a false alarm, or the right span with the wrong type.</summary>
public enum NerErrorKind { Missed, FalseAlarm, WrongType }

/// <summary>One scoring error: the unit, the span's text, the gold type (or the predicted type of a false alarm), and what was predicted instead.</summary>
public sealed record NerError(string Unit, NerErrorKind Kind, string Text, string Type, string? Predicted, string Context)
{
    /// <summary>"missed  ORG  Interior Ministry  | ...Afghan Interior Ministry spokesman Tariq...".</summary>
    public override string ToString() => Kind switch
    {
        NerErrorKind.WrongType => $"type    {Type,-4} {Text}  (as {Predicted})  | {Context}",
        NerErrorKind.FalseAlarm => $"false   {Type,-4} {Text}  | {Context}",
        _ => $"missed  {Type,-4} {Text}  | {Context}",
    };

    /// <summary>Adds the errors of one unit to <paramref name="output"/>, in text order.</summary>
    public static void Collect(string unit, string text, IReadOnlyList<NerSpan> gold, HashSet<NerSpan> predicted, ICollection<NerError> output)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(output);
        var goldByRange = new Dictionary<(int, int), string>();
        foreach (var g in gold)
            goldByRange[(g.Start, g.End)] = g.Type;
        var predictedByRange = new Dictionary<(int, int), string>();
        foreach (var p in predicted)
            predictedByRange[(p.Start, p.End)] = p.Type;
        var found = new List<(int Start, NerError Error)>();
        foreach (var g in gold)
        {
            if (predicted.Contains(g))
                continue;
            var error = predictedByRange.TryGetValue((g.Start, g.End), out var other)
                ? new NerError(unit, NerErrorKind.WrongType, Slice(text, g), g.Type, other, Around(text, g))
                : new NerError(unit, NerErrorKind.Missed, Slice(text, g), g.Type, null, Around(text, g));
            found.Add((g.Start, error));
        }
        foreach (var p in predicted)
            if (!goldByRange.ContainsKey((p.Start, p.End)))
                found.Add((p.Start, new NerError(unit, NerErrorKind.FalseAlarm, Slice(text, p), p.Type, null, Around(text, p))));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach (var (_, error) in found)
            output.Add(error);
    }

    private static string Slice(string text, NerSpan s) => text[s.Start..s.End];

    private static string Around(string text, NerSpan s)
    {
        var from = Math.Max(0, s.Start - 40);
        var to = Math.Min(text.Length, s.End + 40);
        return text[from..to].Replace('\n', ' ');
    }
}
