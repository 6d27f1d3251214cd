using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>Gold, found, predicted and false events of one CAMEO root.</summary>
public readonly record struct RootScore(int Gold, int Found, int Predicted, int False);

/// <summary>Scores of one run over CAMEO gold; <see cref="ToText"/> is the readable report.</summary>
public sealed partial class CameoReport
{
    public CameoReport(IReadOnlyList<CameoSentenceScore> sentences, CameoOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        Sentences = sentences;
        Options = options;
        var stories = new HashSet<string>(StringComparer.Ordinal);
        var roots = new SortedDictionary<string, RootScore>(StringComparer.Ordinal);
        var missed = new SortedDictionary<MissKind, int>();
        var falseKinds = new SortedDictionary<FalseKind, int>();
        var unseen = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unused = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var why = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var confusions = new SortedDictionary<(string, string), int>();
        int gold = 0, found = 0, strict = 0, byRoot = 0, predicted = 0, wrong = 0, foregroundFound = 0, foregroundPredicted = 0, foregroundWrong = 0;
        foreach (var s in sentences)
        {
            stories.Add(s.Sentence.Story);
            gold += s.Gold.Count;
            found += s.Found;
            strict += s.FoundStrictTargets;
            byRoot += s.FoundByRoot;
            predicted += s.Predictions.Count;
            wrong += s.False.Count;
            foregroundFound += s.Foreground.Found;
            foregroundPredicted += s.Foreground.Predictions.Count;
            foregroundWrong += s.Foreground.False.Count;
            FoundByIntentRule += s.FoundByIntentRule;
            MatchedDoubtful += s.MatchedDoubtful;
            SkippedDoubtful += s.SkippedDoubtful;
            Negated += s.Negated;
            Hypothetical += s.Hypothetical;
            foreach (var g in s.Gold)
                Add(roots, g.Root, new RootScore(1, 0, 0, 0));
            foreach (var m in s.Matches)
                if (m.DyadAgrees)
                    Add(roots, m.Gold.Root, new RootScore(0, 1, 0, 0));
            foreach (var p in s.Predictions)
                Add(roots, p.Root, new RootScore(0, 0, 1, 0));
            foreach (var f in s.False)
            {
                Add(roots, f.Prediction.Root, new RootScore(0, 0, 0, 1));
                falseKinds[f.Kind] = falseKinds.GetValueOrDefault(f.Kind) + 1;
            }
            foreach (var m in s.Missed)
            {
                missed[m.Kind] = missed.GetValueOrDefault(m.Kind) + 1;
                if (m.Kind == MissKind.NoEvent)
                {
                    unseen[m.Gold.Root] = unseen.GetValueOrDefault(m.Gold.Root) + 1;
                    if (m.Trigger is { } t)
                    {
                        unused[m.Gold.Root] = unused.GetValueOrDefault(m.Gold.Root) + 1;
                        var reason = t.Reason ?? CodedWhy(s, m.Gold.Root, t);
                        why[reason] = why.GetValueOrDefault(reason) + 1;
                    }
                }
                else if (m.Kind == MissKind.WrongRoot && m.Nearest is { } p)
                    confusions[(m.Gold.Root, p.Root)] = confusions.GetValueOrDefault((m.Gold.Root, p.Root)) + 1;
            }
        }
        Stories = stories.Count;
        Found = new Ratio(found, gold);
        FoundByRoot = new Ratio(byRoot, gold);
        FoundStrictTargets = new Ratio(strict, gold);
        False = new Ratio(wrong, predicted);
        FoundWithoutBackground = new Ratio(foregroundFound, gold);
        FalseWithoutBackground = new Ratio(foregroundWrong, foregroundPredicted);
        PerRoot = roots;
        Missed = missed;
        FalseByKind = falseKinds;
        NoEventByRoot = unseen;
        TriggerUnusedByRoot = unused;
        TriggerUnusedByReason = why;
        RootConfusions = confusions;
    }

    public IReadOnlyList<CameoSentenceScore> Sentences { get; }

    /// <summary>A trigger the coder did code an event from, not counted here (negated or hypothetical).</summary>
    public const string CodedNotCounted = "coded (not counted)";

    /// <summary>A trigger whose root has a counted prediction in the sentence that was paired with another gold event (the sentence has more acts of the root than were coded).</summary>
    public const string CodedSpent = "coded (spent on another gold event)";

    /// <summary>A trigger the coder read under another code (a frame or a check recoded the act).</summary>
    public const string CodedOtherRoot = "coded (as another root)";

    /// <summary>
    /// Why a trigger the coder did code left its gold event with no event: a counted prediction of the gold's root in the
    /// sentence went to another gold event; or a counted prediction was read from the trigger's words under another root;
    /// or the event was not counted (negated, hypothetical).
    /// </summary>
    private static string CodedWhy(CameoSentenceScore s, string root, CameoTrigger t)
    {
        foreach (var p in s.Predictions)
            if (p.Root == root)
                return CodedSpent;
        foreach (var p in s.Predictions)
            if (p.Trigger.Contains(t.Text, StringComparison.OrdinalIgnoreCase) || t.Text.Contains(p.Trigger, StringComparison.OrdinalIgnoreCase))
                return CodedOtherRoot;
        return CodedNotCounted;
    }

    /// <summary>Gold events missed with no event but a trigger of their root, by why the coder dropped it (<see cref="Core.UncodedReasons"/>).</summary>
    public IReadOnlyDictionary<string, int> TriggerUnusedByReason { get; }

    public CameoOptions Options { get; }

    public int Stories { get; }

    public int GoldEvents => Found.Total;

    /// <summary>Gold events paired with a prediction of the same root (or by the intent rule) whose dyad agrees.</summary>
    public Ratio Found { get; }

    /// <summary>Gold events paired with a prediction of the same root (or by the intent rule), whatever its actors.</summary>
    public Ratio FoundByRoot { get; }

    /// <summary>Of <see cref="Found"/>, the pairs whose targets agree strictly: a gold event without a target is not found by a prediction with one.</summary>
    public Ratio FoundStrictTargets { get; }

    /// <summary>Found events that needed the intent rule (gold 03/13, a future act predicted).</summary>
    public int FoundByIntentRule { get; }

    public int Predictions => False.Total;

    /// <summary>Predictions that pair with no gold event of their sentence, even by root alone.</summary>
    public Ratio False { get; }

    /// <summary>
    /// <see cref="Found"/> with the background predictions (an event whose own time ends a year or more before the story,
    /// <see cref="Core.BackgroundTime"/>) removed from the predictions before pairing: what a user of <c>--skip-background</c> gets.
    /// </summary>
    public Ratio FoundWithoutBackground { get; }

    /// <summary><see cref="False"/> with the background predictions removed from the predictions and the pairing.</summary>
    public Ratio FalseWithoutBackground { get; }

    /// <summary>Coded events not counted as predictions because they were negated or hypothetical.</summary>
    public int Negated { get; }

    public int Hypothetical { get; }

    /// <summary>With --skip-doubtful: the doubtful gold events set aside, and the predictions that paired with them.</summary>
    public int SkippedDoubtful { get; }

    public int MatchedDoubtful { get; }

    public IReadOnlyDictionary<string, RootScore> PerRoot { get; }

    public IReadOnlyDictionary<MissKind, int> Missed { get; }

    public IReadOnlyDictionary<FalseKind, int> FalseByKind { get; }

    /// <summary>Misses of kind <see cref="MissKind.NoEvent"/>, by gold root: the acts no trigger covers.</summary>
    public IReadOnlyDictionary<string, int> NoEventByRoot { get; }

    /// <summary>
    /// Misses of kind <see cref="MissKind.NoEvent"/> whose sentence held a trigger of their root, by gold root (only when
    /// the run had the coder's patterns): the trigger was there, but its actors were not found or a check dropped it.
    /// </summary>
    public IReadOnlyDictionary<string, int> TriggerUnusedByRoot { get; }

    /// <summary>Misses of kind <see cref="MissKind.WrongRoot"/>, by gold root and the root of the prediction left in the sentence.</summary>
    public IReadOnlyDictionary<(string Gold, string Predicted), int> RootConfusions { get; }

    private static void Add(SortedDictionary<string, RootScore> roots, string root, RootScore add)
    {
        var r = roots.GetValueOrDefault(root);
        roots[root] = new RootScore(r.Gold + add.Gold, r.Found + add.Found, r.Predicted + add.Predicted, r.False + add.False);
    }
}
