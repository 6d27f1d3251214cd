using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "hailed the peaceful handover of power in Ghana", "a return to civilian rule in Niger was demanded": praise or a demand
/// about an affair inside a country, named in the phrase of what is praised or demanded, is aimed at that country.
/// </summary>
internal static class TargetAffairs
{
    /// <summary>How many words the phrase of the affair may run before its "in &lt;country&gt;".</summary>
    private const int PhraseReach = 8;

    /// <summary>
    /// The country after "in" in the object phrase right after the trigger, or (for a passive) in the subject phrase
    /// between <paramref name="clauseStart"/> and the trigger; null when none is named there.
    /// </summary>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart, bool passive, TokenIndex index)
    {
        var from = passive ? clauseStart : trigger.EndToken;
        var to = passive ? trigger.FirstToken : Math.Min(sentence.EndToken, trigger.EndToken + PhraseReach + 1);
        if (from >= to)
            return null;
        var places = document.Places;
        for (var i = document.FirstPlaceFrom(document.Tokens[from].Start); i < places.Length && places[i].Start < document.Tokens[to - 1].End; i++)
        {
            var place = places[i];
            var first = index.TokenAt(place.Start);
            if (place.Where.Feature != PlaceFeature.Country || place.Where.Country.Length != 3 || first - 1 < from
                || document.Slice(document.Tokens[first - 1].Range) is not "in" || !OnePhrase(document, from, first - 1))
                continue;
            return Covering(document, place);
        }
        return null;
    }

    /// <summary>Only words between (no comma, clause or quote): the place is inside the phrase that starts at <paramref name="from"/>.</summary>
    private static bool OnePhrase(Document document, int from, int to)
    {
        if (to - from > PhraseReach)
            return false;
        for (var t = from; t < to; t++)
            if (!document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Number)
                || document.Slice(document.Tokens[t].Range) is "who" or "which" or "that" or "where" or "when" or "but" or "because" or "if" or "is" or "are"
                    or "was" or "were" or "has" or "have" or "had" or "said" or "says" or "it" or "they" or "he" or "she" or "we")
                return false;
        return true;
    }

    /// <summary>The country as an actor, through the mention that names the place; null when no mention does.</summary>
    private static EventActor? Covering(Document document, Place place)
    {
        for (var m = document.FirstMentionFrom(place.Start); m < document.Mentions.Length && document.Mentions[m].Start <= place.Start; m++)
            if (document.Mentions[m].End >= place.End)
                return new EventActor(new TextRange(place.Start, place.End), document.Mentions[m].Entity, place.Where.Name, new ActorCode(place.Where.Country, null), null, ActorRole.Place);
        return null;
    }
}
