using Parley.Evaluation.Plover;

namespace Parley.Evaluation.Cameo;

/// <summary>How the gold coder judged an event: happened, scheduled, or an actor's stated intention.</summary>
public enum GoldFactuality { Asserted, Future, Intent }

/// <summary>One gold event of a sentence: its CAMEO code, both sides (target may be empty), trigger and note.</summary>
public sealed record CameoGoldEvent(
    string Cameo,
    IReadOnlyList<PloverGoldActor> Source,
    IReadOnlyList<PloverGoldActor> Target,
    string Trigger,
    GoldFactuality Factuality,
    string? Note)
{
    public const string DoubtfulPrefix = "doubtful:";

    public string Root => CameoCodes.Root(Cameo);

    /// <summary>The annotator was unsure this is an event (the note starts "doubtful:").</summary>
    public bool Doubtful => Note is not null && Note.StartsWith(DoubtfulPrefix, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One gold line: a body sentence of a story, with every event coded in it (possibly none).</summary>
public sealed record CameoGoldSentence(
    string Id,
    string Story,
    DateOnly Published,
    int N,
    string Text,
    IReadOnlyList<CameoGoldEvent> Events,
    int Line);
