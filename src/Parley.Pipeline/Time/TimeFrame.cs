using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>Where a time lies relative to the DCT.</summary>
public enum TimeRelation : byte { Unknown, Before, Overlaps, After }

/// <summary>
/// Reads TimeML values as calendar intervals and places them relative to the DCT: factuality uses it to tell a
/// report of the past ("met on July 4") from an announcement ("will meet on July 11").
/// </summary>
public static class TimeFrame
{
    /// <summary>Whether <paramref name="value"/> lies before, around or after the DCT day.</summary>
    public static TimeRelation Relate(string value, DateOnly dct)
    {
        switch (value)
        {
            case "PAST_REF":
                return TimeRelation.Before;
            case "PRESENT_REF":
                return TimeRelation.Overlaps;
            case "FUTURE_REF":
                return TimeRelation.After;
        }
        if (Interval(value) is not var (start, end))
            return TimeRelation.Unknown;
        return end <= dct ? TimeRelation.Before : start > dct ? TimeRelation.After : TimeRelation.Overlaps;
    }

    /// <summary>
    /// The days a calendar value covers, as a half-open interval <c>[Start, End)</c> (see <see cref="TimeValue.Period"/>).
    /// </summary>
    public static (DateOnly Start, DateOnly End)? Interval(string value) =>
        TimeValue.Period(value) is var (first, last) ? (first, last.AddDays(1)) : null;
}
