using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Calendar names without a modifier, placed by the tense of their clause: "on Friday", "in January",
/// "early March", "in the summer", "summer 2024", "the third quarter", "Q3 2024", "the first half of 2025".
/// </summary>
internal static class NamedPeriodRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output) => s.Kind(i) switch
    {
        LexKind.Weekday => Weekday(s, i, output),
        LexKind.Month => Month(s, i, output),
        LexKind.Edge => s.Is(i + 1, LexKind.Weekday) ? Weekday(s, i, output) : Month(s, i, output),
        LexKind.Season or LexKind.Article => Season(s, i, output) is var e and > 0 ? e : Quarter(s, i, output),
        LexKind.Ordinal => Quarter(s, i, output),
        LexKind.None => MidMonth(s, i, output) is var m and > 0 ? m : QuarterCode(s, i, output),
        _ => -1,
    };

    /// <summary>"on Friday", "late Tuesday", "Friday morning": full names only ("Sun" is also a name).</summary>
    private static int Weekday(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var first = i;
        if (s.Kind(i) == LexKind.Edge)
            i++;
        if (!IsWeekdayName(s, i))
            return -1;
        var iso = s.Value(i);
        DateOnly? day = s.Dct is { } dct ? Calendar.Weekday(dct, iso, TenseCues.Around(s, first, i + 1)) : null;
        return RelativeRules.WeekdayValue(s, first, i, day, iso, "time.weekday.relative", output);
    }

    /// <summary>A capitalised weekday written out in full; abbreviations only count inside full dates.</summary>
    public static bool IsWeekdayName(in TimeScan s, int i) => s.Is(i, LexKind.Weekday) && s.Capitalized(i) && s.Word(i).Length >= 6;

    /// <summary>Months that are also common words or names need a time context before them.</summary>
    private static bool Ambiguous(int month) => month is 3 or 5 or 8;

    private static int Month(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var first = i;
        if (s.Kind(i) == LexKind.Edge)
            i++;
        if (!s.Is(i, LexKind.Month) || !s.Capitalized(i))
            return -1;
        var month = s.Value(i);
        if (s.DayOfMonth(i + 1) > 0 || s.Kind(i + 1) == LexKind.Number)
            return -1; // "February 30": a date that does not exist is no month either
        var context = first < i || s.Is(i - 1, LexKind.Preposition) || FollowsTime(s, i, output);
        if (!context && (Ambiguous(month) || s.Capitalized(i + 1) || s.Word(i)[^1] == '.'))
            return -1;
        return EmitMonth(s, first, i, month, output);
    }

    /// <summary>"mid-January": one token.</summary>
    private static int MidMonth(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        if (w.Length < 7 || !w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
            return -1;
        if (TimeLexicon.Lookup.TryGetValue(w[4..], out var lex) && lex.Kind == LexKind.Month)
            return EmitMonth(s, i, i, lex.Value, output);
        if (w.Length == 8 && int.TryParse(w[4..], out var year) && year is >= 1000 and <= 2099)
        {
            output.Add(s.Expression(i, i + 1, TimexType.Date, Calendar.Year(year), "time.year.edge"));
            return i + 1;
        }
        return -1;
    }

    private static int EmitMonth(in TimeScan s, int first, int monthToken, int month, ImmutableArray<TimeExpression>.Builder output)
    {
        var end = monthToken + 1;
        // "January of this year", "March of last year", "July last year".
        var of = s.Is(end, "of") ? 1 : 0;
        var direction = s.Is(end + of, LexKind.Modifier) && s.Is(end + of + 1, "year") ? s.Value(end + of) : int.MinValue;
        if (direction is >= -1 and <= 1)
            end += of + 2;
        string value;
        if (s.Dct is not { } dct)
            value = "XXXX-" + Calendar.Month(2000, month)[5..];
        else if (direction is >= -1 and <= 1)
            value = Calendar.Month(dct.Year + direction, month);
        else
        {
            // "adjourned until April": an end point is read as the nearest such month, whatever the clause's tense.
            var tense = s.Is(first - 1, "until") || s.Is(first - 1, "till") ? Tense.None : TenseCues.Around(s, first, end);
            value = Calendar.Month(Calendar.YearOfMonth(dct, month, tense), month);
        }
        output.Add(s.Expression(first, end, TimexType.Date, value, "time.month.relative"));
        return end;
    }

    /// <summary>Whether token i continues a range that began with a time: "between March and May", "2018 to 2020".</summary>
    public static bool FollowsTime(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output) =>
        output.Count > 0 && i - 2 >= s.First && output[^1].End == s.Tokens[i - 2].End
        && (s.Is(i - 1, LexKind.Connector) || s.Word(i - 1) is "to" or "through" or "until" or "till");

    private static int Season(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var first = i;
        var the = s.Is(i, "the");
        if (the)
            i++;
        if (!s.Is(i, LexKind.Season))
            return -1;
        var season = s.Value(i);
        var end = i + 1;
        var k = s.Is(end, "of") ? end + 1 : end;
        var year = s.Year(k);
        if (year > 0)
            end = k + 1;
        else if (!the || !s.Is(first - 1, LexKind.Preposition) || s.Is(end, "of"))
            return -1;
        if (year < 0 && s.Dct is { } dct)
        {
            var (y, current) = Calendar.SeasonOf(dct);
            var tense = TenseCues.Around(s, first, end);
            year = tense == Tense.Past && season > current ? y - 1 : tense == Tense.Future && season < current ? y + 1 : y;
        }
        var value = year > 0 ? Calendar.Season(year, season) : Calendar.Season(0, season).Replace("0000", "XXXX", StringComparison.Ordinal);
        output.Add(s.Expression(first, end, TimexType.Date, value, "time.season"));
        return end;
    }

    /// <summary>"the third quarter [of 2024]", "the first half of next year".</summary>
    private static int Quarter(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var first = i;
        if (s.Is(i, "the"))
            i++;
        if (!s.Is(i, LexKind.Ordinal))
            return -1;
        var n = s.Value(i);
        var half = s.Is(i + 1, "half");
        if (!(half ? n <= 2 : n <= 4 && s.Is(i + 1, "quarter")))
            return -1;
        var end = i + 2;
        var year = YearOf(s, ref end);
        if (half && year < 0 && !s.Is(first - 1, LexKind.Preposition))
            return -1; // "the second half was scoreless": a half of a game, not of a year
        return EmitQuarter(s, first, end, year, n, half, output);
    }

    /// <summary>"Q3", "Q3 2024", "H1".</summary>
    private static int QuarterCode(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        if (w.Length != 2 || w[0] is not ('Q' or 'H') || w[1] is < '1' or > '4' || w[0] == 'H' && w[1] > '2')
            return -1;
        var end = i + 1;
        var year = s.Year(end);
        if (year > 0)
            end++;
        return EmitQuarter(s, i, end, year, w[1] - '0', w[0] == 'H', output);
    }

    private static int YearOf(in TimeScan s, ref int end)
    {
        if (!s.Is(end, "of"))
            return s.Year(end) is var y and > 0 ? Take(ref end, y, 1) : -1;
        if (s.Year(end + 1) is var year and > 0)
            return Take(ref end, year, 2);
        if (s.Is(end + 1, LexKind.Modifier) && s.Is(end + 2, "year") && s.Dct is { } dct && s.Value(end + 1) is >= -1 and <= 1)
            return Take(ref end, dct.Year + s.Value(end + 1), 3);
        if (s.Is(end + 1, "the") && s.Is(end + 2, "year") && s.Dct is { } d)
            return Take(ref end, d.Year, 3);
        return -1;
    }

    private static int Take(ref int end, int year, int tokens)
    {
        end += tokens;
        return year;
    }

    private static int EmitQuarter(in TimeScan s, int first, int end, int year, int n, bool half, ImmutableArray<TimeExpression>.Builder output)
    {
        if (year < 0 && s.Dct is { } dct)
        {
            // A past-tense "fourth quarter" in July is last year's.
            var current = half ? (dct.Month + 5) / 6 : (dct.Month + 2) / 3;
            year = TenseCues.Around(s, first, end) == Tense.Past && n > current ? dct.Year - 1 : dct.Year;
        }
        var value = (year > 0 ? Calendar.Year(year) : "XXXX") + (half ? "-H" : "-Q") + (char)('0' + n);
        output.Add(s.Expression(first, end, TimexType.Date, value, "time.quarter"));
        return end;
    }
}
