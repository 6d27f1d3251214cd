using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Amounts of time: "three days" (P3D), "two hours" (PT2H), "a decade" (P10Y), "the past six months" (P6M),
/// "a five-year plan" (P5Y), "for years" (PXY); and the same amounts counted back: "two days ago" (a DATE).
/// </summary>
internal static class DurationRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var first = i;
        // "the past six months", "the next two weeks", "the last year": the lead-in belongs to the duration.
        var lead = false;
        if (s.Is(i, "the") && s.Is(i + 1, LexKind.Modifier) && s.Value(i + 1) is not 0)
        {
            i += 2;
            lead = true;
        }
        else if (s.Is(i, LexKind.Modifier) && s.Value(i) is -2 or 2 or -1 or 1 && (s.Is(i - 1, LexKind.Preposition) || s.Value(i) is -2 or 2))
        {
            i++;
            lead = true;
        }
        var count = Count(s, i, out var unitToken);
        if (count == int.MinValue)
        {
            // "for years", "in decades": a bare plural unit is an unspecified amount.
            if (!lead && !(s.Is(i - 1, "for") || s.Is(i - 1, "in")))
                return Hyphenated(s, i, output);
            count = 1;
            unitToken = i;
        }
        if (!s.Is(unitToken, LexKind.Unit))
            return lead ? -1 : Hyphenated(s, i, output);
        if (s.Value(unitToken) == (int)TimeUnit.Quarter && (s.Is(unitToken + 1, "of") || s.Is(i, "a") && !s.Is(i - 1, LexKind.Preposition)))
            return -1; // "a quarter of voters", "roughly a quarter from the south"
        var unit = (TimeUnit)s.Value(unitToken);
        var plural = s.Plural(unitToken);
        if (unitToken == i && plural)
            count = 0;
        else if (unitToken == i && !lead)
            return -1;
        else if (unitToken == i && (unit == TimeUnit.Day || s.Value(i - 1) is -3 or 3))
            return -1; // "the next day", "the previous year": dates in the story's own time, not durations
        if (!lead && s.Is(unitToken + 1, LexKind.Ago))
            return Ago(s, first, unitToken + 2, count, unit, output);
        output.Add(s.Expression(first, unitToken + 1, TimexType.Duration, Value(count, unit), "time.duration"));
        return unitToken + 1;
    }

    /// <summary>
    /// A count before a unit: digits, a number word, "a"/"an", "a few", "a couple of", "several" (0 = unspecified),
    /// or int.MinValue when token i is no count. <paramref name="next"/> is the token after it.
    /// </summary>
    public static int Count(in TimeScan s, int i, out int next)
    {
        next = i + 1;
        switch (s.Kind(i))
        {
            case LexKind.Number when s.Digits(i, 1, 4) is var n and > 0:
                return n;
            case LexKind.NumberWord:
                return s.Is(i, "couple") || s.Is(i, "dozen") ? int.MinValue : s.Value(i);
            case LexKind.Fuzzy:
                return 0;
            case LexKind.Article when s.Value(i) == 1:
                if (s.Is(i + 1, "few") || s.Is(i + 1, "several"))
                {
                    next = i + 2;
                    return 0;
                }
                if (s.Is(i + 1, "couple") || s.Is(i + 1, "dozen"))
                {
                    next = s.Is(i + 2, "of") ? i + 3 : i + 2;
                    return s.Is(i + 1, "couple") ? 2 : 12;
                }
                return 1;
        }
        return int.MinValue;
    }

    /// <summary>"five-year", "24-hour", "two-day": a count joined to a unit, used as a modifier.</summary>
    private static int Hyphenated(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        var dash = w.IndexOf('-');
        int count;
        ReadOnlySpan<char> unitWord;
        var end = i + 1;
        if (dash > 0 && s.Kind(i) == LexKind.None && w[(dash + 1)..].IndexOf('-') < 0
            && TimeLexicon.Lookup.TryGetValue(w[..dash], out var n) && n.Kind == LexKind.NumberWord)
        {
            count = n.Value;
            unitWord = w[(dash + 1)..];
        }
        else if (s.Digits(i, 1, 3) is var d and > 0 && s.Touching(i) && s.Word(i + 1) is "-" && s.Touching(i + 1) && i + 2 < s.End)
        {
            count = d;
            unitWord = s.Word(i + 2);
            end = i + 3;
            if (s.Touching(i + 2) && s.Is(i + 3, "-"))
                return -1;
        }
        else
            return -1;
        if (!TimeLexicon.Lookup.TryGetValue(unitWord, out var u) || u.Kind != LexKind.Unit || unitWord[^1] == 's')
            return -1;
        output.Add(s.Expression(i, end, TimexType.Duration, Value(count, (TimeUnit)u.Value), "time.duration.modifier"));
        return end;
    }

    private static int Ago(in TimeScan s, int first, int end, int count, TimeUnit unit, ImmutableArray<TimeExpression>.Builder output)
    {
        string value = "PAST_REF";
        var type = TimexType.Date;
        if (s.Dct is { } dct && count > 0)
        {
            value = unit switch
            {
                TimeUnit.Day => Calendar.Day(dct.AddDays(-count)),
                TimeUnit.Week => Calendar.Week(dct.AddDays(-7 * count)),
                TimeUnit.Month => Calendar.Month(dct.AddMonths(-count).Year, dct.AddMonths(-count).Month),
                TimeUnit.Quarter => Calendar.Quarter(dct.AddMonths(-3 * count).Year, (dct.AddMonths(-3 * count).Month + 2) / 3),
                TimeUnit.Year => Calendar.Year(dct.Year - count),
                TimeUnit.Decade => Calendar.Year(dct.Year - 10 * count)[..3],
                TimeUnit.Century when count < 20 => Calendar.Year(dct.Year - 100 * count)[..2],
                _ => "PAST_REF",
            };
        }
        output.Add(s.Expression(first, end, type, value, "time.relative.ago"));
        return end;
    }

    /// <summary>The TimeML duration value: P3D, P2W, P6M, P5Y, P10Y for a decade, PT2H; X for an unspecified count.</summary>
    public static string Value(int count, TimeUnit unit)
    {
        var inv = CultureInfo.InvariantCulture;
        var n = count == 0 ? "X" : count.ToString(inv);
        string Scaled(int factor) => count == 0 ? "X" : (count * factor).ToString(inv);
        return unit switch
        {
            TimeUnit.Second => "PT" + n + "S",
            TimeUnit.Minute => "PT" + n + "M",
            TimeUnit.Hour => "PT" + n + "H",
            TimeUnit.Day => "P" + n + "D",
            TimeUnit.Week => "P" + n + "W",
            TimeUnit.Month => "P" + n + "M",
            TimeUnit.Quarter => "P" + Scaled(3) + "M",
            TimeUnit.Year => "P" + n + "Y",
            TimeUnit.Decade => count == 0 ? "P" + "XDE" : "P" + Scaled(10) + "Y",
            _ => count == 0 ? "PXCE" : "P" + Scaled(100) + "Y",
        };
    }
}
