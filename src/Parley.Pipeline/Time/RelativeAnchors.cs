using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// A day the text gives relative to another event or to the narrative's day, not to the DCT: "a day earlier", "two days
/// later", "a week before", "hours after the attack", "shortly before the press conference". The act takes the anchor's day
/// shifted by the relation: with no object ("had warned a day earlier"), the day the narrative stands on (the previous
/// sentences' anchor; with none there, the story's news day, the lead's); with an object ("hours after the attack"), the day of that event where the
/// story last names it: a day in the same sentence as its noun, else the day that sentence's narrative stands on.
/// "hours", "minutes", "shortly", "soon" shift by no day. A clause object ("hours after militants struck") is not followed.
/// </summary>
internal static partial class RelativeAnchors
{
    /// <summary>How many sentences back the object's noun is searched for.</summary>
    private const int ObjectWindow = 40;

    [GeneratedRegex(@"\b(?:(?<n>a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?<u>days?|weeks?)|(?<z>(?:just\s+|only\s+|a\s+few\s+|several\s+|some\s+)?(?:hours|minutes|moments)|an\s+hour|shortly|soon))\s+(?<d>earlier|before|later|after)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relation();

    /// <summary>
    /// The direction words every <see cref="Relation"/> match ends with: a sentence holding none of them (ignoring case, a
    /// looser test than the pattern's) holds no relation, found by one vectorised pass instead of the pattern's scan.
    /// </summary>
    private static readonly SearchValues<string> s_directions = SearchValues.Create(["earlier", "before", "later", "after"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The relations in the text from <paramref name="start"/> to <paramref name="end"/>, their indexes in the whole text; the
    /// range is searched as if it were the whole input (as a cut-out string would be), without cutting it out: this runs per trigger.
    /// </summary>
    private static Match? FirstRelation(string text, int start, int end) =>
        text.AsSpan(start, end - start).IndexOfAny(s_directions) < 0 ? null : Relation().Match(text, start, end - start);

    /// <summary>A determiner that opens an event noun phrase after "before"/"after", then its words up to a preposition, verb or punctuation.</summary>
    [GeneratedRegex(@"^\s+(?:the|an?|his|her|its|their)\s+(?<np>(?:(?!(?:to|of|in|on|at|for|by|with|from|that|which|who|where|when|and|or|but|as|was|were|had|has|is|are)\b)[\p{L}][\p{L}'’-]*\s*){1,4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPhrase();

    /// <summary>The act's time from a relation in its sentence, or null when the sentence has none the rule can follow.</summary>
    public static EventTime? Try(Document document, int sentenceIndex, TextRange trigger)
    {
        var sentence = document.Sentences[sentenceIndex];
        var text = document.Text;
        for (var m = FirstRelation(text, sentence.Start, sentence.End); m is { Success: true }; m = m.NextMatch())
        {
            var range = new TextRange(m.Index, m.Index + m.Length);
            if (Clauses.InRelativeClause(document, sentence, trigger, range))
                continue;
            var days = Shift(m);
            var dir = m.Groups["d"].Value.ToLowerInvariant();
            DateOnly? anchor;
            if (dir is "earlier" or "later" || Ends(text, range.End, sentence.End))
                anchor = NarrativeDay(document, sentenceIndex);
            else if (ObjectPhrase().Match(text, range.End, sentence.End - range.End) is { Success: true } o)
            {
                var np = o.Groups["np"];
                // the trigger is the anchor event itself ("hours after the attack", trigger "attack"): it is not placed by it
                if (trigger.Start >= range.End && trigger.Start < np.Index + np.Length)
                    continue;
                var head = np.Value.TrimEnd().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
                anchor = ObjectDay(document, sentenceIndex, head);
            }
            else
                continue;
            if (anchor is not { } day)
                return null;
            var value = Calendar.Day(day.AddDays(days));
            return new EventTime(value, TimePrecision.Day, TimeBasis.Inherited, range, EventTimeRules.Anchor);
        }
        return null;
    }

    /// <summary>
    /// The measure that ends just before <paramref name="end"/> ("two days after", "hours after", "a week after"): the days
    /// from the clause that follows to the act it is set against (2, 0, 7), and the phrase's range; null when there is none.
    /// </summary>
    public static (int Days, TextRange Relation)? Measure(Document document, Sentence sentence, int end)
    {
        var text = document.Text;
        for (var m = FirstRelation(text, sentence.Start, end); m is { Success: true }; m = m.NextMatch())
            if (m.Index + m.Length == end)
                return (Shift(m), new TextRange(m.Index, end));
        return null;
    }

    /// <summary>Signed days of the relation: "two days earlier" is -2, "a week later" +7, "hours after" 0.</summary>
    private static int Shift(Match m)
    {
        var sign = m.Groups["d"].Value.ToLowerInvariant() is "earlier" or "before" ? -1 : 1;
        if (!m.Groups["n"].Success)
            return 0;
        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        var unit = m.Groups["u"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 : 1;
        return sign * n * unit;
    }

    /// <summary>Whether "before"/"after" ends its phrase: punctuation or the sentence's end follows ("two days before, ...").</summary>
    private static bool Ends(string text, int end, int sentenceEnd)
    {
        var i = end;
        while (i < sentenceEnd && text[i] == ' ')
            i++;
        return i >= sentenceEnd || text[i] is ',' or '.' or ';' or ':' or '!' or '?';
    }

    /// <summary>The day the narrative stands on before this sentence: the previous sentences' anchor, else the lead's day.</summary>
    internal static DateOnly? NarrativeDay(Document document, int sentenceIndex)
    {
        var from = NarrativeTime.Previous(document, sentenceIndex);
        if (from is { } t)
            return DayOf(t.Value);
        return LeadDay(document, sentenceIndex);
    }

    /// <summary>The story's news day: the last day of the first sentence (else the second) that is not after the DCT.</summary>
    private static DateOnly? LeadDay(Document document, int sentenceIndex)
    {
        for (var lead = 0; lead <= 1 && lead < sentenceIndex; lead++)
        {
            var s = document.Sentences[lead];
            var times = document.Times;
            for (var t = times.Length - 1; t >= 0; t--)
                if (times[t].Start >= s.Start && times[t].End <= s.End && times[t].IsCalendar && DayOf(times[t].Value) is { } d && !After(document, d))
                    return d;
        }
        return null;
    }

    /// <summary>
    /// The day of the event the noun names: the latest earlier sentence with the noun and a day of its own (not a saying's,
    /// not after the DCT), the one nearest the noun; else the narrative day of the nearest earlier sentence with the noun.
    /// </summary>
    private static DateOnly? ObjectDay(Document document, int sentenceIndex, string head)
    {
        var noun = new Regex(@"\b" + Regex.Escape(head) + @"(?:s|es)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var text = document.Text;
        var nearest = -1;
        for (var k = sentenceIndex - 1; k >= 0 && k >= sentenceIndex - ObjectWindow; k--)
        {
            var s = document.Sentences[k];
            var hit = noun.Match(text, s.Start, s.End - s.Start);
            if (!hit.Success)
                continue;
            if (nearest < 0)
                nearest = k;
            TimeExpression? best = null;
            var bestDistance = int.MaxValue;
            foreach (var time in document.Times)
            {
                if (time.Start < s.Start || time.End > s.End || !time.IsCalendar || DayOf(time.Value) is not { } d
                    || EventTimeResolver.DatesReporting(document, time.Start, default) || After(document, d))
                    continue;
                var distance = Math.Abs(time.Start - hit.Index);
                if (distance < bestDistance)
                    (best, bestDistance) = (time, distance);
            }
            if (best is { } b)
                return DayOf(b.Value);
        }
        return nearest >= 0 ? NarrativeDay(document, nearest) : null;
    }

    private static bool After(Document document, DateOnly day) => document.Published is { } p && day > p.Date;

    /// <summary>The day of a day-, hour- or minute-precise value ("2025-03-11", "2025-03-11TEV"), else null.</summary>
    internal static DateOnly? DayOf(string value) =>
        value.Length >= 10 && TimeValue.PrecisionOf(value) is TimePrecision.Day or TimePrecision.Hour or TimePrecision.Minute
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
