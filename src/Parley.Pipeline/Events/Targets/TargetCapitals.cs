using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "in exchange for fuel oil from Washington", "a deal struck with Washington", "relations with Islamabad": a national capital
/// the entity stage left as a place, named after a preposition of a party (not of a venue), is its country's government.
/// </summary>
internal static class TargetCapitals
{
    /// <summary>How many words after the trigger's first word the capital may stand, inside one clause.</summary>
    private const int Window = 30;

    /// <summary>
    /// The government of the first capital named after "from", "with" or "by" (or "to", for a pattern whose target follows
    /// "to") in the trigger's clause; null when there is none.
    /// </summary>
    public static EventActor? Party(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, List<EventActor> source)
    {
        for (var t = trigger.FirstToken + 1; t + 1 < sentence.EndToken && t <= trigger.FirstToken + Window; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // A comma or a new clause ends the act's phrase ("..., a senior official from Washington said"), except the terms
            // it was done under (", under a deal struck with Washington").
            if (word is "," && document.Slice(document.Tokens[t + 1].Range) is "under")
                continue;
            if (word is "," or ";" or ":" or "said" or "says" or "who" or "which" or "that" or "while" or "but" or "after" or "before" or "because")
                return null;
            // "extended recognition to Seoul", "a visit to Hanoi": "to" names a party where the pattern's own target stands after it
            if (word is not ("from" or "with" or "by") && !(word is "to" && Array.IndexOf(trigger.Pattern.TargetPrepositions, "to") >= 0))
                continue;
            if (At(document, kb, document.Tokens[t + 1].Start, source, out var stop) is { } state)
                return state;
            if (stop)
                return null;
        }
        return null;
    }

    /// <summary>
    /// The government of the capital named at <paramref name="start"/> ("from Washington"), as a metonym or a place; null
    /// when no capital of another state starts there (<paramref name="stop"/>: a capital stands there with no entity to name it).
    /// </summary>
    public static EventActor? At(Document document, KnowledgeBase kb, int start, List<EventActor> source, out bool stop)
    {
        stop = false;
        if (Metonym(document, kb, start, source) is { } state)
            return state;
        var p = document.FirstPlaceFrom(start);
        if (p >= document.Places.Length || document.Places[p].Start != start)
            return null;
        var where = document.Places[p].Where;
        if (!kb.Countries.TryGetValue(where.Country, out var country) || country.CapitalGeonameId != where.GeonameId || IsOwnState(source, where.Country))
            return null;
        stop = true;
        return (Jurisdictions.StateEntity(document, where.Country) ?? TargetHomes.EntityAt(document, start)) is { } entity
            ? new EventActor(document.Places[p].Range, entity, country.Name, new ActorCode(where.Country, "GOV"), null) : null;
    }

    /// <summary>
    /// Whether the source is the state itself or its government: rebels and an opposition answer their own capital ("spurned an
    /// offer from Colombo"), a state does not answer itself.
    /// </summary>
    private static bool IsOwnState(List<EventActor> source, string country) => source.Exists(a => a.Code.Country == country && a.Code.Sector is null or "GOV");

    /// <summary>A capital the entity stage read as its state ("with Washington"), starting at the offset, as that state's government.</summary>
    private static EventActor? Metonym(Document document, KnowledgeBase kb, int start, List<EventActor> source)
    {
        for (var i = document.FirstMentionFrom(start); i < document.Mentions.Length && document.Mentions[i].Start == start; i++)
        {
            var m = document.Mentions[i];
            if (m.Kind != MentionKind.Metonym || document.Entities[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal)
                || !kb.Countries.TryGetValue(key[8..], out var country) || IsOwnState(source, country.Iso3))
                continue;
            return new EventActor(m.Range, m.Entity, country.Name, new ActorCode(country.Iso3, "GOV"), null);
        }
        return null;
    }
}
