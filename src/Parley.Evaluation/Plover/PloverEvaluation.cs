using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Plover;

/// <summary>
/// What the pipeline made of one gold sentence: its most confident event, or none; with none, <see cref="UnusedTrigger"/>
/// names a trigger of the gold type the sentence held (its rule id), when the evaluation had the coder's patterns, and
/// <see cref="UnusedWhy"/> why the coder dropped it (<see cref="UncodedReasons"/>).
/// </summary>
public sealed record PloverOutcome(
    PloverGoldRecord Gold,
    string? Predicted,
    IReadOnlyList<string> PredictedSource,
    IReadOnlyList<string> PredictedTarget,
    string? UnusedTrigger = null,
    string? UnusedWhy = null)
{
    public bool TypeCorrect => Predicted == Gold.Event;
}

/// <summary>
/// Scores event typing and actor countries against the PLOVER gold standard: each record is one sentence, run as
/// its own article dated by the record; the prediction is the event with the highest confidence that is not negated (a
/// negated event says the act did not happen, and the CAMEO evaluation does not count one either).
/// </summary>
public static class PloverEvaluation
{
    /// <param name="triggers">The coder's patterns, or null: with them, a sentence with no event says whether a trigger of its gold type was there.</param>
    public static PloverReport Evaluate(string path, Func<Article, Document> run, Pipeline.Events.TriggerFinder? triggers = null)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = new List<PloverOutcome>();
        foreach (var gold in PloverGold.Read(path))
        {
            var article = ArticleFactory.Create(gold.Id, gold.Text, gold.Date, $"{path}#{gold.Id}");
            var document = ArticleFactory.Run(run, article);
            var outcome = Predict(gold, document);
            if (outcome.Predicted is null && triggers is not null)
            {
                var (rule, why) = TriggerOf(document, gold.Event, triggers);
                outcome = outcome with { UnusedTrigger = rule, UnusedWhy = why };
            }
            outcomes.Add(outcome);
        }
        return new PloverReport(outcomes, triggers is not null);
    }

    /// <summary>The rule id of the first trigger of PLOVER type <paramref name="type"/> in the document and why it coded nothing, or nulls.</summary>
    private static (string? Rule, string? Why) TriggerOf(Document document, string type, Pipeline.Events.TriggerFinder triggers)
    {
        foreach (var m in PatternTriggers.In(document, triggers))
            if (string.Equals(m.Pattern.Plover, type, StringComparison.OrdinalIgnoreCase))
                return (m.Pattern.Id, PatternTriggers.WhyUncoded(document, m));
        return (null, null);
    }

    public static PloverOutcome Predict(PloverGoldRecord gold, Document document)
    {
        CodedEvent? best = null;
        foreach (var e in document.Events)
            if (e.Factuality != Parley.Core.Factuality.Negated && (best is null || e.Confidence > best.Confidence))
                best = e;
        return best is null
            ? new PloverOutcome(gold, null, [], [])
            : new PloverOutcome(gold, best.Plover.ToUpperInvariant(), ActorCountries.Of(best.Source), ActorCountries.Of(best.Target));
    }
}
