using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// Times one step away from the story's own time rather than from the DCT: "the previous year", "the year before",
/// "the following month", "the next day", "the day after the rally", "earlier in the day". The step is counted from
/// the last date found in the same sentence ("in 2024 ... from the year before" is 2023), else from the DCT; a day is
/// only placed next to a day the sentence names.
/// </summary>
internal static class NeighbourRules
{
    /// <summary>
    /// "the previous year", "the following month", "the year before": one year or month away from the story's time;
    /// "the following day", "the day after the rally": a day away from a day named earlier in the sentence;
    /// "earlier in the day": that day, else the DCT.
    /// </summary>
    public static int Try(in TimeScan s, int i, ImmutableArray<TimeExpression>.Builder output)
    {
        if (!s.Is(i, "the"))
            return -1;
        int unitToken, direction, end;
        // Most "the" tokens start no such phrase: check the words before looking back for an anchor.
        if (!s.Is(i + 1, LexKind.Modifier) && !s.Is(i + 1, LexKind.Unit))
            return -1;
        var anchor = Anchor(s, output);
        if (s.Is(i + 1, "day") && s.Is(i - 1, "in") && (s.Is(i - 2, "earlier") || s.Is(i - 2, "later")))
        {
            if (anchor.Day == 0 && s.Dct is null)
                return -1;
            var day = anchor.Day > 0 ? new DateOnly(anchor.Year, anchor.Month, anchor.Day) : s.Dct!.Value;
            output.Add(s.Expression(i, i + 2, TimexType.Date, Calendar.Day(day), "time.relative.neighbour"));
            return i + 2;
        }
        if (s.Is(i + 1, LexKind.Modifier) && (s.Value(i + 1) is -3 or 3 || s.Value(i + 1) == 1 && s.Is(i + 2, "day")))
            (unitToken, direction, end) = (i + 2, Math.Sign(s.Value(i + 1)), i + 3);
        else if (s.Is(i + 2, "before") || s.Is(i + 2, "earlier") || s.Is(i + 2, "after") || s.Is(i + 2, "later"))
        {
            (unitToken, direction, end) = (i + 1, s.Is(i + 2, "before") || s.Is(i + 2, "earlier") ? -1 : 1, i + 3);
            // "the year before the war": a preposition's object; only a day named earlier still places "the day".
            if (i + 3 < s.End && s.Tokens[i + 3].Is(TokenShape.Word))
            {
                if (!s.Is(i + 1, "day") || anchor.Day == 0 || !(s.Is(i + 2, "after") || s.Is(i + 2, "before")))
                    return -1;
                end = i + 2;
            }
        }
        else
            return -1;
        if (!s.Is(unitToken, LexKind.Unit) || s.Plural(unitToken))
            return -1;
        var unit = (TimeUnit)s.Value(unitToken);
        if (unit == TimeUnit.Day)
        {
            // A day away from the DCT would need the story's own day; without one named in the sentence, no value is safe.
            if (anchor.Day == 0)
                return -1;
            output.Add(s.Expression(i, end, TimexType.Date, Calendar.Day(new DateOnly(anchor.Year, anchor.Month, anchor.Day).AddDays(direction)), "time.relative.neighbour"));
            return end;
        }
        if (unit is not (TimeUnit.Year or TimeUnit.Month))
            return -1;
        string value;
        if (unit == TimeUnit.Year && (anchor.Year > 0 || s.Dct is not null))
            value = Calendar.Year((anchor.Year > 0 ? anchor.Year : s.Dct!.Value.Year) + direction);
        else if (anchor.Month > 0 || s.Dct is not null)
        {
            var from = anchor.Month > 0 ? new DateOnly(anchor.Year, anchor.Month, 1) : s.Dct!.Value;
            var to = from.AddMonths(direction);
            value = Calendar.Month(to.Year, to.Month);
        }
        else
            value = direction < 0 ? "PAST_REF" : "FUTURE_REF";
        output.Add(s.Expression(i, end, TimexType.Date, value, "time.relative.neighbour"));
        return end;
    }

    /// <summary>The year, month and day (0 when not given) of the last dated expression found in this sentence, or zeros.</summary>
    private static (int Year, int Month, int Day) Anchor(in TimeScan s, ImmutableArray<TimeExpression>.Builder output)
    {
        var sentenceStart = s.Tokens[s.First].Start;
        for (var k = output.Count - 1; k >= 0 && output[k].Start >= sentenceStart; k--)
        {
            var v = output[k].Value.AsSpan();
            if (output[k].Type != TimexType.Date || v.Length < 4 || !int.TryParse(v[..4], System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1000)
                continue;
            var month = v.Length >= 7 && v[4] == '-' && int.TryParse(v.Slice(5, 2), System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
            var day = month > 0 && v.Length == 10 && int.TryParse(v.Slice(8, 2), System.Globalization.CultureInfo.InvariantCulture, out var d)
                && Calendar.TryDate(year, month, d) is not null ? d : 0;
            return (year, month, day);
        }
        return (0, 0, 0);
    }
}
