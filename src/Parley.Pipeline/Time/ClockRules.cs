using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Clock times (TIMEX3 TIME): "3 p.m.", "3:30 p.m. EST", "3pm", "15:00 GMT", "0800 GMT", "noon", "midnight".
/// The day is a date just before ("on Friday at 3 p.m.") or the DCT.
/// </summary>
internal static class ClockRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        int hour, minute = 0, end;
        var kind = s.Kind(i);
        if (kind == LexKind.Noon)
        {
            hour = s.Value(i) == 24 ? 0 : 12;
            end = i + 1;
        }
        else if (kind == LexKind.Number && s.Digits(i, 1, 2) is var h and >= 1 and <= 12 && s.Is(i + 1, LexKind.Meridiem))
        {
            hour = h % 12 + s.Value(i + 1);
            end = i + 2;
        }
        else if (kind == LexKind.OtherNumber && Compact(s.Word(i), out hour, out minute, out var meridiem))
        {
            end = i + 1;
            if (meridiem < 0 && s.Is(i + 1, LexKind.Meridiem))
            {
                meridiem = s.Value(i + 1);
                end++;
            }
            if (meridiem >= 0)
            {
                if (hour is < 1 or > 12)
                    return -1;
                hour = hour % 12 + meridiem;
            }
            else if (!(s.Is(i + 1, LexKind.Zone) || s.Is(i - 1, "at") || s.Is(i - 1, "by") || s.Is(i + 1, "local")))
                return -1;
        }
        else if (kind == LexKind.Number && s.Digits(i, 4, 4) is var hhmm and >= 0 && s.Is(i + 1, LexKind.Zone) && s.Word(i)[0] is '0' or '1' or '2')
        {
            (hour, minute) = (hhmm / 100, hhmm % 100);
            if (hour > 23 || minute > 59)
                return -1;
            end = i + 1;
        }
        else
            return -1;
        if (s.Is(end, LexKind.Zone) && s.Tokens[end].Is(TokenShape.AllCaps))
            end++;
        else if (s.Is(end, "local") && s.Is(end + 1, "time"))
            end += 2;
        var day = AnchorDay(s, i, output) ?? DayAfter(s, i, end) ?? s.Dct;
        var value = (day is { } d ? Calendar.Day(d) : "XXXX-XX-XX")
            + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}");
        output.Add(s.Expression(i, end, TimexType.Time, value, "time.clock"));
        return end;
    }

    /// <summary>"3:30", "3pm", "3:30pm", "15:00": hour, minute and 0/12 for a.m./p.m. (-1 when not written).</summary>
    private static bool Compact(ReadOnlySpan<char> w, out int hour, out int minute, out int meridiem)
    {
        hour = minute = 0;
        meridiem = -1;
        var suffix = w.Length;
        if (w.EndsWith("am", StringComparison.OrdinalIgnoreCase) || w.EndsWith("pm", StringComparison.OrdinalIgnoreCase))
        {
            meridiem = char.ToLowerInvariant(w[^2]) == 'p' ? 12 : 0;
            suffix -= 2;
        }
        var digits = w[..suffix];
        var colon = digits.IndexOf(':');
        if (colon < 0)
            return meridiem >= 0 && int.TryParse(digits, out hour) && digits.Length <= 2;
        return colon is 1 or 2 && digits.Length == colon + 3
            && int.TryParse(digits[..colon], out hour) && int.TryParse(digits[(colon + 1)..], out minute)
            && hour <= 23 && minute <= 59;
    }

    /// <summary>The day of a date expression that ends within three tokens before the time: "on Friday at 3 p.m.".</summary>
    private static DateOnly? AnchorDay(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        if (output.Count > 0 && i - 3 >= 0)
        {
            var last = output[^1];
            if (last.End >= s.Tokens[Math.Max(s.First, i - 3)].Start && last.End <= s.Tokens[i].Start
                && last.Value.Length >= 10 && DateOnly.TryParseExact(last.Value.AsSpan(0, 10), "yyyy-MM-dd", out var d))
                return d;
        }
        return null;
    }

    /// <summary>The day named right after the time: "at 3 p.m. on Friday", "at noon tomorrow", "at 9 a.m. July 14".</summary>
    private static DateOnly? DayAfter(in TimeScan s, int clock, int j)
    {
        if (s.Dct is not { } dct)
            return null;
        if (s.Is(j, "on") || s.Is(j, ","))
            j++;
        if (s.Is(j, LexKind.Deictic) && s.Value(j) is >= -1 and <= 1)
            return dct.AddDays(s.Value(j));
        if (ExplicitDateRules.Match(s, j) is { Day: > 0 } m)
            return m.Year > 0 ? new DateOnly(m.Year, m.Month, m.Day) : Calendar.MonthDay(dct, m.Month, m.Day, TenseCues.Around(s, clock, m.End));
        if (NamedPeriodRules.IsWeekdayName(s, j))
            return Calendar.Weekday(dct, s.Value(j), TenseCues.Around(s, clock, j + 1));
        return null;
    }
}
