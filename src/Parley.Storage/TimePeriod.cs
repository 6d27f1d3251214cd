using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// The calendar days a TimeML value covers, inclusive (see <see cref="TimeValue.Period"/>). Stored as
/// <c>time_from</c>/<c>time_to</c> so date filters are plain SQL.
/// </summary>
public readonly record struct TimePeriod(DateOnly From, DateOnly To)
{
    /// <summary>The period of a calendar value, or null for durations, references (<c>PAST_REF</c>) and malformed values.</summary>
    public static TimePeriod? Of(string? value) =>
        TimeValue.Period(value) is var (first, last) ? new TimePeriod(first, last) : null;
}
