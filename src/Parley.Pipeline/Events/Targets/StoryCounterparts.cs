using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// When the story's counterpart may stand for the other side an act leaves unnamed (<c>+target.counterpart</c>): a reply, a demand,
/// a threat or a talk whose own words name no one is addressed to the one its source last dealt with ("Kenya rejected the
/// ruling", "Ankara warned it would retaliate"). It is not when the act's own object phrase names a third party, neither the source's
/// country nor the counterpart's, and the sentence never names the counterpart: "declined to join the EU's relocation plan" is aimed at
/// the EU's plan, "is negotiating to buy wheat from Argentina" at Argentina, "for defying rulings by the UN envoy" at the envoy
/// (a by-phrase naming the object's maker yields even when the name is no known actor),
/// whatever partner the story last gave the source. The object phrase runs from the act's end to the first clause boundary: a
/// comma, a colon or semicolon, a complementiser or relative pronoun, a finite auxiliary ("the visit is aimed at"), or a subject pronoun that opens the content of a saying
/// ("warned it could buy Russian jets": the jets' maker is what the warning is about, not whom it warns).
/// </summary>
internal static class StoryCounterparts
{
    /// <summary>Words that end an act's object phrase: a clause or a content clause begins.</summary>
    private static readonly FrozenSet<string> Boundaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", ";", ":", "that", "which", "who", "whom", "whose", "because", "while", "although", "though", "but", "it", "he", "she", "they", "we", "i", "“", "\"",
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must");

    /// <summary>The tokens [start, end) of the object phrase after <paramref name="act"/>: up to the first clause boundary.</summary>
    public static (int Start, int End) ObjectPhrase(Document document, Sentence sentence, TriggerMatch act)
    {
        var start = Math.Min(Targets.ObjectStart(document, act), sentence.EndToken);
        var boundaries = Boundaries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (boundaries.Contains(document.Slice(document.Tokens[act.EndToken - 1].Range)))
            return (start, start); // "warned that", "warning it": the act's words end with the opening of its content
        var end = start;
        // An infinitive after the object is the act's purpose ("strengthen ties in Asia to counter Beijing"), not its object;
        // one right after the act is its object ("negotiating to import eggs from Brazil").
        while (end < sentence.EndToken && !boundaries.Contains(document.Slice(document.Tokens[end].Range))
               && !(end > start && document.Slice(document.Tokens[end].Range) is "to" && end + 1 < sentence.EndToken && !document.Tokens[end + 1].Is(TokenShape.Capitalized)
                    && document.Slice(document.Tokens[end + 1].Range) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their")))
            end++;
        return (start, end);
    }

    /// <summary>
    /// Whether the object phrase of <paramref name="act"/> names a party of another country than the source's and the counterpart's
    /// (a mention's actor or a gazetted place), while the sentence names nothing of the counterpart's country: then the counterpart yields.
    /// </summary>
    public static bool Yields(Document document, Sentence sentence, TriggerMatch act, List<EventActor> source, string counterpart)
    {
        if (act.Pattern.Cameo == "016")
            return false; // "denied any plan to send troops into Kosovo": a denial answers its accuser, whatever the denied charge names
        var (start, end) = ObjectPhrase(document, sentence, act);
        if (start >= end)
            return false;
        var from = document.Tokens[start].Range.Start;
        var to = document.Tokens[end - 1].Range.End;
        var third = false;
        foreach (var m in document.MentionsStartingIn(sentence.Start, sentence.End))
        {
            if (document.Entities[m.Entity].Actor is not { Country: { Length: 3 } country } || country == "---")
                continue;
            if (country == counterpart && !IsSourceCountry(source, country))
                return false; // the sentence names the counterpart's country (not as the source's own): it may still be the one addressed
            if (m.Start >= from && m.End <= to && !IsSourceCountry(source, country))
                third = true;
        }
        foreach (var p in document.PlacesStartingIn(from, to))
            if (p.Where.Country is { Length: 3 } country && country != counterpart && !IsSourceCountry(source, country))
                third = true;
        return third || NamesAuthor(document, start, end, source);
    }

    /// <summary>
    /// "ignoring rulings issued by the regional Peace Envoy": an object phrase whose by-phrase names its maker (a capitalised
    /// name, after "the" and lower-case modifiers at most) is that maker's, even when the name is no actor the knowledge base holds.
    /// </summary>
    private static bool NamesAuthor(Document document, int start, int end, List<EventActor> source)
    {
        for (var t = start + 1; t + 1 < end; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not "by")
                continue;
            var n = t + 1;
            if (document.Slice(document.Tokens[n].Range) is "the")
                n++;
            while (n < end && n <= t + 4 && document.Tokens[n].Is(TokenShape.Word) && !document.Tokens[n].Is(TokenShape.Capitalized))
                n++;
            if (n >= end || !document.Tokens[n].Is(TokenShape.Capitalized))
                return false;
            // a passive's agent is the source itself ("were threatened with tariffs by China"), no maker of the object
            var at = document.Tokens[n].Range.Start;
            foreach (var m in document.MentionsStartingIn(at, at + 1))
                if (document.Entities[m.Entity].Actor is { } code && IsSourceCountry(source, code.Country))
                    return false;
            return true;
        }
        return false;
    }

    private static bool IsSourceCountry(List<EventActor> source, string country)
    {
        foreach (var a in source)
            if (a.Code.Country == country)
                return true;
        return false;
    }
}
