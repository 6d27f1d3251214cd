using System.Collections.Frozen;
using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// "monitors have long been posted along the line", "Oman has
/// hosted the talks' secretariat since 2015", "the army has fought the insurgents for years", "Kenya has deepened ties
/// with Ethiopia in recent years": a perfect whose span reaches back years (the adverb "long", or "since" a year before
/// last, "for years", "in recent years", "over the past decade") tells a position held or a state kept over time, the
/// context of the news, not one act at one time. CAMEO codes events, so such a perfect is no event, as a habit is not
/// (<see cref="HabitsAndUses"/>). "has repeatedly warned", "has in recent months called up reservists", "have struck
/// the port since Saturday" tell acts done in the news window, and a perfect inside a quotation is the speaker's charge
/// made now ("“they have cheated us for decades”"): both stay events. An act told over a closed span of earlier years
/// in its own comma-bounded stretch ("fought a border war from 1977 to 1978", "held two votes between 2016 and 2019",
/// "shut the crossing from 2010 to 2014 after accusing ...") is history summed over years, no one act either; "Ruto,
/// who led Kenya from 2013 to 2022, met ..." keeps the meeting, which stands outside the span's stretch.
/// </summary>
internal static class StandingSpans
{
    /// <summary>How many words (adverbs, "been") may stand between "has"/"have"/"had" and the trigger: "has long been".</summary>
    private const int AuxiliaryReach = 3;

    /// <summary>How far after the trigger, inside its clause, the span may be named: "has hosted the office of the group since 2015".</summary>
    private const int SpanReach = 14;

    /// <summary>How far back a quotation may open before the trigger and still hold it.</summary>
    private const int QuoteReach = 40;

    /// <summary>Words that close the trigger's clause before a span: one after them belongs to another clause.</summary>
    private static readonly FrozenSet<string> s_clauseEnds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ".", ";", ",", "?", "!", ":", "—", "that", "which", "who", "whose", "when", "where", "after", "before", "because", "while", "until", "but");

    /// <summary>Words that may stand between "for"/"over"/"in" and "years": "for more than two decades", "over the past few years".</summary>
    private static readonly FrozenSet<string> s_spanFillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "past", "last", "recent", "many", "several", "few", "more", "than", "nearly", "almost", "over", "some", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "a", "decade");

    /// <summary>Whether the trigger is a perfect whose span reaches back years.</summary>
    public static bool Spans(Document document, int trigger)
    {
        if (Perfect(document, trigger) is not { } longAdverb || Quoted(document, trigger))
            return false;
        // "have long railed against", "has long opposed": a stance held long is a position held now, and CAMEO codes it (HabitsAndUses).
        if (longAdverb && HabitsAndUses.Stance(document.Slice(document.Tokens[trigger].Range)))
            return false;
        return longAdverb || SpanAfter(document, trigger);
    }

    /// <summary>How far from the trigger its comma-bounded stretch is searched for a span of years.</summary>
    private const int StretchReach = 40;

    /// <summary>Whether the trigger's stretch between commas names a span of years closed before the publication's year: "from 1977 to 1978", "between 2016 and 2019".</summary>
    public static bool OverEarlierYears(Document document, int trigger)
    {
        if (document.Published is not { } published)
            return false;
        var first = trigger;
        while (first > 0 && trigger - first < StretchReach && !StretchEnd(document.Slice(document.Tokens[first - 1].Range)))
            first--;
        for (var t = first; t + 3 < document.Tokens.Length && t < trigger + StretchReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (t > trigger && StretchEnd(text))
                return false;
            if (text.Equals("from", StringComparison.OrdinalIgnoreCase) || text.Equals("between", StringComparison.OrdinalIgnoreCase))
            {
                var link = document.Slice(document.Tokens[t + 2].Range);
                if (Calendar.YearWord(document.Slice(document.Tokens[t + 1].Range)) is { } from && link is "to" or "and" or "-" or "–"
                    && Calendar.YearWord(document.Slice(document.Tokens[t + 3].Range)) is { } to && from < to && to < published.Date.Year)
                    return true;
            }
        }
        return false;
    }

    private static bool StretchEnd(ReadOnlySpan<char> text) => text is "," or "." or ";" or "?" or "!" or ":" or "—";

    /// <summary>Null when the trigger is no perfect; else whether "long" stands in it ("has long denied", "have long been posted").</summary>
    private static bool? Perfect(Document document, int trigger)
    {
        var sawLong = false;
        for (var t = trigger - 1; t >= 0 && t >= trigger - 1 - AuxiliaryReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "has" or "have" or "had" or "'ve" or "’ve")
                return sawLong;
            if (text is "long")
                sawLong = true;
            else if (text is not "been" && !(document.Tokens[t].Is(TokenShape.Word) && text.EndsWith("ly", StringComparison.Ordinal)) && text is not ("also" or "both"))
                return null;
        }
        return null;
    }

    /// <summary>"since 2015", "since the 1990s", "for years", "for more than a decade", "in recent years", after the trigger in its clause.</summary>
    private static bool SpanAfter(Document document, int trigger)
    {
        var end = Math.Min(document.Tokens.Length, trigger + 1 + SpanReach);
        for (var t = trigger + 1; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_clauseEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
            if (text.Equals("since", StringComparison.OrdinalIgnoreCase) && t + 1 < end)
                return OldYear(document, t + 1) || t + 2 < end && document.Slice(document.Tokens[t + 1].Range) is "the" && Calendar.IsDecadeWord(document.Slice(document.Tokens[t + 2].Range));
            if (text is "years" or "decades" or "decade" && YearsPhrase(document, t, trigger))
                return true;
        }
        return false;
    }

    /// <summary>"for years", "in recent years", "over the past two decades", "for more than a decade": a span word led by "for", "over" or "in ... recent|past|last".</summary>
    private static bool YearsPhrase(Document document, int years, int trigger)
    {
        var recent = false;
        for (var t = years - 1; t > trigger; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "for" or "over")
                return true;
            if (text is "in")
                return recent;
            if (text is "recent" or "past" or "last")
                recent = true;
            if (!s_spanFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && !document.Tokens[t].Is(TokenShape.Number))
                return false;
        }
        return false;
    }

    /// <summary>A year before last: "since 2015" read in 2025 spans a decade; "since 2024" read in 2025 may be one recent act.</summary>
    private static bool OldYear(Document document, int token) =>
        Calendar.YearWord(document.Slice(document.Tokens[token].Range)) is { } year && document.Published is { } p && year <= p.Date.Year - 2;

    /// <summary>Whether an opening quotation mark stands before the trigger with no closing one after it: the trigger is quoted speech.</summary>
    private static bool Quoted(Document document, int trigger)
    {
        for (var t = trigger - 1; t >= 0 && t >= trigger - QuoteReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "“")
                return true;
            if (text is "”" or "." or "?" or "!")
                return false;
        }
        return false;
    }
}
