using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// A past perfect in the complement of a dated saying: "confirmed Wednesday that the militia had barred him", "told
/// reporters on Monday that he had been threatened". The day dates the saying (the reference time); the past perfect
/// puts the reported act before it, on a day the text does not give.
/// </summary>
internal static class ReportedPast
{
    /// <summary>
    /// The start of the saying verb whose complement holds the trigger: the last saying verb before the trigger in its
    /// sentence, with no ";" between; -1 when there is none.
    /// </summary>
    public static int SayingBefore(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        var found = -1;
        foreach (var token in tokens)
        {
            if (token.End > trigger.Start)
                break;
            var w = document.Slice(token.Range);
            if (w is ";")
                found = -1;
            else if (ReportingVerbs.Complemented.Contains(w))
                found = token.Start;
        }
        return found;
    }

    /// <summary>
    /// Whether <paramref name="time"/> dates the saying before the trigger rather than the trigger's act: it stands before
    /// that verb ("On Monday the judge said ...") or right after it ("confirmed Wednesday that", "told reporters on Monday", "said in a statement Sunday that").
    /// </summary>
    public static bool DatesSaying(Document document, int saying, TextRange trigger, TimeExpression time)
    {
        if (time.End <= saying)
            return true;
        if (time.Start <= saying || time.End > trigger.Start)
            return false;
        if (EventTimeResolver.DatesReporting(document, time.Start, trigger))
            return true;
        // "said in a statement Sunday that": a few words of the saying's own, then the day, then "that"
        var between = document.Text.AsSpan(saying, time.Start - saying);
        return !between.ContainsAny(',', ';') && between.Count(' ') <= 5
            && document.Text.AsSpan(time.End).TrimStart().StartsWith("that ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A time of the complement that does not date the saying, nearest the trigger: "said Friday that 31 people had been
    /// killed in Tuesday's attack" dates the killing Tuesday. Null when the complement has none.
    /// </summary>
    public static TimeExpression? OwnTime(Document document, Sentence sentence, int saying, TextRange trigger)
    {
        TimeExpression? best = null;
        var distance = int.MaxValue;
        foreach (var time in document.Times)
        {
            if (time.Start <= saying || time.End > sentence.End || !time.IsCalendar || DatesSaying(document, saying, trigger, time)
                || EventTimeResolver.Bound(document, time) || Clauses.InRelativeClause(document, sentence, trigger, time.Range))
                continue;
            var d = time.Start >= trigger.End ? time.Start - trigger.End : Math.Max(0, trigger.Start - time.End);
            if (d < distance)
                (best, distance) = (time, d);
        }
        return best;
    }

    /// <summary>
    /// Whether "during" opens an adjunct before the saying verb ("During the trial, the prosecutor said she had been
    /// followed"): the saying is placed inside the narrative's event, so the narrative's day is the saying's, and
    /// the past perfect of its complement is before that day.
    /// </summary>
    public static bool During(Document document, Sentence sentence, int saying)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        foreach (var token in tokens)
        {
            if (token.Start >= saying)
                break;
            if (document.Slice(token.Range).Equals("during", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
