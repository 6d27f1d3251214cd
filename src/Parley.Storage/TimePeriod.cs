using System.Globalization;

namespace Parley.Storage;

/// <summary>
/// The calendar days a TimeML value covers, inclusive: <c>2025-01</c> is 2025-01-01..2025-01-31, <c>2025-W28</c> is
/// that ISO week, <c>202X</c> the decade. Stored as <c>time_from</c>/<c>time_to</c> so date filters are plain SQL.
/// </summary>
public readonly record struct TimePeriod(DateOnly From, DateOnly To)
{
    /// <summary>The period of a calendar value, or null for durations, references (<c>PAST_REF</c>) and malformed values.</summary>
    public static TimePeriod? Of(string? value)
    {
        if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value[0]))
            return null;
        var v = value.AsSpan();
        if (v.Length <= 4 && !v.Contains('-'))
            return Coarse(v);
        if (v.Length < 7 || v[4] != '-' || !TryYear(v[..4], out var year))
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
    private static TimePeriod? Coarse(ReadOnlySpan<char> v)
    {
        var digits = v.TrimEnd('X');
        if (!TryNumber(digits, out var lead) || (v.Length < 4 && digits.Length != v.Length))
            return null;
        var span = v.Length switch { 4 => Pow10(4 - digits.Length), 3 => 10, 2 => 100, _ => 0 };
        var first = v.Length == 4 ? lead * Pow10(4 - digits.Length) : lead * span;
        if (span == 0 || first < 1 || first + span - 1 > 9999)
            return null;
        return new TimePeriod(new DateOnly(first, 1, 1), new DateOnly(first + span - 1, 12, 31));
    }

    private static TimePeriod? Day(int year, ReadOnlySpan<char> rest)
    {
        // "07-11" possibly followed by "T10:30": the time of day does not change the day.
        if (!TryNumber(rest[..2], out var month) || !TryNumber(rest[3..5], out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        return new TimePeriod(date, date);
    }

    /// <summary>An ISO week (<c>W28</c>) or a day of one (<c>W28-5</c>).</summary>
    private static TimePeriod? Week(int year, ReadOnlySpan<char> rest)
    {
        if (!TryNumber(rest[..2], out var week) || week < 1 || week > ISOWeek.GetWeeksInYear(year))
            return null;
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        if (rest.Length == 2)
            return new TimePeriod(monday, monday.AddDays(6));
        if (rest.Length == 4 && rest[2] == '-' && rest[3] is >= '1' and <= '7')
        {
            var day = monday.AddDays(rest[3] - '1');
            return new TimePeriod(day, day);
        }
        return null;
    }

    private static TimePeriod Months(int year, int firstMonth, int count)
    {
        var from = new DateOnly(year, firstMonth, 1);
        return new TimePeriod(from, from.AddMonths(count).AddDays(-1));
    }

    private static bool TryYear(ReadOnlySpan<char> digits, out int year) => TryNumber(digits, out year) && year >= 1;

    private static bool TryNumber(ReadOnlySpan<char> digits, out int number)
    {
        number = 0;
        if (digits.IsEmpty)
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
