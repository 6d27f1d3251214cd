using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Dates named relative to the DCT: "today", "yesterday morning", "last week", "earlier this year",
/// "the end of next month", "last Friday", "next January", "this summer", "this past week", "this past Tuesday".
/// </summary>
internal static class RelativeRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var kind = s.Kind(i);
        if (kind == LexKind.Deictic)
            return Deictic(s, i, output);
        // "over the weekend": the one the clause's tense points to.
        if (s.Is(i, "the") && s.Is(i + 1, LexKind.Weekend) && s.Is(i - 1, LexKind.Preposition))
            return Weekend(s, i, i + 1, TenseCues.Around(s, i, i + 2) is Tense.Future or Tense.Prospective ? 1 : -1, output);
        // "early", "later", "the end of", "the beginning of" in front of "this/last/next <unit>".
        var j = i;
        if (kind == LexKind.Edge)
            j = i + 1;
        else if (kind == LexKind.Article && s.Value(i) == 0 && s.Is(i + 1, LexKind.Edge) && s.Is(i + 2, "of"))
            j = i + 3;
        if (j > i && s.Is(j, "of"))
            j++;
        if (j > i + 1 && s.Is(j, "the") && s.Is(j + 1, LexKind.Unit))
            return Unit(s, i, j + 1, 0, output);
        // "this past week", "this past weekend", "this past Tuesday", "this past summer": always the one before the
        // DCT, whatever the clause's tense ("this Tuesday" alone follows the tense).
        var pastThis = s.Is(j, "this") && s.Is(j + 1, "past")
            && (s.Kind(j + 2) is LexKind.Unit or LexKind.Weekend or LexKind.Season
                || (j == i && s.Is(j + 2, LexKind.Weekday) && NamedPeriodRules.IsWeekdayName(s, j + 2))
                || (j == i && s.Is(j + 2, LexKind.Month) && s.Capitalized(j + 2)));
        if (s.Is(j, LexKind.Modifier) && s.Value(j) is >= -1 and <= 1)
        {
            var m = pastThis ? -1 : s.Value(j);
            if (pastThis)
                j++;
            return s.Kind(j + 1) switch
            {
                LexKind.Unit => Unit(s, i, j + 1, m, output),
                LexKind.Weekday when (j == i || pastThis) && NamedPeriodRules.IsWeekdayName(s, j + 1) => Weekday(s, i, j + 1, m, output),
                LexKind.Month when (j == i || pastThis) && s.Capitalized(j + 1) => Month(s, i, j + 1, m, output),
                LexKind.Season => Season(s, i, j + 1, m, output),
                LexKind.Weekend when j == i || pastThis => Weekend(s, i, j + 1, m, output),
                LexKind.PartOfDay when j == i => DayPart(s, i, j + 2, s.Dct?.AddDays(m), s.Value(j + 1), output),
                _ => -1,
            };
        }
        return -1;
    }

    private static int Deictic(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        // "USA Today", "Good Morning America": a capitalised deictic inside a name is not a time.
        if (s.Capitalized(i) && i > s.First && s.Capitalized(i - 1) && !s.Is(i - 1, LexKind.Preposition))
            return -1;
        var offset = s.Value(i);
        var day = s.Dct?.AddDays(offset == 2 ? 0 : offset);
        if (offset == 2)
            return DayPart(s, i, i + 1, day, 4, output, "time.deictic");
        if (s.Is(i + 1, LexKind.PartOfDay) && s.Word(i + 1) is not ("mornings" or "evenings" or "afternoons" or "nights"))
            return DayPart(s, i, i + 2, day, s.Value(i + 1), output, "time.deictic");
        var value = day is { } d ? Calendar.Day(d) : offset switch { 0 => "PRESENT_REF", < 0 => "PAST_REF", _ => "FUTURE_REF" };
        output.Add(s.Expression(i, i + 1, TimexType.Date, value, "time.deictic"));
        return i + 1;
    }

    /// <summary>A part of a known day: "tonight", "yesterday morning", "Friday evening" (TIME, e.g. 2025-07-11TEV).</summary>
    public static int DayPart(in TimeScan s, int first, int end, DateOnly? day, int part, ImmutableArray<TimeExpression>.Builder output, string rule = "time.relative.daypart")
    {
        var value = (day is { } d ? Calendar.Day(d) : "XXXX-XX-XX") + Calendar.PartOfDay(part);
        output.Add(s.Expression(first, end, TimexType.Time, value, rule));
        return end;
    }

    /// <summary>"this week" (2025-W28), "last month" (2025-06), "next year" (2026), "this decade", "last century".</summary>
    private static int Unit(in TimeScan s, int first, int unitToken, int direction, ImmutableArray<TimeExpression>.Builder output)
    {
        if (s.Plural(unitToken))
            return -1;
        var unit = (TimeUnit)s.Value(unitToken);
        if (unit == TimeUnit.Day)
            return -1; // "the next day" counts from the story's time, not the DCT
        string? value = null;
        if (s.Dct is { } dct)
        {
            value = unit switch
            {
                TimeUnit.Day => Calendar.Day(dct.AddDays(direction)),
                TimeUnit.Week => Calendar.Week(dct.AddDays(7 * direction)),
                TimeUnit.Month => Calendar.Month(dct.AddMonths(direction).Year, dct.AddMonths(direction).Month),
                TimeUnit.Quarter => QuarterFrom(dct, direction),
                TimeUnit.Year => Calendar.Year(dct.Year + direction),
                TimeUnit.Decade => Calendar.Year(dct.Year + 10 * direction)[..3],
                TimeUnit.Century => Calendar.Year(dct.Year + 100 * direction)[..2],
                _ => null,
            };
        }
        else if (unit is >= TimeUnit.Day and <= TimeUnit.Century)
            value = direction switch { 0 => "PRESENT_REF", < 0 => "PAST_REF", _ => "FUTURE_REF" };
        if (value is null)
            return -1;
        output.Add(s.Expression(first, unitToken + 1, TimexType.Date, value, "time.relative.unit"));
        return unitToken + 1;
    }

    private static string QuarterFrom(DateOnly dct, int direction)
    {
        var q = (dct.Month - 1) / 3 + direction;
        var year = dct.Year + (q < 0 ? -1 : q > 3 ? 1 : 0);
        return Calendar.Quarter(year, (q + 4) % 4 + 1);
    }

    /// <summary>
    /// "this weekend" (2025-W28-WE), "last weekend" (2025-W27-WE), "next weekend", "over the weekend".
    /// </summary>
    private static int Weekend(in TimeScan s, int first, int weekendToken, int direction, ImmutableArray<TimeExpression>.Builder output)
    {
        string value;
        if (s.Dct is { } dct)
        {
            // An ISO week ends with its weekend, so "this weekend" is the DCT's week; "next weekend" on a weekday
            // is the coming one, on a Saturday the one after.
            var weeks = direction < 0 ? -1 : direction > 0 && Calendar.IsoDay(dct) >= 6 ? 1 : 0;
            value = Calendar.Week(dct.AddDays(7 * weeks)) + "-WE";
        }
        else
            value = direction switch { 0 => "PRESENT_REF", < 0 => "PAST_REF", _ => "FUTURE_REF" };
        output.Add(s.Expression(first, weekendToken + 1, TimexType.Date, value, "time.weekend"));
        return weekendToken + 1;
    }

    /// <summary>"last Friday" (the one before the DCT), "next Friday", "this Friday" (on or after the DCT).</summary>
    private static int Weekday(in TimeScan s, int first, int dayToken, int direction, ImmutableArray<TimeExpression>.Builder output)
    {
        var iso = s.Value(dayToken);
        DateOnly? day = null;
        if (s.Dct is { } dct)
        {
            var d = Calendar.Weekday(dct, iso, direction < 0 ? Tense.Past : Tense.Future);
            if (d == dct && direction != 0)
                d = d.AddDays(7 * direction);
            day = d;
        }
        return WeekdayValue(s, first, dayToken, day, iso, "time.weekday.modified", output);
    }

    /// <summary>Emits a weekday's date, or a part of it when "morning/afternoon/evening/night" follows.</summary>
    public static int WeekdayValue(in TimeScan s, int first, int dayToken, DateOnly? day, int iso, string rule, ImmutableArray<TimeExpression>.Builder output)
    {
        if (s.Is(dayToken + 1, LexKind.PartOfDay))
            return DayPart(s, first, dayToken + 2, day, s.Value(dayToken + 1), output, rule);
        var value = day is { } d ? Calendar.Day(d) : "XXXX-WXX-" + (char)('0' + iso);
        output.Add(s.Expression(first, dayToken + 1, TimexType.Date, value, rule));
        return dayToken + 1;
    }

    /// <summary>"last January" (the latest one before the DCT's month), "next January", "this January" (the DCT's year).</summary>
    private static int Month(in TimeScan s, int first, int monthToken, int direction, ImmutableArray<TimeExpression>.Builder output)
    {
        var month = s.Value(monthToken);
        string value;
        if (s.Dct is { } dct)
        {
            var year = direction switch
            {
                < 0 => month < dct.Month ? dct.Year : dct.Year - 1,
                > 0 => month > dct.Month ? dct.Year : dct.Year + 1,
                _ => dct.Year,
            };
            value = Calendar.Month(year, month);
        }
        else
            value = "XXXX-" + Calendar.Month(2000, month)[5..];
        output.Add(s.Expression(first, monthToken + 1, TimexType.Date, value, "time.month.modified"));
        return monthToken + 1;
    }

    /// <summary>"this summer" (2025-SU), "last winter", "next spring".</summary>
    private static int Season(in TimeScan s, int first, int seasonToken, int direction, ImmutableArray<TimeExpression>.Builder output)
    {
        var season = s.Value(seasonToken);
        string value;
        if (s.Dct is { } dct)
        {
            var (year, current) = Calendar.SeasonOf(dct);
            // Seasons run spring(1) .. winter(4) within a TimeML year; step back or forward over the year boundary.
            if (direction < 0 && season >= current)
                year--;
            else if (direction > 0 && season <= current)
                year++;
            value = Calendar.Season(year, season);
        }
        else
            value = Calendar.Season(0, season).Replace("0000", "XXXX", StringComparison.Ordinal);
        output.Add(s.Expression(first, seasonToken + 1, TimexType.Date, value, "time.season.modified"));
        return seasonToken + 1;
    }
}
