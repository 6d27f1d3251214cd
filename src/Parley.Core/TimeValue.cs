namespace Parley.Core;

/// <summary>Helpers for TimeML value strings.</summary>
public static class TimeValue
{
    /// <summary>The precision of a calendar value: <c>2025</c> is a year, <c>2025-07</c> a month, <c>2025-W28</c> a week.</summary>
    public static TimePrecision PrecisionOf(string value)
    {
        var v = value.AsSpan();
        if (v.Length == 0 || !char.IsAsciiDigit(v[0]))
            return TimePrecision.Unknown;
        if (v.Length == 2 && char.IsAsciiDigit(v[1]))
            return TimePrecision.Century;
        if (v.Length == 4)
            return v[2] == 'X' ? TimePrecision.Century : v[3] == 'X' ? TimePrecision.Decade : TimePrecision.Year;
        if (v.Length == 3 && char.IsAsciiDigit(v[2]))
            return TimePrecision.Decade;
        if (v.Length < 7 || v[4] != '-')
            return TimePrecision.Unknown;
        var rest = v[5..];
        if (rest[0] == 'W')
            return rest.Length == 3 || rest.EndsWith("-WE") ? TimePrecision.Week : TimePrecision.Day;
        if (rest[0] == 'Q' || rest[0] == 'H')
            return TimePrecision.Quarter;
        if (rest is "SP" or "SU" or "FA" or "WI")
            return TimePrecision.Season;
        if (rest.Length == 2)
            return TimePrecision.Month;
        if (rest.Length == 5)
            return TimePrecision.Day;
        if (rest.Length > 5 && rest[5] == 'T')
        {
            var t = rest[6..];
            return t.Length >= 5 && t[2] == ':' ? TimePrecision.Minute : t.Length >= 2 && char.IsAsciiDigit(t[0]) ? TimePrecision.Hour : TimePrecision.Day;
        }
        return TimePrecision.Unknown;
    }

    /// <summary>The lower-case word used in output for a precision.</summary>
    public static string Name(TimePrecision precision) => precision switch
    {
        TimePrecision.Minute => "minute",
        TimePrecision.Hour => "hour",
        TimePrecision.Day => "day",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        TimePrecision.Season => "season",
        TimePrecision.Quarter => "quarter",
        TimePrecision.Year => "year",
        TimePrecision.Decade => "decade",
        TimePrecision.Century => "century",
        _ => "unknown",
    };

    /// <summary>
    /// The calendar days a value covers, as first and last day (inclusive): <c>2025</c> → 2025-01-01..2025-12-31,
    /// <c>2025-W28</c> that ISO week, <c>2025-W28-5</c> its Friday, <c>2025-W28-WE</c> its weekend, <c>202</c>/<c>202X</c>
    /// the 2020s, <c>20</c>/<c>20XX</c> the century; a time of day does not change the day. Null for durations, sets,
    /// references (<c>PAST_REF</c>) and malformed values. The one place TimeML values become dates.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? Period(string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0]))
            return null;
        var v = value.AsSpan();
        if (v.Length <= 4 && !v.Contains('-'))
            return Coarse(v);
        if (v.Length < 7 || v[4] != '-' || !TryNumber(v[..4], out var year) || year < 1)
            return null;
        var rest = v[5..];
        if (rest.Length >= 5 && rest[2] == '-')
            return Day(year, rest);
        return rest switch
        {
            ['W', _, _, ..] => Week(year, rest[1..]),
            ['Q', var q] when q is >= '1' and <= '4' => Months(year, (q - '1') * 3 + 1, 3),
            ['H', var h] when h is '1' or '2' => Months(year, (h - '1') * 6 + 1, 6),
            "SP" => Months(year, 3, 3),
            "SU" => Months(year, 6, 3),
            "FA" => Months(year, 9, 3),
            "WI" => Months(year, 12, 3),
            [_, _] when TryNumber(rest, out var month) && month is >= 1 and <= 12 => Months(year, month, 1),
            _ => null,
        };
    }

    /// <summary>Years, decades (<c>202</c>, <c>202X</c>) and centuries (<c>20</c>, <c>20XX</c>).</summary>
    private static (DateOnly, DateOnly)? Coarse(ReadOnlySpan<char> v)
    {
        var digits = v.TrimEnd('X');
        if (!TryNumber(digits, out var lead) || (v.Length < 4 && digits.Length != v.Length))
            return null;
        var span = v.Length switch { 4 => Pow10(4 - digits.Length), 3 => 10, 2 => 100, _ => 0 };
        var first = v.Length == 4 ? lead * Pow10(4 - digits.Length) : lead * span;
        if (span == 0 || first < 1 || first + span - 1 > 9999)
            return null;
        return (new DateOnly(first, 1, 1), new DateOnly(first + span - 1, 12, 31));
    }

    private static (DateOnly, DateOnly)? Day(int year, ReadOnlySpan<char> rest)
    {
        // "07-11" possibly followed by "T10:30": the time of day does not change the day.
        if (!TryNumber(rest[..2], out var month) || !TryNumber(rest[3..5], out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    /// <summary>An ISO week (<c>W28</c>), a day of one (<c>W28-5</c>) or its weekend (<c>W28-WE</c>).</summary>
    private static (DateOnly, DateOnly)? Week(int year, ReadOnlySpan<char> rest)
    {
        if (!TryNumber(rest[..2], out var week) || week < 1 || week > System.Globalization.ISOWeek.GetWeeksInYear(year))
            return null;
        var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        if (rest.Length == 2)
            return (monday, monday.AddDays(6));
        if (rest is [_, _, '-', 'W', 'E'])
            return (monday.AddDays(5), monday.AddDays(6));
        if (rest.Length == 4 && rest[2] == '-' && rest[3] is >= '1' and <= '7')
        {
            var day = monday.AddDays(rest[3] - '1');
            return (day, day);
        }
        return null;
    }

    private static (DateOnly, DateOnly) Months(int year, int firstMonth, int count)
    {
        var from = new DateOnly(year, firstMonth, 1);
        return (from, from.AddMonths(count).AddDays(-1));
    }

    private static bool TryNumber(ReadOnlySpan<char> digits, out int number)
    {
        number = 0;
        if (digits.IsEmpty || digits.Length > 4)
            return false;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
                return false;
            number = number * 10 + (c - '0');
        }
        return true;
    }

    private static int Pow10(int exponent) => exponent switch { 0 => 1, 1 => 10, 2 => 100, 3 => 1000, _ => 10000 };
}
