using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Barnier, who led the bloc's Brexit negotiations, says ...", "Revere, a former official who had negotiated with North
/// Korea, said ...": a past act told in a relative clause set off inside the subject of the sentence is background that
/// says who the subject is; the news is what the subject says or does. CAMEO codes the news. A "which" clause does the
/// same when its act is dated before the news ("Norway, which brokered the 1993 accords, offered ...", "Crimea, which
/// Russia annexed in 2014, remains ...", "the militia, which took the port earlier this year, said ..."); an undated one
/// ("Qatar, which brokered the exchange, said ...") may be the story's own act and stays. A consultation in a "who" clause
/// (not a trip: "who flew to Florida", a frame: "who had been expected to meet") is the story's own meeting unless the clause dates it or the subject is a former office-holder ("Ana Ruiz, who met
/// Lula on Monday, said ...", "the minister, who spoke to Erdogan later on Tuesday, told him ..." are news; "Peru's
/// former president, who met Chinese leaders in 2016, says ..." is not): on the read sets 17 such meetings, visits and
/// calls were gold events dropped as background. One that names no other side in its sentence stays background
/// (EventCoder.PassingConsultation).
/// </summary>
internal static class Biographies
{
    /// <summary>How far before the trigger the clause's "who" may stand ("who had long and often negotiated").</summary>
    private const int WhoReach = 6;

    /// <summary>How far after the trigger the clause may close with its comma before the sentence's own verb.</summary>
    private const int CloseReach = 25;

    /// <summary>Whether the trigger is a past act in a "who" clause that sits inside its sentence's subject.</summary>
    public static bool Told(Document document, int trigger, int sentenceStart, bool consultation = false)
    {
        var who = -1;
        for (var t = trigger - 1; t > sentenceStart && t >= trigger - WhoReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "who" or "which")
            {
                who = t;
                break;
            }
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        if (who < 0 || !Past(document, trigger, who) || !SetOff(document, who, sentenceStart))
            return false;
        if (document.Slice(document.Tokens[who].Range) is "which" && !DatedEarlier(document, who, trigger))
            return false;
        if (consultation && document.Slice(document.Tokens[who].Range) is "who" && document.Slice(document.Tokens[trigger - 1].Range) is not "to"
            && !Former(document, who, sentenceStart) && !DatedEarlier(document, who, trigger, anyDate: true))
            return false; // "Lee, who met Kishida on Monday, said ...": a consultation told in passing is still the story's meeting
        return ClosesBeforeVerb(document, trigger, document.Tokens.Length);
    }

    /// <summary>"Peru's former president, who", "the late king, who": a subject past its office, whose acts are its biography.</summary>
    private static bool Former(Document document, int who, int sentenceStart)
    {
        for (var t = who - 1; t >= sentenceStart && t >= who - 8; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "former" or "Former" or "ex" or "late" or "veteran" or "retired" || text.StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
                return true;
            if (t < who - 1 && document.Tokens[t].Is(TokenShape.Punctuation) && text is not ("'" or "’" or "-"))
                return false;
        }
        return false;
    }

    /// <summary>"who led", "who had negotiated", "who resigned": a past form, or any form after "had".</summary>
    private static bool Past(Document document, int trigger, int who)
    {
        var word = document.Slice(document.Tokens[trigger].Range);
        for (var t = who + 1; t < trigger; t++)
            if (document.Slice(document.Tokens[t].Range) is "had")
                return true;
            else if (document.Slice(document.Tokens[t].Range) is "has" or "have" or "is" or "are" or "will" or "would" or "was" or "were")
                return false; // "who has met", "who was detained": a recent act or one the subject underwent
        return Inflections.IsPastForm(word);
    }

    /// <summary>"Barnier, who", "a former State Department official who": the clause follows a comma or a noun of an apposition.</summary>
    private static bool SetOff(Document document, int who, int sentenceStart)
    {
        if (document.Slice(document.Tokens[who - 1].Range) is ",")
            return true;
        // "Revere, a former official who": a comma then "a"/"the" a few words back opens an apposition the clause ends.
        for (var t = who - 1; t > sentenceStart && t >= who - 6; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "a" or "an" or "the" && document.Slice(document.Tokens[t - 1].Range) is ",")
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>Whether a comma closes the clause after the trigger and a lower-case verb-like word follows it ("..., says").</summary>
    private static bool ClosesBeforeVerb(Document document, int trigger, int end)
    {
        for (var t = trigger + 1; t + 1 < end && t <= trigger + CloseReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "?" or "!" or "“" or "\"" or "—") // the sentence ends, or a quote opens, before any closing comma
                return false;
            if (text is not ",")
                continue;
            var next = document.Tokens[t + 1];
            var nextText = document.Slice(next.Range);
            // The sentence's own verb right after the clause: "..., says", "..., knows this well", "..., said on Monday".
            return next.Is(TokenShape.Word) && !next.Is(TokenShape.Capitalized) && nextText is not ("and" or "or" or "but" or "who" or "which" or "a" or "an" or "the")
                && (nextText.EndsWith("s", StringComparison.Ordinal) || nextText.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularPast(nextText)
                    || nextText is "has" or "have" or "will" or "would" or "is" or "was");
        }
        return false;
    }

    /// <summary>
    /// Whether the clause opened at <paramref name="which"/> dates its act before the news, up to its closing comma: a year
    /// before the publication's ("in 2014", "the 1993 accords"), "earlier this year", "last year", "years ago", "the 1990s".
    /// With <paramref name="anyDate"/> (a consultation in a "who" clause) any year counts, and "once", "long", "repeatedly",
    /// "previously" date it instead of "earlier this year".
    /// </summary>
    private static bool DatedEarlier(Document document, int which, int trigger, bool anyDate = false)
    {
        var published = document.Published?.Date.Year;
        for (var t = which + 1; t < document.Tokens.Length && t <= trigger + CloseReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or "." or ";" or "?" or "!")
                return false;
            if (Calendar.YearWord(text) is { } year && (anyDate || published is { } now && year < now))
                return true;
            if (Calendar.IsDecadeWord(text))
                return true; // "in the 1990s"
            var next = t + 1 < document.Tokens.Length ? document.Slice(document.Tokens[t + 1].Range) : default;
            var after = t + 2 < document.Tokens.Length ? document.Slice(document.Tokens[t + 2].Range) : default;
            if (text is "last" && next is "year" || text is "years" or "decades" && next is "ago"
                || (anyDate ? text is "once" or "long" or "repeatedly" or "previously" : text is "earlier" && next is "this" && after is "year"))
                return true;
        }
        return false;
    }
}
