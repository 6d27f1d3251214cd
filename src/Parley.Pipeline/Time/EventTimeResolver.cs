using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>Interim event-time resolution (the time helper's version replaces it): nearest calendar time in the sentence, else the DCT.</summary>
public static class EventTimeResolver
{
    public static EventTime Resolve(Document document, int sentenceIndex, TextRange trigger)
    {
        var sentence = document.Sentences[sentenceIndex];
        TimeExpression? best = null;
        foreach (var t in document.Times)
        {
            if (t.Start < sentence.Start || t.End > sentence.End || !t.IsCalendar)
                continue;
            if (best is null || Math.Abs(t.Start - trigger.Start) < Math.Abs(best.Value.Start - trigger.Start))
                best = t;
        }
        if (best is { } b)
            return new EventTime(b.Value, TimeValue.PrecisionOf(b.Value), TimeBasis.Explicit, b.Range);
        if (document.Published is { } p)
            return new EventTime(p.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), TimePrecision.Day, TimeBasis.Published, null);
        return new EventTime("PRESENT_REF", TimePrecision.Unknown, TimeBasis.Published, null);
    }
}
