using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Dates written on the calendar: "Friday, July 11, 2025", "July 11", "11 July 2025", "Jan. 5", "July 2025",
/// "2025-07-11", "7/11/2025". A date without a year takes it from the DCT.
/// </summary>
internal static class ExplicitDateRules
{
    /// <summary>A full or partial date found by <see cref="Match"/>; Year is 0 when the text gives none.</summary>
    public readonly record struct DateMatch(int First, int End, int Year, int Month, int Day, string Rule)
    {
        public bool IsFullDate => Year > 0 && Day > 0;
    }

    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        if (Match(s, i) is not { } m)
            return -1;
        string value;
        if (m.Day == 0)
            value = Calendar.Month(m.Year, m.Month);
        else if (m.Year > 0)
            value = Calendar.Day(new DateOnly(m.Year, m.Month, m.Day));
        else if (s.Dct is { } dct && Calendar.MonthDay(dct, m.Month, m.Day, TenseCues.Around(s, m.First, m.End)) is { } d)
            value = Calendar.Day(d);
        else
            value = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"XXXX-{m.Month:D2}-{m.Day:D2}");
        var rule = m.Year == 0 && m.Day > 0 && IsDateline(s, m.First) ? "time.date.dateline" : m.Rule;
        output.Add(s.Expression(m.First, m.End, TimexType.Date, value, rule));
        return m.End;
    }

    /// <summary>Matches an explicit date starting at token <paramref name="i"/> (shared with publication inference).</summary>
    public static DateMatch? Match(in TimeScan s, int i)
    {
        var first = i;
        if (s.Is(i, LexKind.Weekday) && s.Capitalized(i))
        {
            // "Sun., March 16": the tokenizer leaves the period of a short weekday apart ("Sun" is also a name).
            i += s.Is(i + 1, ".") && s.Touching(i) ? 2 : 1;
            if (s.Is(i, ","))
                i++;
        }
        if (s.Is(i, LexKind.Month) && s.Capitalized(i))
        {
            var month = s.Value(i);
            var day = s.DayOfMonth(i + 1);
            if (day > 0 && !s.Is(i + 2, ":"))
            {
                var j = i + 2;
                var year = YearAfter(s, ref j);
                return Valid(year, month, day) ? new DateMatch(first, j, year, month, day, "time.date.mdy") : null;
            }
            var k = i + (s.Is(i + 1, ",") || s.Is(i + 1, "of") ? 2 : 1);
            if (first == i && s.Year(k) > 0 && !s.Is(k + 1, LexKind.Unit))
                return new DateMatch(first, k + 1, s.Year(k), month, 0, "time.date.my");
            return null;
        }
        var d = s.DayOfMonth(i);
        if (d > 0 && s.Is(i + 1, LexKind.Month) && s.Capitalized(i + 1))
        {
            var j = i + 2;
            var year = YearAfter(s, ref j);
            return Valid(year, s.Value(i + 1), d) ? new DateMatch(first, j, year, s.Value(i + 1), d, "time.date.dmy") : null;
        }
        if (first != i || s.Kind(i) != LexKind.OtherNumber)
            return null;
        return Numeric(s.Word(i)) is var (y, mo, da, rule) && Valid(y, mo, da) ? new DateMatch(i, i + 1, y, mo, da, rule) : null;
    }

    private static int YearAfter(in TimeScan s, ref int j)
    {
        var k = s.Is(j, ",") ? j + 1 : j;
        var year = s.Year(k);
        if (year < 0)
            return 0;
        j = k + 1;
        return year;
    }

    private static bool Valid(int year, int month, int day) =>
        day <= (year > 0 ? DateTime.DaysInMonth(year, month) : month == 2 ? 29 : DateTime.DaysInMonth(2001, month));

    /// <summary>"2025-07-11" (ISO) and "7/11/2025" (month first unless the first number cannot be a month).</summary>
    private static (int Year, int Month, int Day, string Rule)? Numeric(ReadOnlySpan<char> w)
    {
        if (w.Length == 10 && w[4] == '-' && w[7] == '-'
            && int.TryParse(w[..4], out var y) && int.TryParse(w[5..7], out var m) && int.TryParse(w[8..], out var d))
            return y is >= 1000 and <= 2099 && m is >= 1 and <= 12 && d >= 1 ? (y, m, d, "time.date.iso") : null;
        var a = w.IndexOf('/');
        var b = a < 0 ? -1 : w[(a + 1)..].IndexOf('/') + a + 1;
        if (a is < 1 or > 2 || b - a is < 2 or > 3 || w.Length - b - 1 is not (4 or 2))
            return null;
        if (!int.TryParse(w[..a], out var p) || !int.TryParse(w[(a + 1)..b], out var q) || !int.TryParse(w[(b + 1)..], out var year))
            return null;
        if (year < 100)
            year += year < 70 ? 2000 : 1900;
        if (year is < 1000 or > 2099)
            return null;
        var (month, day) = p > 12 ? (q, p) : (p, q);
        return month is >= 1 and <= 12 && day >= 1 ? (year, month, day, "time.date.slash") : null;
    }

    /// <summary>A dateline: the date follows "PLACE," at the start of a line ("WASHINGTON, July 10 (Reuters) -").</summary>
    public static bool IsDateline(in TimeScan s, int dateToken)
    {
        if (!s.Is(dateToken - 1, ","))
            return false;
        for (var i = dateToken - 2; i >= s.First; i--)
        {
            var t = s.Tokens[i];
            if (!(t.Is(TokenShape.Capitalized) || s.Word(i) is "," or "."))
                return false;
            if (i == 0 || t.Is(TokenShape.AfterNewline))
                return t.Is(TokenShape.AllCaps);
        }
        return false;
    }
}
