using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Plover;

/// <summary>What the pipeline made of one gold sentence: its most confident event, or none.</summary>
public sealed record PloverOutcome(
    PloverGoldRecord Gold,
    string? Predicted,
    IReadOnlyList<string> PredictedSource,
    IReadOnlyList<string> PredictedTarget)
{
    public bool TypeCorrect => Predicted == Gold.Event;
}

/// <summary>
/// Scores event typing and actor countries against the PLOVER gold standard: each record is one sentence, run as
/// its own article dated by the record; the prediction is the event with the highest confidence.
/// </summary>
public static class PloverEvaluation
{
    public static PloverReport Evaluate(string path, Func<Article, Document> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outcomes = new List<PloverOutcome>();
        foreach (var gold in PloverGold.Read(path))
        {
            var article = ArticleFactory.Create(gold.Id, gold.Text, gold.Date, $"{path}#{gold.Id}");
            outcomes.Add(Predict(gold, ArticleFactory.Run(run, article)));
        }
        return new PloverReport(outcomes);
    }

    public static PloverOutcome Predict(PloverGoldRecord gold, Document document)
    {
        CodedEvent? best = null;
        foreach (var e in document.Events)
            if (best is null || e.Confidence > best.Confidence)
                best = e;
        return best is null
            ? new PloverOutcome(gold, null, [], [])
            : new PloverOutcome(gold, best.Plover.ToUpperInvariant(), ActorCountries.Of(best.Source), ActorCountries.Of(best.Target));
    }
}
