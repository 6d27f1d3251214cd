using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Amounts of time: "three days" (P3D), "two hours" (PT2H), "a decade" (P10Y), "the past six months" (P6M),
/// "a five-year plan" (P5Y), "for years" (PXY), "days later" (PXD), "more than a decade", ages ("a 51-year-old",
/// "11 years old"); and the same amounts counted back: "two days ago" (a DATE).
/// </summary>
internal static class DurationRules
{
    /// <summary>Words before a bare plural unit that make it a kind of time, not an amount: "the early days", "its final weeks".</summary>
    private static readonly FrozenSet<string> NotAmount = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "the", "those", "these", "its", "their", "his", "her", "our", "my", "your", "final", "first", "dark", "good",
        "old", "happy", "same", "other", "heady", "darkest", "early", "opening", "closing", "remaining",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAmountLookup = NotAmount.GetAlternateLookup<ReadOnlySpan<char>>();

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
        else if (s.Is(i, LexKind.Modifier) && s.Value(i) is -2 or 2 or -1 or 1 && (s.Is(i - 1, LexKind.Preposition) || s.Value(i) is -2 or 2)
                 && !(s.Is(i, "last") && (s.Is(i - 1, "to") || s.Is(i + 1, LexKind.Article)))) // "meant to last a few months": a verb
        {
            i++;
            lead = true;
        }
        var count = Count(s, i, out var unitToken);
        if (count == int.MinValue)
        {
            // "for years", "in decades", "days later": a bare plural unit is an unspecified amount.
            if (!lead && !BareAmount(s, i))
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
        if (!lead)
            first = Approximated(s, first);
        if (!lead && s.Is(unitToken + 1, LexKind.Ago))
            return Ago(s, first, unitToken + 2, count, unit, output);
        // "11 years old": an age is the amount of time lived, "old" included.
        var end = !lead && count > 0 && s.Is(unitToken + 1, "old") ? unitToken + 2 : unitToken + 1;
        output.Add(s.Expression(first, end, TimexType.Duration, Value(count, unit), "time.duration"));
        return end;
    }

    /// <summary>A bare plural unit that counts time: after "for/in/within/over", or before "later/earlier/after/before".</summary>
    private static bool BareAmount(in TimeScan s, int i)
    {
        if (s.Is(i - 1, "for") || s.Is(i - 1, "in") || s.Is(i - 1, "within") || s.Is(i - 1, "over"))
            return true;
        if (!(s.Is(i + 1, "later") || s.Is(i + 1, "earlier") || s.Is(i + 1, "after") || s.Is(i + 1, "before")))
            return false;
        var before = s.Kind(i - 1);
        return before is not (LexKind.Article or LexKind.Modifier or LexKind.Edge or LexKind.Fuzzy or LexKind.NumberWord or LexKind.Number
                or LexKind.OtherNumber or LexKind.Ordinal)
            && !NotAmountLookup.Contains(s.Word(i - 1));
    }

    /// <summary>
    /// The start of an amount with its approximator, which TimeML keeps in the extent: "more than a decade",
    /// "nearly two decades", "about 80 days", "at least three years".
    /// </summary>
    public static int Approximated(in TimeScan s, int first)
    {
        if (s.Is(first - 1, "than") && (s.Is(first - 2, "more") || s.Is(first - 2, "less") || s.Is(first - 2, "fewer")))
            return first - 2;
        if ((s.Is(first - 1, "least") || s.Is(first - 1, "most")) && s.Is(first - 2, "at"))
            return first - 2;
        return s.Is(first - 1, "nearly") || s.Is(first - 1, "almost") || s.Is(first - 1, "about") || s.Is(first - 1, "around")
            || s.Is(first - 1, "roughly") || s.Is(first - 1, "approximately") ? first - 1 : first;
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

    /// <summary>
    /// "five-year", "24-hour", "two-day": a count joined to a unit, used as a modifier; ages ("51-year-old", P51Y);
    /// and lengths written as one word ("yearlong" P1Y, "months-long" PXM).
    /// </summary>
    private static int Hyphenated(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var w = s.Word(i);
        if (Long(s, i, w, output) is var l and > 0)
            return l;
        var dash = w.IndexOf('-');
        int count;
        ReadOnlySpan<char> unitWord;
        var end = i + 1;
        if (dash > 0 && s.Kind(i) == LexKind.None && Suffixless(w[(dash + 1)..]).IndexOf('-') < 0
            && TimeLexicon.Lookup.TryGetValue(w[..dash], out var n) && n.Kind == LexKind.NumberWord)
        {
            count = n.Value;
            unitWord = Suffixless(w[(dash + 1)..]);
        }
        else if (s.Digits(i, 1, 3) is var d and > 0 && s.Touching(i) && s.Word(i + 1) is "-" && s.Touching(i + 1) && i + 2 < s.End)
        {
            count = d;
            unitWord = Suffixless(s.Word(i + 2));
            end = i + 3;
            if (s.Touching(i + 2) && s.Is(i + 3, "-"))
                return -1;
        }
        else
            return -1;
        if (unitWord.IsEmpty || !TimeLexicon.Lookup.TryGetValue(unitWord, out var u) || u.Kind != LexKind.Unit || unitWord[^1] == 's')
            return -1;
        output.Add(s.Expression(i, end, TimexType.Duration, Value(count, (TimeUnit)u.Value), "time.duration.modifier"));
        return end;
    }

    /// <summary>"year-old" and "year-long" are "year": an age or a length is still the amount of time.</summary>
    private static ReadOnlySpan<char> Suffixless(ReadOnlySpan<char> w) =>
        w.EndsWith("-old", StringComparison.OrdinalIgnoreCase) || w.EndsWith("-long", StringComparison.OrdinalIgnoreCase) ? w[..w.LastIndexOf('-')] : w;

    /// <summary>"yearlong", "weeklong", "hourslong", "months-long": one word for a length of time.</summary>
    private static int Long(in TimeScan s, int i, ReadOnlySpan<char> w, ImmutableArray<TimeExpression>.Builder output)
    {
        if (w.Length < 7 || !w.EndsWith("long", StringComparison.OrdinalIgnoreCase))
            return -1;
        var stem = w[..^4];
        if (stem[^1] == '-')
            stem = stem[..^1];
        if (!TimeLexicon.Lookup.TryGetValue(stem, out var u) || u.Kind != LexKind.Unit)
            return -1;
        output.Add(s.Expression(i, i + 1, TimexType.Duration, Value(stem[^1] is 's' or 'S' ? 0 : 1, (TimeUnit)u.Value), "time.duration.long"));
        return i + 1;
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
