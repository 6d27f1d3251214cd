namespace Parley.Core;

/// <summary>TIMEX3 types.</summary>
public enum TimexType : byte { Date, Time, Duration, Set }

/// <summary>How precisely a time value is known, coarsest last.</summary>
public enum TimePrecision : byte { Minute, Hour, Day, Week, Month, Season, Quarter, Year, Decade, Century, Unknown }

/// <summary>
/// A time expression found in the text, with its TimeML value (e.g. <c>2025-07-11</c>, <c>2025-01</c>,
/// <c>P3D</c>, <c>PAST_REF</c>) and the rule that produced it.
/// </summary>
public readonly record struct TimeExpression(int Start, int End, TimexType Type, string Value, string Rule)
{
    public TextRange Range => new(Start, End);

    /// <summary>True when the value names a point or period on the calendar (not a duration, set or reference).</summary>
    public bool IsCalendar => Type is TimexType.Date or TimexType.Time && TimeValue.PrecisionOf(Value) != TimePrecision.Unknown;
}
