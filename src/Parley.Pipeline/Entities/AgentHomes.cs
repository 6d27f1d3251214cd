using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Where an agent phrase says its agents belong: "in", "from", "of" or "loyal to" and, a few words on, a place, a country or
/// a body ("rebels in the Ivory Coast", "activists from the divided city of Mosul", "diplomats from the Group of Seven").
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Tokens from the preposition to the place: "in the divided city of Mosul" reaches it; a longer run does not.</summary>
    private const int ObjectWindow = 4;

    /// <summary>Where an agent phrase says its agents belong: the end of the phrase, the token after it, and the group to code.</summary>
    /// <remarks>"leader of ISIS": a body's members act in its sector (REB), not their noun's.</remarks>
    private readonly record struct AgentHome(int End, int EndToken, string Code, string Name, string? Sector, EntityTable Table)
    {
        public int Group(AgentWord agent) => Table.Group(Sector is null ? agent : agent with { Sector = Sector }, Code, Name);
    }

    /// <summary>
    /// "in (the) (eastern) Ivory Coast", "from Chad", "of Balochistan province", "from the divided city of Mosul" after an
    /// agent noun, possibly after a participle phrase ("operating in", "based in", "fleeing the civil war in") or "loyal to".
    /// </summary>
    /// <remarks><paramref name="workplace"/>: "at" names where the agents work ("workers at the Gdansk shipyard"), not where
    /// they turned up ("a bomber at an election rally").</remarks>
    private AgentHome? AgentPlace(Sentence sentence, int first, int t, bool[] covered, bool workplace = false)
    {
        var tokens = document.Tokens;
        // "a militant group based in Karachi", "rebel units in the north": the noun the agent word modifies.
        if (t < sentence.EndToken && document.Slice(tokens[t].Range) is "groups" or "parties" or "members" or "supporters" or "fighters" or "units"
            or "group" or "party" or "unit" or "faction" or "factions" or "cell" or "cells" or "network" or "movement")
            t++;
        var loyal = t < sentence.EndToken && Is(t, "loyal");
        if (loyal)
            t++;
        else if (t < sentence.EndToken && IsParticiple(document.Slice(tokens[t].Range)))
        {
            // "fleeing the civil war in Liberia": up to four words of the participle's phrase before "in".
            var limit = Math.Min(sentence.EndToken, t + 5);
            for (t++; t < limit && !Is(t, "in") && !Is(t, "from") && tokens[t].Is(TokenShape.Word) && !covered[t - sentence.FirstToken]; t++)
            {
            }
        }
        // "in" where they are, "from" where they come from, "of" whose they are, "loyal to" whom they serve.
        // "across" and "throughout" a region, "at" a workplace ("workers at the Gdansk shipyard") say where they are too.
        if (t >= sentence.EndToken || !(loyal ? Is(t, "to") : Is(t, "in") || Is(t, "from") || Is(t, "of") || Is(t, "across") || Is(t, "throughout") || workplace && Is(t, "at")))
            return null;
        var preposition = t;
        var from = ++t;
        // Round 53: "accused the government of appeasing Moscow", "blamed rebels for attacking Goma": a verb in -ing right after
        // "of" or "for" opens what they are charged with, not whose they are ("leaders of ruling parties" still are).
        if (from < sentence.EndToken && (Is(preposition, "of") || Is(preposition, "for")) && Gerund(document.Slice(tokens[from].Range)))
            return null;
        for (; t < sentence.EndToken && t <= from + ObjectWindow; t++)
        {
            foreach (var m in table.Mentions)
            {
                // "members of the Venezuelan street gang": a demonym describes the noun after it, which is their home.
                if (m.Start != tokens[t].Start || m.Kind == MentionKind.Demonym && !PlaceKindAfter(sentence, m.End) || HomeOf(m.Entity, loyal) is not { } home)
                    continue;
                // "talks with the insurgents in Qatar's capital": a country's capital named this way is a venue, not their home.
                // "talks with communist rebels in Oslo": a city after a party to talks is where they meet.
                if (IsVenue(document.Text.AsSpan(m.End)) || IsTalksVenue(sentence, first, preposition, m.Entity))
                    return null;
                var endToken = t;
                while (endToken < sentence.EndToken && tokens[endToken].End <= m.End)
                    endToken++;
                return new AgentHome(m.End, endToken, home.Code, home.Name, home.Sector, table);
            }
            // "leader of opposition in Tanzania", "members of the rebel group in Mali": an agent inside the phrase is read on its own.
            if (!covered[t - sentence.FirstToken] && AgentEnd(sentence, t, covered) > t)
                return null;
            // "a court in November revoked ...": a verb ends the phrase ("the defeated Fatah party" does not); so do punctuation,
            // a conjunction or a clause word ("lawmakers in hopes that Canada ...").
            var word = document.Slice(tokens[t].Range);
            if (tokens[t].Is(TokenShape.Punctuation) || word.EndsWith("ed", StringComparison.Ordinal) && !(t > from && document.Slice(tokens[t - 1].Range) is "the" or "a" or "an")
                || word is "that" or "which" or "who" or "where" or "when" or "and" or "or" or "but" or "to" or "for" or "with" or "by" or "as" or "if" or "while" or "after" or "before")
                return null;
        }
        return null;
    }

    /// <summary>Nouns for a kind of place: a demonym before one names the country the place is in ("the Libyan city of Derna").</summary>
    private static readonly FrozenSet<string> PlaceKinds = FrozenSet.Create(StringComparer.Ordinal,
        "city", "town", "village", "villages", "towns", "cities", "province", "region", "state", "district", "port", "capital", "county", "island", "suburb", "border");

    /// <summary>
    /// Round 60: "residents of the flood-ravaged Libyan city of Derna", "farmers from a Kenyan village": a demonym right before a
    /// kind of place (<see cref="PlaceKinds"/>) says the agents' country even when the place itself is not in the gazetteer.
    /// </summary>
    private bool PlaceKindAfter(Sentence sentence, int end)
    {
        var t = FirstTokenFrom(sentence, end);
        return t < sentence.EndToken && NameCues.Contains(PlaceKinds, document.Slice(document.Tokens[t].Range));
    }

    /// <summary>The first token of <paramref name="sentence"/> starting at or after offset <paramref name="offset"/> (its end when none does).</summary>
    private int FirstTokenFrom(Sentence sentence, int offset)
    {
        var t = sentence.FirstToken;
        while (t < sentence.EndToken && document.Tokens[t].Start < offset)
            t++;
        return t;
    }

    /// <summary>A lower-case verb in -ing that is no adjective of a body ("ruling", "governing", "warring", "neighbouring").</summary>
    private static bool Gerund(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal)
        && word is not ("ruling" or "governing" or "warring" or "neighbouring" or "neighboring" or "leading" or "remaining" or "surrounding"
            or "incoming" or "outgoing" or "existing" or "emerging" or "developing" or "opposing" or "competing" or "rising" or "sitting"
            or "visiting" or "participating" or "fighting" or "striking" or "working" or "founding" or "managing" or "reigning" or "presiding");

    private static bool IsVenue(ReadOnlySpan<char> after) =>
        after.StartsWith("'s capital", StringComparison.Ordinal) || after.StartsWith("’s capital", StringComparison.Ordinal);

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word is "based" or "stationed" or "deployed" or "living" or "operating" or "fighting" or "fleeing" or "holed" or "trapped" or "sheltering" or "camped";

    /// <summary>
    /// The code and name an agent placed by this entity takes: a country, a place's country, or a national or international
    /// body's code ("diplomats from the Group of Seven"); a person only after "loyal to" ("forces loyal to the president").
    /// </summary>
    private (string Code, string Name, string? Sector)? HomeOf(int entity, bool person)
    {
        var e = table[entity];
        if (e.KbKey is { } key && key.StartsWith("place:", StringComparison.Ordinal))
            return long.TryParse(key.AsSpan(6), out var id) && kb.Places.TryGetValue(id, out var place) && kb.Countries.TryGetValue(table.CountryOn(place.Country), out var c) ? (c.Iso3, c.Name, null) : null;
        if (e.Type == EntityType.Person && !person || e.Actor is not { } actor)
            return null;
        // A non-state armed or political body lends its sector: "leader of ISIS" is REB; a state's bodies keep the noun's.
        var sector = e.Type == EntityType.Org && actor.Sector is "REB" or "OPP" or "NGO" or "IGO" ? actor.Sector : null;
        if (kb.Countries.TryGetValue(actor.Country, out var country))
            return (country.Iso3, country.Name, sector);
        // IGO, NGO, IMG, and a user's own state codes ("soldiers from Gondor" with a PETRARCH dictionary's GON); not firms.
        return actor.Country is { Length: > 0 } and not "MNC" ? (actor.Country, e.Name, sector) : null;
    }
}
