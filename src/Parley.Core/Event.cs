namespace Parley.Core;

/// <summary>PLOVER's auxiliary modes for whether an event happened.</summary>
public enum Factuality : byte { Asserted, Negated, Future, Hypothetical }

/// <summary>How an event's time was found.</summary>
public enum TimeBasis : byte
{
    /// <summary>A time expression governs the event's clause or sentence.</summary>
    Explicit,
    /// <summary>Taken from the narrative time of the document (an earlier sentence).</summary>
    Inherited,
    /// <summary>Nothing better than the publication time.</summary>
    Published,
}

/// <summary>When an event happened, how precisely, how that was found, and the text it came from (if any).</summary>
public readonly record struct EventTime(string Value, TimePrecision Precision, TimeBasis Basis, TextRange? Evidence);

/// <summary>One side of an event, resolved at the event's time.</summary>
public sealed record EventActor(
    TextRange Range,
    int Entity,
    string Name,
    ActorCode Code,
    string? KbId);

/// <summary>A coded event: who did what to whom, when, where, how sure, and from which words.</summary>
public sealed record CodedEvent(
    string Plover,
    string? Mode,
    string Cameo,
    double Goldstein,
    int Quad,
    Factuality Factuality,
    IReadOnlyList<EventActor> Source,
    IReadOnlyList<EventActor> Target,
    EventTime Time,
    Gazetted? Place,
    TextRange Trigger,
    TextRange Sentence,
    double Confidence,
    string Rule);
