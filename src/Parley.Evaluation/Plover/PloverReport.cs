using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Plover;

/// <summary>Scores of one run over the PLOVER gold standard; see <see cref="ToText"/> for the readable report.</summary>
public sealed partial class PloverReport
{
    public const string NoEventLabel = "(none)";

    /// <param name="triggersChecked">Whether sentences with no event were searched for a trigger of their gold type.</param>
    public PloverReport(IReadOnlyList<PloverOutcome> outcomes, bool triggersChecked = false)
    {
        Outcomes = outcomes;
        TriggersChecked = triggersChecked;
        var confusion = new Dictionary<(string, string), int>();
        var goldTypes = new SortedSet<string>(StringComparer.Ordinal);
        int correct = 0, none = 0, dyads = 0;
        Ratio same = default, either = default;
        foreach (var o in outcomes)
        {
            goldTypes.Add(o.Gold.Event);
            var predicted = o.Predicted ?? NoEventLabel;
            confusion[(o.Gold.Event, predicted)] = confusion.GetValueOrDefault((o.Gold.Event, predicted)) + 1;
            if (o.Predicted is null)
                none++;
            if (o.TypeCorrect)
            {
                correct++;
                if (DyadRight(o))
                    dyads++;
            }
            same += Found(o.Gold.Source, o.PredictedSource, []) + Found(o.Gold.Target, o.PredictedTarget, []);
            either += Found(o.Gold.Source, o.PredictedSource, o.PredictedTarget) + Found(o.Gold.Target, o.PredictedTarget, o.PredictedSource);
        }
        TypeAccuracy = new Ratio(correct, outcomes.Count);
        NoEvent = none;
        Confusion = confusion;
        ActorCountrySameSide = same;
        ActorCountryEitherSide = either;
        DyadCorrect = new Ratio(dyads, correct);
        var perType = new SortedDictionary<string, Prf>(StringComparer.Ordinal);
        foreach (var type in goldTypes)
            perType[type] = Score(type);
        PerType = perType;
        double sum = 0;
        foreach (var prf in perType.Values)
            sum += prf.F1;
        MacroF1 = perType.Count == 0 ? 0 : sum / perType.Count;
    }

    public IReadOnlyList<PloverOutcome> Outcomes { get; }

    /// <summary>Every gold source and target country is on the same side of the prediction.</summary>
    public static bool DyadRight(PloverOutcome o) => AllFound(o.Gold.Source, o.PredictedSource) && AllFound(o.Gold.Target, o.PredictedTarget);

    public int Records => Outcomes.Count;

    /// <summary>Records whose most confident event has the gold type (a record with no event counts as wrong).</summary>
    public Ratio TypeAccuracy { get; }

    /// <summary>Records for which the pipeline found no event.</summary>
    public int NoEvent { get; }

    /// <summary>Whether <see cref="PloverOutcome.UnusedTrigger"/> was looked for.</summary>
    public bool TriggersChecked { get; }

    /// <summary>Sentences with no event that held a trigger of their gold type: its actors or a check dropped it.</summary>
    public int NoEventWithTrigger => Outcomes.Count(o => o.Predicted is null && o.UnusedTrigger is not null);

    /// <summary>Precision, recall and F1 for each type present in the gold standard, by type.</summary>
    public IReadOnlyDictionary<string, Prf> PerType { get; }

    /// <summary>The mean F1 over the types present in the gold standard.</summary>
    public double MacroF1 { get; }

    /// <summary>Gold actors (both sides) whose country is among the predicted event's actors on the same side.</summary>
    public Ratio ActorCountrySameSide { get; }

    /// <summary>Gold actors whose country is among the predicted event's actors on either side.</summary>
    public Ratio ActorCountryEitherSide { get; }

    /// <summary>Among correctly typed records: every gold source and every gold target country found on its side.</summary>
    public Ratio DyadCorrect { get; }

    /// <summary>Counts by (gold type, predicted type or <see cref="NoEventLabel"/>).</summary>
    public IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion { get; }

    private Prf Score(string type)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var o in Outcomes)
        {
            var gold = o.Gold.Event == type;
            var predicted = o.Predicted == type;
            if (gold && predicted) tp++;
            else if (predicted) fp++;
            else if (gold) fn++;
        }
        return new Prf(tp, fp, fn);
    }

    private static Ratio Found(IReadOnlyList<PloverGoldActor> gold, IReadOnlyList<string> side, IReadOnlyList<string> other)
    {
        var found = 0;
        foreach (var a in gold)
            if (side.Contains(a.Country) || other.Contains(a.Country))
                found++;
        return new Ratio(found, gold.Count);
    }

    private static bool AllFound(IReadOnlyList<PloverGoldActor> gold, IReadOnlyList<string> side) =>
        Found(gold, side, []).Count == gold.Count;
}
