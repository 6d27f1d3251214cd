namespace Parley.Core;

/// <summary>
/// Whether an event is background: its own time (the days its TimeML value covers, <see cref="TimeValue.Period"/>) ends
/// at least <c>days</c> days before the article's publication date. Invented example: in a story published 2025-03-02,
/// "In 2019 the EU imposed sanctions on Belarus" has the time 2019 (ending 2019-12-31, over five years before): background;
/// "the EU imposed sanctions on Friday" (2025-02-28) is not. An event with no calendar time (<c>PAST_REF</c>, a duration)
/// or a story with no publication date is never background. CAMEO annotation leaves distant history uncoded; the coder
/// codes it (an analyst may want it) and marks it, so a reader can drop it (<c>parley extract --skip-background</c>).
/// </summary>
public static class BackgroundTime
{
    /// <summary>The default distance: an event whose time ends a year or more before publication is background.</summary>
    public const int DefaultDays = 365;

    public static bool Is(EventTime time, DateOnly? published, int days = DefaultDays)
    {
        if (published is not { } dct || TimeValue.Period(time.Value) is not { } period)
            return false;
        return dct.DayNumber - period.Last.DayNumber >= days;
    }
}
