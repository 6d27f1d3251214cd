namespace Parley.Storage;

/// <summary>
/// What one <see cref="EventStore.Store"/> call did. <see cref="Conflicts"/> counts articles whose id is already
/// stored with a different text: they are not stored, and a failure row says so.
/// </summary>
public readonly record struct StoreResult(int Stored, int Duplicates, int Events)
{
    public int Conflicts { get; init; }
}

/// <summary>How many rows a store holds.</summary>
public readonly record struct StoreCounts(long Articles, long Events, long Failures);

/// <summary>
/// A filter over stored events; every part that is set must match. Dates are ISO prefixes (<c>2025</c>, <c>2025-01</c>,
/// <c>2025-01-31</c>), inclusive: an event dated <c>2025-01</c> is found by Since 2025-01-15 and by Until 2025-01-01.
/// </summary>
public sealed record EventQuery
{
    /// <summary>An actor code prefix or country (<c>USA</c>, <c>USAGOV</c>), a knowledge-base id, or part of a name; either side.</summary>
    public string? Actor { get; init; }

    /// <summary>One side matches <c>A</c> and the other <c>B</c>, in either direction; each as for <see cref="Actor"/>.</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>A PLOVER type (any case) or a CAMEO code prefix (digits).</summary>
    public string? Type { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    /// <summary>Only events coded with at least this confidence (0 to 1); null or 0 keeps all.</summary>
    public double? MinConfidence { get; init; }

    /// <summary>
    /// Only events whose every actor is a party: an event with a side read from a place ("shelled villages in Kordofan":
    /// the target SDN is the scene, role <c>place</c>) is left out. Actors stored with no role (before schema version 4) count as parties.
    /// </summary>
    public bool PartiesOnly { get; init; }

    /// <summary>
    /// Leave out background events (<c>events.background</c>: their own time ends a year or more before their article was
    /// published, <see cref="Core.BackgroundTime"/>).
    /// </summary>
    public bool SkipBackground { get; init; }

    public int Limit { get; init; } = 1000;
}

/// <summary>
/// One stored event as queries return it. Actors are display strings (<c>Marco Rubio (USAGOV); Wang Yi (CHNGOV)</c>)
/// and codes joined by ';'; <see cref="SourceRoles"/> and <see cref="TargetRoles"/> give each actor's role in the same
/// order (<c>party;place</c>; an empty word for an actor stored before the store recorded roles).
/// <see cref="SentenceText"/> is cut from the stored article text; <see cref="Background"/> marks history long before the story.
/// </summary>
public sealed record EventRow(
    string ArticleId,
    string EventId,
    string Plover,
    string? Mode,
    string Cameo,
    double Goldstein,
    int Quad,
    string Factuality,
    string TimeValue,
    string TimePrecision,
    string TimeBasis,
    string? Place,
    string? PlaceCountry,
    long? PlaceGeonameId,
    string Source,
    string SourceCodes,
    string Target,
    string TargetCodes,
    string TriggerText,
    string SentenceText,
    double Confidence,
    string Rule,
    string? Url,
    string? Published,
    string SourceRoles = "",
    string TargetRoles = "")
{
    /// <summary>
    /// The event is background: its own time ends a year or more before its article was published (<see cref="Core.BackgroundTime"/>);
    /// null only if the store did not record it.
    /// </summary>
    public bool? Background { get; init; }

    /// <summary>
    /// The rule that decided the event's time (<see cref="Core.EventTime.Rule"/>, e.g. <c>time.explicit.clause.v1+time.weekday.relative</c>);
    /// null only if the store did not record it (an event stored before schema version 6).
    /// </summary>
    public string? TimeRule { get; init; }
}
