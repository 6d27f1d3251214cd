namespace Parley.Evaluation.Cameo;

/// <summary>Why a gold event was not found (root and dyad).</summary>
public enum MissKind
{
    /// <summary>Nothing in the sentence: no trigger, or the coder found no actor.</summary>
    NoEvent,
    /// <summary>An event with the gold root was coded but judged negated or hypothetical.</summary>
    Dropped,
    /// <summary>An event was coded in the sentence, with another root.</summary>
    WrongRoot,
    WrongSource,
    WrongTarget,
    WrongSourceAndTarget,
}

/// <summary>Why a prediction is false.</summary>
public enum FalseKind
{
    /// <summary>The sentence has no (scored) gold event.</summary>
    NoGoldEvent,
    /// <summary>The sentence has a gold event this prediction could have been, with another root.</summary>
    WrongRoot,
    /// <summary>Every gold event of the sentence is taken: a duplicate or an event the coder would not code.</summary>
    Extra,
}

/// <summary>A gold event paired with a prediction of its root; <see cref="DyadAgrees"/> makes it found.</summary>
public sealed record CameoMatch(CameoGoldEvent Gold, CameoPrediction Prediction, bool DyadAgrees, bool ByIntentRule);

/// <summary>A gold event not found; <see cref="Trigger"/> is a trigger of its root in the sentence when no event came of it.</summary>
public sealed record CameoMiss(CameoGoldEvent Gold, MissKind Kind, CameoPrediction? Nearest, CameoTrigger? Trigger = null);

public sealed record CameoFalse(CameoPrediction Prediction, FalseKind Kind);

/// <summary>How one gold sentence scored.</summary>
public sealed record CameoSentenceScore(
    CameoGoldSentence Sentence,
    IReadOnlyList<CameoGoldEvent> Gold,
    IReadOnlyList<CameoPrediction> Predictions,
    IReadOnlyList<CameoMatch> Matches,
    IReadOnlyList<CameoMiss> Missed,
    IReadOnlyList<CameoFalse> False,
    int MatchedDoubtful,
    int Negated,
    int Hypothetical,
    int SkippedDoubtful)
{
    /// <summary>
    /// The sentence scored without its background predictions (<see cref="CameoPrediction.Background"/>), when it has any;
    /// null when it has none (then the score is the same). <see cref="Foreground"/> gives either.
    /// </summary>
    public CameoSentenceScore? WithoutBackground { get; init; }

    /// <summary>The score with background predictions removed: <see cref="WithoutBackground"/>, or this score when there were none.</summary>
    public CameoSentenceScore Foreground => WithoutBackground ?? this;

    public int Found => Count(Matches, dyad: true);

    public int FoundByRoot => Matches.Count;

    /// <summary>Found pairs whose targets also agree strictly: a gold event without a target found by a prediction without one (<see cref="CameoMatcher.TargetStrictlyAgrees"/>).</summary>
    public int FoundStrictTargets
    {
        get
        {
            var n = 0;
            foreach (var m in Matches)
                if (m.DyadAgrees && CameoMatcher.TargetStrictlyAgrees(m.Gold, m.Prediction))
                    n++;
            return n;
        }
    }

    public int FoundByIntentRule
    {
        get
        {
            var n = 0;
            foreach (var m in Matches)
                if (m.DyadAgrees && m.ByIntentRule)
                    n++;
            return n;
        }
    }

    private static int Count(IReadOnlyList<CameoMatch> matches, bool dyad)
    {
        var n = 0;
        foreach (var m in matches)
            if (m.DyadAgrees == dyad)
                n++;
        return n;
    }
}
