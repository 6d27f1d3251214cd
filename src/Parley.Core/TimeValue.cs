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
            return rest.Length == 3 ? TimePrecision.Week : TimePrecision.Day;
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
}
