using System.Globalization;

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
    /// The days a calendar value covers, as a half-open interval <c>[Start, End)</c>: "2025" is the whole year,
    /// "2025-W28" its ISO week, "199" the 1990s. Null for durations, sets, references and values with X.
    /// </summary>
    public static (DateOnly Start, DateOnly End)? Interval(string value)
    {
        var v = value.AsSpan();
        if (v.Length >= 10 && v[4] == '-' && v[7] == '-' && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (day, day.AddDays(1));
        if (v.Length is 2 or 3 or 4 && IsDigits(v))
        {
            var n = int.Parse(v, CultureInfo.InvariantCulture);
            var (first, years) = v.Length switch { 2 => (n * 100, 100), 3 => (n * 10, 10), _ => (n, 1) };
            return first < 1 ? null : (new DateOnly(first, 1, 1), new DateOnly(Math.Min(first + years, 9999), 1, 1));
        }
        if (v.Length < 7 || v[4] != '-' || !IsDigits(v[..4]))
            return null;
        var year = int.Parse(v[..4], CultureInfo.InvariantCulture);
        if (year < 1 || year > 9998)
            return null;
        var rest = v[5..];
        if (rest.Length == 6 && rest[0] == 'W' && rest[3..] is "-WE" && Interval(value[..^3]) is var (mon, _))
            return (mon.AddDays(5), mon.AddDays(7));
        if (rest.Length == 2 && IsDigits(rest) && int.Parse(rest, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12)
            return (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1));
        if (rest.Length == 3 && rest[0] == 'W' && IsDigits(rest[1..]) && int.Parse(rest[1..], CultureInfo.InvariantCulture) is var week and >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
            return (monday, monday.AddDays(7));
        }
        if (rest.Length == 2 && rest[0] is 'Q' or 'H' && rest[1] is >= '1' and <= '4')
        {
            var months = rest[0] == 'Q' ? 3 : 6;
            var index = rest[1] - '1';
            if (rest[0] == 'H' && index > 1)
                return null;
            var start = new DateOnly(year, 1 + index * months, 1);
            return (start, start.AddMonths(months));
        }
        var season = rest switch { "SP" => 3, "SU" => 6, "FA" => 9, "WI" => 12, _ => 0 };
        if (season == 0)
            return null;
        var from = new DateOnly(year, season, 1);
        return (from, from.AddMonths(3));
    }

    private static bool IsDigits(ReadOnlySpan<char> v)
    {
        foreach (var c in v)
            if (!char.IsAsciiDigit(c))
                return false;
        return v.Length > 0;
    }
}
