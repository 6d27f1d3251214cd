using Parley.Core;
using Parley.Evaluation.Scoring;

namespace Parley.Evaluation.Cameo;

/// <summary>
/// Scores one sentence: gold events and predictions are paired one to one, best pair first, in two rounds: first
/// pairs whose root and dyad agree (found), then pairs whose root alone agrees (found by root). A gold 03 (13) may be
/// paired with a future cooperative (hostile) act instead: Parley codes "will send aid" as the act, marked future.
/// Predictions left over are false; with <c>skipDoubtful</c>, doubtful gold is set aside and the predictions of its
/// root are neither right nor false.
/// A reciprocal act is one event with both directions: Parley lists every side of "X and Y met" in both source and
/// target (docs/OUTPUT.md), while a coder may write it as two directed events, X -> Y and Y -> X, or as one with both
/// sides. So a reciprocal prediction found in the first round also finds the mirrored gold event of its root (also when
/// both sides are of one country, "the government and the rebels agreed", which a coder writes twice as X -> X), and a
/// directed prediction that mirrors one already found in a two-sided gold event is neither right nor false.
/// </summary>
public static class CameoMatcher
{
    /// <param name="triggers">The pattern triggers of the sentence, or null: with them, a miss with no event names the trigger of its root.</param>
    public static CameoSentenceScore Score(CameoGoldSentence sentence, IReadOnlyList<CameoPrediction> events, bool skipDoubtful, IReadOnlyList<CameoTrigger>? triggers = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(events);
        var gold = new List<CameoGoldEvent>();
        var doubtful = new List<CameoGoldEvent>();
        foreach (var g in sentence.Events)
            (skipDoubtful && g.Doubtful ? doubtful : gold).Add(g);
        var predictions = new List<CameoPrediction>();
        var dropped = new List<CameoPrediction>();
        foreach (var p in events)
            (p.Counts ? predictions : dropped).Add(p);

        var goldTaken = new CameoMatch?[gold.Count];
        var taken = new bool[predictions.Count];
        var matches = new List<CameoMatch>();
        Pair(gold, predictions, goldTaken, taken, requireDyad: true, matches);
        Mirror(gold, predictions, goldTaken, taken, matches);
        Split(gold, goldTaken, matches);
        Pair(gold, predictions, goldTaken, taken, requireDyad: false, matches);
        var neutral = new List<CameoMatch>();
        Pair(doubtful, predictions, new CameoMatch?[doubtful.Count], taken, requireDyad: false, neutral);

        var leftover = new List<CameoPrediction>();
        var counted = new List<CameoPrediction>();
        for (var i = 0; i < predictions.Count; i++)
        {
            if (!taken[i])
                leftover.Add(predictions[i]);
            if (!neutral.Exists(m => ReferenceEquals(m.Prediction, predictions[i])))
                counted.Add(predictions[i]);
        }

        var missed = new List<CameoMiss>();
        var unmatchedByRoot = false;
        for (var i = 0; i < gold.Count; i++)
        {
            if (goldTaken[i] is { DyadAgrees: true })
                continue;
            if (goldTaken[i] is { } m)
                missed.Add(new CameoMiss(gold[i], SideKind(gold[i], m.Prediction), m.Prediction));
            else
            {
                unmatchedByRoot = true;
                missed.Add(Unmatched(gold[i], dropped, leftover, triggers));
            }
        }
        var falses = new List<CameoFalse>(leftover.Count);
        foreach (var p in leftover)
            falses.Add(new CameoFalse(p, gold.Count == 0 ? FalseKind.NoGoldEvent : unmatchedByRoot ? FalseKind.WrongRoot : FalseKind.Extra));

        var score = new CameoSentenceScore(sentence, gold, counted, matches, missed, falses, neutral.Count,
            dropped.Count(p => p.Factuality == Factuality.Negated), dropped.Count(p => p.Factuality == Factuality.Hypothetical), doubtful.Count);
        // The same sentence scored as if the background events (CodedEvent.Background) had not been coded: removed from
        // both the predictions and the pairing, so a gold event they took may be found by another (the report's "background excluded").
        if (events.Any(p => p.Background))
            score = score with { WithoutBackground = Score(sentence, [.. events.Where(p => !p.Background)], skipDoubtful, triggers) };
        return score;
    }

    public static bool SourceAgrees(CameoGoldEvent gold, CameoPrediction p) => Intersects(gold.Source, p.Source);

    /// <summary>A gold event without a target accepts any predicted target.</summary>
    public static bool TargetAgrees(CameoGoldEvent gold, CameoPrediction p) => gold.Target.Count == 0 || Intersects(gold.Target, p.Target);

    /// <summary>
    /// The strict view of a found pair: a gold event without a target wants a prediction without one ("Iran warned of
    /// consequences", gold [], is not found strictly by a prediction that names Israel as the target). The pairing is
    /// the same; only the count of found pairs changes (<see cref="CameoSentenceScore.FoundStrictTargets"/>).
    /// </summary>
    public static bool TargetStrictlyAgrees(CameoGoldEvent gold, CameoPrediction p) => TargetAgrees(gold, p) && (gold.Target.Count == 0) == (p.Target.Count == 0);

    /// <summary>Same root, or a gold intent (03) or threat (13) and a future act of the kind intended.</summary>
    public static bool RootAgrees(CameoGoldEvent gold, CameoPrediction p, out bool byIntentRule)
    {
        byIntentRule = false;
        if (gold.Root == p.Root)
            return true;
        byIntentRule = p.Factuality == Factuality.Future && CameoCodes.IntendedBy(gold.Root, p.Root);
        return byIntentRule;
    }

    /// <summary>Greedy one-to-one pairing, best candidate pair first (see <see cref="Rank"/>).</summary>
    private static void Pair(List<CameoGoldEvent> gold, List<CameoPrediction> predictions, CameoMatch?[] goldTaken, bool[] taken, bool requireDyad, List<CameoMatch> matches)
    {
        var candidates = new List<(int Gold, int Prediction, int Rank, double Confidence)>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (goldTaken[g] is not null)
                continue;
            for (var p = 0; p < predictions.Count; p++)
            {
                if (taken[p] || !RootAgrees(gold[g], predictions[p], out var intent))
                    continue;
                var dyad = SourceAgrees(gold[g], predictions[p]) && TargetAgrees(gold[g], predictions[p]);
                if (requireDyad && !dyad)
                    continue;
                candidates.Add((g, p, Rank(gold[g], predictions[p], intent), predictions[p].Confidence));
            }
        }
        // Best first; ties go to the earlier gold event and the earlier prediction, so results do not depend on the sort.
        candidates.Sort((a, b) => a.Rank != b.Rank ? b.Rank.CompareTo(a.Rank)
            : a.Confidence != b.Confidence ? b.Confidence.CompareTo(a.Confidence)
            : a.Gold != b.Gold ? a.Gold.CompareTo(b.Gold) : a.Prediction.CompareTo(b.Prediction));
        foreach (var (g, p, _, _) in candidates)
        {
            if (goldTaken[g] is not null || taken[p])
                continue;
            RootAgrees(gold[g], predictions[p], out var intent);
            var match = new CameoMatch(gold[g], predictions[p], SourceAgrees(gold[g], predictions[p]) && TargetAgrees(gold[g], predictions[p]), intent);
            goldTaken[g] = match;
            taken[p] = true;
            matches.Add(match);
        }
    }

    /// <summary>
    /// The other direction of a reciprocal act. A gold event still open is found by a reciprocal prediction (its sides
    /// the same countries in source and target) that was paired in the first round with the same root and the opposite
    /// direction; a prediction still open is set aside, neither right nor false, when a two-sided gold event of its
    /// root was found and its dyad lies within that event's sides.
    /// </summary>
    private static void Mirror(List<CameoGoldEvent> gold, List<CameoPrediction> predictions, CameoMatch?[] goldTaken, bool[] taken, List<CameoMatch> matches)
    {
        var firstRound = matches.ToArray();
        for (var pass = 0; pass < 2; pass++) // the very same code first, then the root
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldTaken[g] is not null)
                    continue;
                foreach (var m in firstRound)
                {
                    if (!m.DyadAgrees || m.ByIntentRule || !(m.Prediction.Reciprocal || BothWays(m.Prediction.Source, m.Prediction.Target)) || m.Gold.Root != gold[g].Root
                        || !(Mirrored(m.Gold, gold[g]) || m.Prediction.Reciprocal && DomesticTwin(m.Gold, gold[g])) || !SourceAgrees(gold[g], m.Prediction) || !TargetAgrees(gold[g], m.Prediction)
                        || pass == 0 && gold[g].Cameo != m.Prediction.Cameo
                        || matches.Exists(x => ReferenceEquals(x.Prediction, m.Prediction) && !ReferenceEquals(x, m)))
                        continue; // one act each way: a reciprocal prediction finds one mirrored event at most
                    var match = new CameoMatch(gold[g], m.Prediction, DyadAgrees: true, ByIntentRule: false);
                    goldTaken[g] = match;
                    matches.Add(match);
                    break;
                }
            }
        }
        for (var p = 0; p < predictions.Count; p++)
        {
            if (taken[p])
                continue;
            foreach (var m in firstRound)
            {
                var sides = ActorCountries.Of(m.Gold.Source);
                if (m.DyadAgrees && !m.ByIntentRule && BothWays(sides, ActorCountries.Of(m.Gold.Target)) && predictions[p].Root == m.Gold.Root
                    && predictions[p].Counts && Within(predictions[p].Source, sides) && Within(predictions[p].Target, sides)
                    && !ReferenceEquals(predictions[p], m.Prediction))
                {
                    taken[p] = true;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Coordinated sides: "the United States and China both called for restraint" is one prediction with two sources
    /// and, for a coder, two acts (CAMEO codes each actor of a coordinated side, as PETRARCH does). A prediction found in
    /// the first round also finds a gold event still open of its root (the very same code first) whose sides agree and
    /// that adds a country of the prediction's sides no event it found had; an act repeated with the same sides is not
    /// found twice.
    /// </summary>
    private static void Split(List<CameoGoldEvent> gold, CameoMatch?[] goldTaken, List<CameoMatch> matches)
    {
        var found = matches.Where(m => m.DyadAgrees && !m.ByIntentRule).ToArray();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldTaken[g] is not null)
                    continue;
                foreach (var m in found)
                {
                    var p = m.Prediction;
                    if (p.Source.Count + p.Target.Count < 3 || gold[g].Root != p.Root || pass == 0 && gold[g].Cameo != p.Cameo
                        || !SourceAgrees(gold[g], p) || !TargetAgrees(gold[g], p) || !AddsSide(gold[g], p, matches))
                        continue;
                    var match = new CameoMatch(gold[g], p, DyadAgrees: true, ByIntentRule: false);
                    goldTaken[g] = match;
                    matches.Add(match);
                    break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="gold"/> names a country of the prediction's sides that no gold event it found names on that side.</summary>
    private static bool AddsSide(CameoGoldEvent gold, CameoPrediction p, List<CameoMatch> matches)
    {
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in matches)
            if (ReferenceEquals(m.Prediction, p))
            {
                sources.UnionWith(ActorCountries.Of(m.Gold.Source));
                targets.UnionWith(ActorCountries.Of(m.Gold.Target));
            }
        return ActorCountries.Of(gold.Source).Any(c => p.Source.Contains(c) && !sources.Contains(c))
            || ActorCountries.Of(gold.Target).Any(c => p.Target.Contains(c) && !targets.Contains(c));
    }

    /// <summary>Two or more countries, the same on both sides: "X and Y met" with X and Y in source and target.</summary>
    internal static bool BothWays(IReadOnlyList<string> source, IReadOnlyList<string> target) =>
        source.Count >= 2 && source.Count == target.Count && source.All(target.Contains);

    /// <summary>The second event runs the other way: its source is among the first's targets and its target among its sources.</summary>
    private static bool Mirrored(CameoGoldEvent first, CameoGoldEvent second)
    {
        var firstSource = ActorCountries.Of(first.Source);
        var firstTarget = ActorCountries.Of(first.Target);
        var source = ActorCountries.Of(second.Source);
        var target = ActorCountries.Of(second.Target);
        return source.Count > 0 && target.Count > 0 && !source.SequenceEqual(firstSource)
            && source.All(firstTarget.Contains) && target.All(firstSource.Contains);
    }

    /// <summary>"The government and the rebels agreed", coded twice as X -> X: the second is the first's other direction.</summary>
    private static bool DomesticTwin(CameoGoldEvent first, CameoGoldEvent second)
    {
        var source = ActorCountries.Of(second.Source);
        return source.Count > 0 && source.SequenceEqual(ActorCountries.Of(second.Target))
            && source.SequenceEqual(ActorCountries.Of(first.Source)) && source.SequenceEqual(ActorCountries.Of(first.Target));
    }

    private static bool Within(IReadOnlyList<string> countries, IReadOnlyList<string> sides) => countries.Count > 0 && countries.All(sides.Contains);

    /// <summary>
    /// Same root before the intent rule, then agreeing source, then a target that is named and agrees before one the
    /// gold leaves open (so an open gold target does not take the prediction a named one needs), then the very same code.
    /// </summary>
    private static int Rank(CameoGoldEvent gold, CameoPrediction p, bool intent) =>
        (intent ? 0 : 16) + (SourceAgrees(gold, p) ? 8 : 0) + (gold.Target.Count > 0 && TargetAgrees(gold, p) ? 4 : TargetAgrees(gold, p) ? 2 : 0)
        + (gold.Cameo == p.Cameo ? 1 : 0);

    private static MissKind SideKind(CameoGoldEvent gold, CameoPrediction p) => (SourceAgrees(gold, p), TargetAgrees(gold, p)) switch
    {
        (false, false) => MissKind.WrongSourceAndTarget,
        (false, _) => MissKind.WrongSource,
        _ => MissKind.WrongTarget,
    };

    /// <summary>No prediction of its root: dropped as negated or hypothetical, outcoded by another root, or not seen at all.</summary>
    private static CameoMiss Unmatched(CameoGoldEvent gold, List<CameoPrediction> dropped, List<CameoPrediction> leftover, IReadOnlyList<CameoTrigger>? triggers)
    {
        foreach (var p in dropped)
            if (RootAgrees(gold, p, out _))
                return new CameoMiss(gold, MissKind.Dropped, p);
        CameoPrediction? nearest = null;
        foreach (var p in leftover)
            if (nearest is null || SourceAgrees(gold, p) && !SourceAgrees(gold, nearest))
                nearest = p;
        return nearest is null ? new CameoMiss(gold, MissKind.NoEvent, null, CameoTriggers.OfRoot(triggers, gold.Root)) : new CameoMiss(gold, MissKind.WrongRoot, nearest);
    }

    private static bool Intersects(IReadOnlyList<Plover.PloverGoldActor> gold, IReadOnlyList<string> predicted)
    {
        foreach (var a in gold)
            if (predicted.Contains(a.Country))
                return true;
        return false;
    }
}
