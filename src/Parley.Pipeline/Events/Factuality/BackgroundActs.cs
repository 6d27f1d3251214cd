using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Acts the sentence itself dates two years or more before the story: history told as background, which coders of the
/// story's events leave uncoded ("In 2015, the army shelled the border post", "relations soured in 2018, when the
/// navy seized a trawler", "the two men fought a war that began in 2013 and killed thousands"). Reads the event's
/// time (<see cref="Parley.Pipeline.Time.EventTimeResolver"/>: an explicit date of year precision or finer) against the publication
/// date, and the words between the date and the trigger: the date is another verb's when a verb stands between them
/// ("the party that was founded in 2016 accused ..."), and a start or a bound, not the act's time, after "since" or
/// "until" or right after "before" or "by" ("has stalled since 2019", "must leave by 2020"). An act of the last two years stays an event, as the
/// sets code recent history ("expelled the envoy last April"); without a publication date nothing is background.
/// </summary>
internal static class BackgroundActs
{
    /// <summary>How long before the publication date an act's last day must lie to be background.</summary>
    private const int DaysBefore = 730;

    /// <summary>Words before a date that make it a start or a bound rather than the act's time.</summary>
    private const int BoundReach = 6;

    public static bool Dated(Document document, Sentence sentence, TriggerMatch trigger, EventTime time)
    {
        if (time.Basis != TimeBasis.Explicit || time.Evidence is not { } evidence || document.Published is not { } published
            || time.Value.Length < 4 || TimeValue.Period(time.Value) is not { } period || period.Last >= published.Date.AddDays(-DaysBefore))
            return false;
        int first = -1, end = -1;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            var r = document.Tokens[t].Range;
            if (r.End <= evidence.Start)
                continue;
            if (r.Start >= evidence.End)
                break;
            if (first < 0)
                first = t;
            end = t + 1;
        }
        if (first < 0)
            return false;
        var tags = document.Tags;
        var (from, to) = first >= trigger.EndToken ? (trigger.EndToken, first) : (end, trigger.FirstToken);
        for (var t = from; t < to; t++)
            if (t < tags.Length && tags[t] is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.VBN or PosTag.VBG or PosTag.VB or PosTag.MD)
                return false; // another verb's date
        for (var t = first - 1; t >= sentence.FirstToken && t >= first - BoundReach; t--)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is "," or ";" || t < trigger.EndToken && t >= trigger.FirstToken)
                break;
            if (w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase)
                || t == first - 1 && (w.Equals("before", StringComparison.OrdinalIgnoreCase) || w.Equals("by", StringComparison.OrdinalIgnoreCase)))
                return false; // "since 2019", "until 2015", "before 2020", "by 2018"
        }
        return true;
    }
}
