using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The time a news story's narrative is at, for a past event whose own sentence gives none: the anchor of the previous
/// sentences ("last week", "on Tuesday", "in February") or the story lead's day ("Militants attacked a train Tuesday").
/// </summary>
internal static class NarrativeTime
{
    private const int PreviousWindow = 3;
    private const int LeadWindow = 12;

    /// <summary>
    /// The latest anchor of the previous three sentences of the paragraph; a time after the DCT ("will take effect
    /// Wednesday") is skipped. A year or coarser time ("in 2010", "last year") is where the narrative is only when it
    /// is over before the DCT and opens a past frame (<see cref="PastFrame"/>): else it is background and stops the search.
    /// </summary>
    /// <param name="framed">False for an event a past frame cannot hold: one in a relative clause about someone ("the
    /// student, who died after being detained") tells that person's own past, not the narrative's.</param>
    public static TimeExpression? Previous(Document document, int sentenceIndex, bool framed = true)
    {
        var text = document.Text.AsSpan();
        // whether every sentence from the event's back to the one under search tells on in the simple past
        framed = framed && PastFrame.TellsOn(document, document.Sentences[sentenceIndex]);
        for (var k = sentenceIndex - 1; k >= 0 && k >= sentenceIndex - PreviousWindow; k--)
        {
            var previous = document.Sentences[k];
            if (text[previous.End..document.Sentences[k + 1].Start].ContainsAny('\n', '\r'))
                return null;
            var times = document.Times;
            for (var t = times.Length - 1; t >= 0; t--)
            {
                if (!IsAnchor(document, previous, times[t]))
                    continue;
                var time = times[t];
                if (TimeValue.PrecisionOf(time.Value) > TimePrecision.Month)
                    return framed && Before(document, time) && PastFrame.Opens(document, previous, time) ? time : null;
                if (!After(document, time))
                    return time;
            }
            framed = framed && PastFrame.TellsOn(document, previous);
        }
        return null;
    }

    /// <summary>
    /// The lead's day: the last day-precise anchor of the first or second sentence, when no other anchor stands between
    /// the lead and the event (that would be a shift of the narrative) and the event continues the lead's story: it says
    /// so (<paramref name="continues"/>: "also", a past perfect) or names an entity the lead names.
    /// </summary>
    public static TimeExpression? Lead(Document document, int sentenceIndex, bool continues)
    {
        var sentences = document.Sentences;
        for (var lead = 0; lead <= 1 && lead < sentenceIndex; lead++)
        {
            if (LastDay(document, sentences[lead]) is not { } anchor)
                continue;
            if (sentenceIndex - lead > LeadWindow)
                return null;
            for (var k = lead + 1; k < sentenceIndex; k++)
                foreach (var time in document.Times)
                    if (IsAnchor(document, sentences[k], time) && time.Value != anchor.Value)
                        return null;
            return continues || SharesEntity(document, sentences[lead], sentences[sentenceIndex]) ? anchor : null;
        }
        return null;
    }

    private static TimeExpression? LastDay(Document document, Sentence sentence)
    {
        var times = document.Times;
        for (var t = times.Length - 1; t >= 0; t--)
            if (IsAnchor(document, sentence, times[t]) && TimeValue.PrecisionOf(times[t].Value) is TimePrecision.Day or TimePrecision.Hour or TimePrecision.Minute
                && !After(document, times[t]))
                return times[t];
        return null;
    }

    /// <summary>
    /// A calendar time of the sentence that dates the story, not a statement about it ("said on Friday") nor the verb of an
    /// indefinite appositive (", a charge Kabul rejected Thursday"). A time that
    /// modifies a noun counts: "Tuesday's attack" tells which day the narrative is at.
    /// </summary>
    private static bool IsAnchor(Document document, Sentence sentence, TimeExpression time) =>
        time.Start >= sentence.Start && time.End <= sentence.End && time.IsCalendar
        && !EventTimeResolver.DatesReporting(document, time.Start, default) && !Clauses.InIndefiniteAppositive(document, sentence, time.Range);

    /// <summary>Whether the time is over before the DCT: "this year" is the story's now, not a past frame.</summary>
    private static bool Before(Document document, TimeExpression time) =>
        document.Published is { } p && TimeFrame.Relate(time.Value, p.Date) == TimeRelation.Before;

    private static bool After(Document document, TimeExpression time) =>
        document.Published is { } p && TimeFrame.Relate(time.Value, p.Date) == TimeRelation.After;

    /// <summary>
    /// Whether sentence <paramref name="b"/> names, or refers back to, an entity sentence <paramref name="a"/> names. Group
    /// nouns and demonyms ("officials", "Chinese") are too generic to tie two sentences to one incident.
    /// </summary>
    private static bool SharesEntity(Document document, Sentence a, Sentence b)
    {
        var mentions = document.Mentions;
        foreach (var m in mentions)
        {
            if (m.Start < b.Start || m.End > b.End || m.Kind is MentionKind.Agent or MentionKind.Demonym)
                continue;
            foreach (var n in mentions)
                if (n.Entity == m.Entity && n.Start >= a.Start && n.End <= a.End)
                    return true;
        }
        return false;
    }
}
