using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// One event Parley coded, reduced to what CAMEO scoring compares: code, side countries, factuality (and the rule that coded
/// it, for <c>--by-rule</c>). <see cref="Background"/> is the event's background mark (history long before the story):
/// scored as any prediction, and left out of the report's "background excluded" lines.
/// </summary>
public sealed record CameoPrediction(
    string Cameo,
    IReadOnlyList<string> Source,
    IReadOnlyList<string> Target,
    Factuality Factuality,
    string Trigger,
    double Confidence,
    bool Reciprocal = false,
    IReadOnlyList<string>? Features = null,
    string? Rule = null,
    bool Background = false)
{
    public string Root => CameoCodes.Root(Cameo);

    /// <summary>Asserted and future events are predictions; negated and hypothetical ones are not.</summary>
    public bool Counts => Factuality is Factuality.Asserted or Factuality.Future;

    /// <param name="features">The event's confidence features (<c>--predictions</c>), or null.</param>
    public static CameoPrediction From(CodedEvent e, Document document, IReadOnlyList<string>? features = null) => new(
        e.Cameo, ActorCountries.Of(e.Source), ActorCountries.Of(e.Target), e.Factuality, document.TextOf(e.Trigger), e.Confidence, IsReciprocal(e), features, e.Rule, e.Background);

    /// <summary>
    /// "X and Y met": every side on both sides (docs/OUTPUT.md), told by the actors themselves, so two sides of one country
    /// ("the government and Tigrayan forces agreed") are reciprocal though their countries are one.
    /// </summary>
    public static bool IsReciprocal(CodedEvent e) =>
        e.Source.Count > 1 && e.Source.Count == e.Target.Count && e.Source.All(s => e.Target.Any(t => t.Entity == s.Entity));

    /// <summary>"JPN,USA -> CHN" (a side with no actor is "-").</summary>
    public string Dyad => $"{Side(Source)} -> {Side(Target)}";

    internal static string Side(IEnumerable<string> countries) => string.Join(",", countries) is { Length: > 0 } s ? s : "-";
}
