using System.Globalization;
using System.Text;

namespace Parley.Evaluation.Time;

/// <summary>What kind of disagreement an error is.</summary>
public enum TimeEvalErrorKind : byte { Missed, Spurious, Boundary, Type, Value }

/// <summary>One disagreement between the gold and the predicted time expressions.</summary>
public sealed record TimeEvalError(TimeEvalErrorKind Kind, string Document, string GoldText, string Gold, string PredictedText, string Predicted);

/// <summary>Span precision, recall and F1 of a time tagger against TimeML gold, strict and relaxed.</summary>
public sealed record SpanScores(int Gold, int Predicted, int StrictMatches, int RelaxedMatches)
{
    public double StrictPrecision => Ratio(StrictMatches, Predicted);
    public double StrictRecall => Ratio(StrictMatches, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(RelaxedMatches, Predicted);
    public double RelaxedRecall => Ratio(RelaxedMatches, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    internal static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// The result of a TimeML evaluation: span scores, and type and value accuracy over the relaxed matches
/// (TempEval-3 style: an attribute's F1 is the relaxed F1 times its accuracy), with every error listed.
/// </summary>
public sealed record TimeEvalReport(int Documents, SpanScores Spans, int TypeCorrect, int ValueCorrect, IReadOnlyList<TimeEvalError> Errors)
{
    public double TypeAccuracy => SpanScores.Ratio(TypeCorrect, Spans.RelaxedMatches);
    public double ValueAccuracy => SpanScores.Ratio(ValueCorrect, Spans.RelaxedMatches);
    public double TypeF1 => Spans.RelaxedF1 * TypeAccuracy;
    public double ValueF1 => Spans.RelaxedF1 * ValueAccuracy;

    /// <summary>A plain-text report: the scores, then up to <paramref name="maxErrors"/> errors, one a line.</summary>
    public string ToText(int maxErrors = 200)
    {
        var inv = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.AppendLine(inv, $"TimeML evaluation: {Documents} documents, {Spans.Gold} gold and {Spans.Predicted} predicted expressions");
        s.AppendLine(inv, $"  strict   P {Spans.StrictPrecision:F3}  R {Spans.StrictRecall:F3}  F1 {Spans.StrictF1:F3}  ({Spans.StrictMatches} exact spans)");
        s.AppendLine(inv, $"  relaxed  P {Spans.RelaxedPrecision:F3}  R {Spans.RelaxedRecall:F3}  F1 {Spans.RelaxedF1:F3}  ({Spans.RelaxedMatches} overlapping spans)");
        s.AppendLine(inv, $"  type     accuracy {TypeAccuracy:F3}  F1 {TypeF1:F3}");
        s.AppendLine(inv, $"  value    accuracy {ValueAccuracy:F3}  F1 {ValueF1:F3}");
        s.AppendLine(inv, $"Errors ({Errors.Count}{(Errors.Count > maxErrors ? $", first {maxErrors}" : "")}):");
        for (var i = 0; i < Errors.Count && i < maxErrors; i++)
        {
            var e = Errors[i];
            s.AppendLine(inv, $"  {e.Kind,-8} {e.Document}: gold \"{e.GoldText}\" {e.Gold} | predicted \"{e.PredictedText}\" {e.Predicted}");
        }
        return s.ToString();
    }
}
