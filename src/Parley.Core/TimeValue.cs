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
    /// The calendar period a value covers, as first and last day: <c>2025</c> → 2025-01-01..2025-12-31, <c>2025-W28</c> →
    /// that ISO week, <c>199</c>/<c>199X</c> → the 1990s. Null for durations, sets, references and unknown values.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? Period(string value)
    {
        var v = value.AsSpan();
        if (v.Length < 3 || !char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[1]))
            return null;
        if (v.Length == 3 || (v.Length == 4 && v[3] == 'X' && char.IsAsciiDigit(v[2])))
            return Decade(Int(v[..3]) * 10);
        if (v.Length == 4 && v[2] == 'X' || v.Length == 2)
            return (new DateOnly(Int(v[..2]) * 100, 1, 1), new DateOnly(Int(v[..2]) * 100 + 99, 12, 31));
        if (!TryInt(v[..4], out var year) || year < 1)
            return null;
        if (v.Length == 4)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        if (v[4] != '-' || v.Length < 7)
            return null;
        var rest = v[5..];
        if (rest[0] == 'W' && rest.Length >= 3 && TryInt(rest[1..3], out var week) && week is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        if (rest[0] == 'Q' && rest.Length == 2 && rest[1] is >= '1' and <= '4')
        {
            var q = rest[1] - '1';
            return (new DateOnly(year, q * 3 + 1, 1), new DateOnly(year, q * 3 + 3, 1).AddMonths(1).AddDays(-1));
        }
        if (rest[0] == 'H' && rest.Length == 2 && rest[1] is '1' or '2')
            return rest[1] == '1' ? (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
        switch (rest)
        {
            case "SP": return (new DateOnly(year, 3, 1), new DateOnly(year, 5, 31));
            case "SU": return (new DateOnly(year, 6, 1), new DateOnly(year, 8, 31));
            case "FA": return (new DateOnly(year, 9, 1), new DateOnly(year, 11, 30));
            case "WI": return (new DateOnly(year, 12, 1), new DateOnly(year + 1, 2, 1).AddMonths(1).AddDays(-1));
        }
        if (!TryInt(rest[..2], out var month) || month is < 1 or > 12)
            return null;
        var first = new DateOnly(year, month, 1);
        if (rest.Length == 2)
            return (first, first.AddMonths(1).AddDays(-1));
        if (rest.Length >= 5 && rest[2] == '-' && TryInt(rest[3..5], out var day) && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            var date = new DateOnly(year, month, day);
            return (date, date);
        }
        return null;
    }

    private static (DateOnly, DateOnly) Decade(int start) => (new DateOnly(Math.Max(1, start), 1, 1), new DateOnly(start + 9, 12, 31));

    private static int Int(ReadOnlySpan<char> s) => TryInt(s, out var n) ? n : 0;

    private static bool TryInt(ReadOnlySpan<char> s, out int n) =>
        int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n);
}
