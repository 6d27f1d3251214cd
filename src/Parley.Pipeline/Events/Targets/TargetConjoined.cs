using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "appealed to Tehran and Baghdad", "shelled Grozny and Tbilisi": a place that names an act's other side may be the first of
/// two joined by "and"; the second, of another country, is a side too.
/// </summary>
internal static class TargetConjoined
{
    /// <summary>
    /// "asked Washington and its European allies for shells", "urged Kenya and regional partners to": a bloc named
    /// by its region after the "and" that follows <paramref name="first"/> is a side too (the IGO); the phrase's start, or null.
    /// </summary>
    public static int? BlocAfter(Document document, EventActor first, int end, TokenIndex index)
    {
        var and = index.TokenAt(first.Range.End - 1) + 1;
        if (and + 2 >= end || document.Slice(document.Tokens[and].Range) is not "and")
            return null;
        return document.Slice(document.Tokens[and + 1].Range) is "its" or "their" or "his" or "her" ? and + 2 : and + 1;
    }

    /// <summary>The place named right after the "and" that follows <paramref name="first"/>, as an actor of its country; null when none is.</summary>
    public static EventActor? PlaceAfter(Document document, EventActor first, TokenIndex index)
    {
        var and = index.TokenAt(first.Range.End - 1) + 1;
        if (and + 1 >= document.Tokens.Length || document.Slice(document.Tokens[and].Range) is not "and")
            return null;
        var start = document.Tokens[and + 1].Start;
        // "the Tigris and the Euphrates" rarely names sides; only a bare place name right after the "and".
        var p = document.FirstPlaceFrom(start);
        if (p >= document.Places.Length || document.Places[p].Start != start)
            return null;
        var place = document.Places[p];
        if (place.Where.Country.Length != 3 || place.Where.Country == first.Code.Country)
            return null;
        for (var m = document.FirstMentionFrom(place.Start); m < document.Mentions.Length && document.Mentions[m].Start == place.Start; m++)
            if (document.Mentions[m].End >= place.End && document.Entities[document.Mentions[m].Entity].Type != EntityType.Person)
                return new EventActor(new TextRange(place.Start, place.End), document.Mentions[m].Entity, place.Where.Name, new ActorCode(place.Where.Country, null), null, ActorRole.Place);
        return null;
    }
}
