using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Zanzibar's president warned ...", "Bavaria's premier demanded ...", "Lviv's mayor accused ...": an office named by the
/// possessive of a place that is no country (a region, province, island or city the gazetteer places in a country) is held in
/// that country's government, local or regional as it may be; the actors stage leaves such a title unmentioned.
/// </summary>
internal static class PlaceOffices
{
    /// <summary>Heads of an office a region or city has: "president", "premier", "governor", "mayor", "leader".</summary>
    private static readonly FrozenSet<string> Offices = FrozenSet.Create(StringComparer.Ordinal,
        "president", "premier", "chancellor", "minister", "governor", "mayor", "leader", "chief");

    /// <summary>Modifiers that take the office from the place's government: "Bavaria's former premier", "Lviv's opposition leader".</summary>
    private static readonly FrozenSet<string> NotInOffice = FrozenSet.Create(StringComparer.Ordinal,
        "former", "ex", "late", "opposition", "shadow", "incoming", "rebel", "separatist", "party", "religious", "spiritual", "tribal");

    /// <summary>How many lower-case modifiers may stand between the possessive and the title: "Aceh's regional governor".</summary>
    private const int ModifierReach = 2;

    /// <summary>The government of the country the possessive place lies in, for its office at <paramref name="head"/>; null otherwise.</summary>
    public static EventActor? Of(Document document, int clauseStart, int head)
    {
        if (!Offices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[head].Range)))
            return null;
        var possessive = head - 1;
        while (possessive > clauseStart && possessive >= head - ModifierReach && document.Tokens[possessive].Is(TokenShape.Word)
            && document.Slice(document.Tokens[possessive].Range) is var word && char.IsLower(word[0]))
        {
            if (NotInOffice.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            possessive--;
        }
        // The tokenizer keeps the apostrophe in the word: "Zanzibar's" is one token, and the place ends before its "'s".
        if (possessive < clauseStart || document.Slice(document.Tokens[possessive].Range) is not { Length: > 2 } owner
            || !(owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)))
            return null;
        var end = document.Tokens[possessive].End - 2;
        var first = document.Tokens[clauseStart].Start;
        // Places are ordered by start: the one ending where the possessive starts begins at or after the clause.
        for (var i = document.FirstPlaceFrom(first); i < document.Places.Length && document.Places[i].Start < end; i++)
        {
            var place = document.Places[i];
            if (place.End != end)
                continue;
            if (place.Where.Feature is PlaceFeature.Country || place.Where.Country is not { Length: 3 } country || country == "---"
                || (Jurisdictions.StateEntity(document, country) ?? EntityAt(document, place)) is not { } entity)
                return null;
            var range = new TextRange(place.Start, document.Tokens[head].End);
            return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, "GOV"), null);
        }
        return null;
    }

    /// <summary>The entity of the mention covering a place, or null.</summary>
    private static int? EntityAt(Document document, Place place) =>
        document.MentionOver(place.Start, place.End) is var m and >= 0 ? document.Mentions[m].Entity : null;
}
