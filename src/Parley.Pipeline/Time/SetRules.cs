using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Recurring times (TIMEX3 SET): "every Monday" (XXXX-WXX-1), "on Mondays", "every two years" (P2Y),
/// "each morning", "weekly" (P1W), "annually" (P1Y), "twice a year" (P1Y).
/// </summary>
internal static class SetRules
{
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        switch (s.Kind(i))
        {
            case LexKind.Every:
                return Every(s, i, output);
            case LexKind.Frequency:
                // "China Daily", "The Weekly Standard": a capitalised frequency word inside a name.
                if (s.Capitalized(i) && i > s.First && s.Capitalized(i - 1))
                    return -1;
                return Emit(s, i, i + 1, DurationRules.Value(1, (TimeUnit)s.Value(i)), "time.set.frequency", output);
            case LexKind.WeekdayPlural when s.Capitalized(i):
                return Emit(s, i, i + 1, "XXXX-WXX-" + (char)('0' + s.Value(i)), "time.set.weekday", output);
        }
        // "once a year", "twice a week", "three times a day".
        var j = s.Is(i, "once") || s.Is(i, "twice") ? i + 1
            : s.Is(i + 1, "times") && (s.Is(i, LexKind.NumberWord) || s.Is(i, LexKind.Number)) ? i + 2 : -1;
        if (j > 0 && (s.Is(j, "a") || s.Is(j, "per") || s.Is(j, "every") || s.Is(j, "each")) && s.Is(j + 1, LexKind.Unit))
            return Emit(s, i, j + 2, DurationRules.Value(1, (TimeUnit)s.Value(j + 1)), "time.set.times", output);
        return -1;
    }

    private static int Every(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        var j = s.Is(i + 1, "other") ? i + 2 : i + 1;
        var count = j > i + 1 ? 2 : 1;
        if (NamedPeriodRules.IsWeekdayName(s, j))
            return Emit(s, i, j + 1, "XXXX-WXX-" + (char)('0' + s.Value(j)), "time.set.every", output);
        if (s.Is(j, LexKind.PartOfDay))
            return Emit(s, i, j + 1, "XXXX-XX-XX" + Calendar.PartOfDay(s.Value(j)), "time.set.every", output);
        if (s.Is(j, LexKind.Month) && s.Capitalized(j))
            return Emit(s, i, j + 1, "XXXX-" + Calendar.Month(2000, s.Value(j))[5..], "time.set.every", output);
        var n = DurationRules.Count(s, j, out var unitToken);
        if (n > 1 && count == 1)
            count = n;
        else
            unitToken = j;
        if (!s.Is(unitToken, LexKind.Unit))
            return -1;
        return Emit(s, i, unitToken + 1, DurationRules.Value(count, (TimeUnit)s.Value(unitToken)), "time.set.every", output);
    }

    private static int Emit(in TimeScan s, int first, int end, string value, string rule, ImmutableArray<TimeExpression>.Builder output)
    {
        output.Add(s.Expression(first, end, TimexType.Set, value, rule));
        return end;
    }
}
