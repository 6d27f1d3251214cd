using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Events;

/// <summary>
/// When a demonym or a possessive does not give an actor's country: a people rather than a state, after "ethnic" ("ethnic
/// Turks") or before a national movement's word ("Irish nationalist guerrillas"), acts where it lives, the first other
/// country the sentence names; residents and rebels placed in another country ("Serb villagers in Croatia") act for it;
/// someone's ally or proxy ("Israel's militia ally in southern Lebanon") is not theirs. PLOVER codes all three by residence.
/// A national office nothing else places belongs to the story's dominant country.
/// </summary>
internal sealed partial class ActorResolver
{
    /// <param name="end">The end of the demonym: the mention's, or its first word's in an agent phrase ("Albanian separatist rebels").</param>
    private static bool NamesAPeople(Document document, Mention mention, int end)
    {
        var before = document.Text.AsSpan(0, mention.Start).TrimEnd();
        if (before.EndsWith(" ethnic", StringComparison.OrdinalIgnoreCase) || before.Equals("ethnic", StringComparison.OrdinalIgnoreCase))
            return true;
        var after = document.Text.AsSpan(end).TrimStart();
        var space = after.IndexOfAny(' ', ',', '.');
        var word = space < 0 ? after : after[..space];
        return word is "nationalist" or "nationalists" or "separatist" or "separatists" or "minority" or "irredentist" or "irredentists";
    }

    /// <summary>The country a people named by <paramref name="mention"/> lives in, when the sentence names one other than <paramref name="own"/>.</summary>
    private static string? PeoplesHome(Document document, Mention mention, string own, int end)
    {
        if (!NamesAPeople(document, mention, end))
            return null;
        var sentence = document.Sentences[document.SentenceAt(mention.Start)];
        foreach (var m in document.MentionsStartingIn(sentence.Start, sentence.End))
        {
            if (m.End > sentence.End || m.Start == mention.Start)
                continue;
            if (document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) && key[8..] != own)
                return key[8..];
        }
        foreach (var p in document.PlacesStartingIn(sentence.Start, sentence.End))
            if (p.End <= sentence.End && p.Where.Country is { Length: 3 } country && country != own)
                return country;
        return null;
    }

    /// <summary>
    /// "Serb villagers in Croatia", "Albanian rebels in Macedonia": residents, rebels and opposition named by a demonym and
    /// placed in another country act for the country they live in (troops, officials and refugees keep their own).
    /// </summary>
    private static string? ResidentsHome(Document document, Mention mention, string own, string? sector)
    {
        var phrase = document.TextOf(mention.Range);
        var resident = phrase.EndsWith("villagers", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("residents", StringComparison.OrdinalIgnoreCase)
            || phrase.EndsWith("inhabitants", StringComparison.OrdinalIgnoreCase) || phrase.EndsWith("settlers", StringComparison.OrdinalIgnoreCase);
        if (!resident && sector is not ("REB" or "OPP"))
            return null;
        var after = document.Text.AsSpan(mention.End);
        var skip = after.StartsWith(" in the ", StringComparison.Ordinal) ? 8 : after.StartsWith(" in ", StringComparison.Ordinal) ? 4 : 0;
        if (skip == 0)
            return null;
        var at = mention.End + skip;
        foreach (var m in document.MentionsStartingIn(at, at + 1))
        {
            if (document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return key[8..] != own ? key[8..] : null;
        }
        foreach (var p in document.PlacesStartingIn(at, at + 1))
            if (p.Where.Country is { Length: 3 } country && country != own)
                return country;
        return null;
    }

    /// <summary>
    /// "Israel's militia ally in southern Lebanon": an agent named as someone's ally or proxy is not theirs; it is of the place
    /// named after it, else of no known country. Null when the phrase names no ally.
    /// </summary>
    private static string? AllyHome(Document document, Mention mention, out bool isAlly)
    {
        var after = document.Text.AsSpan(mention.End).TrimStart();
        var space = after.IndexOfAny(' ', ',', '.');
        var word = space < 0 ? after : after[..space];
        isAlly = word is "ally" or "allies" or "proxy" or "proxies";
        if (!isAlly || space < 0)
            return null;
        var rest = document.Text.AsSpan(mention.End).TrimStart()[space..];
        var skip = rest.StartsWith(" in the ", StringComparison.Ordinal) ? 8 : rest.StartsWith(" in ", StringComparison.Ordinal) ? 4 : 0;
        if (skip == 0)
            return null;
        var from = document.Text.Length - rest.Length + skip;
        // "in southern Lebanon": a direction word may stand before the place.
        foreach (var p in document.PlacesStartingIn(from, from + 13))
            if (p.Where.Country is { Length: 3 } country)
                return country;
        foreach (var m in document.MentionsStartingIn(from, from + 13))
            if (document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return key[8..];
        return null;
    }

    /// <summary>
    /// The story's country for a national office ("finance minister", "army chief") in a sentence that names no other
    /// country: "National Security Advisor Jake Sullivan speaking with his Israeli counterpart" is not Israel's because the
    /// story is about Israel. Heads of bodies ("secretary-general") and lawyers often serve no state or a foreign client;
    /// international bodies named in the sentence ("rejected the IMF's demands") say nothing.
    /// </summary>
    private static string? NationalStoryCountry(Document document, Sentence sentence, int self, AgentWord title)
    {
        if (title.Sector.Length == 0 || NotNational.Contains(title.Phrase) || StoryCountry(document) is not { } story)
            return null;
        foreach (var p in document.PlacesStartingIn(sentence.Start, sentence.End))
            if (p.End <= sentence.End && p.Where.Country != story)
                return null;
        foreach (var m in document.MentionsStartingIn(sentence.Start, sentence.End))
            if (m.End <= sentence.End && m.Entity != self && document.Entities[m.Entity].Actor is { Country: { Length: 3 } country } actor
                && country != story && country is not ("IGO" or "NGO" or "MNC" or "IMG" or UnknownCountry) && !(actor.Sector is "MED" && document.Entities[m.Entity].Type == EntityType.Org))
                return null;
        return story;
    }

    private static readonly FrozenSet<string> NotNational = FrozenSet.ToFrozenSet(
        ["secretary-general", "secretary general", "director-general", "commissioner", "high commissioner", "commander", "chancellor", "deputy", "representative", "speaker", "lawyer", "attorney"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Finance Minister Peter Kamau" in a story about Kenya: the story's dominant country (<see cref="StoryCountryTally"/>),
    /// from the mentions that name a country itself. Counting places and national bodies too, as the entity recognizer
    /// does for unnamed agents, placed officials in stories about a neighbour (measured on the VOA development stories).
    /// </summary>
    private static string? StoryCountry(Document document) => Stories.Get(document);

    private static readonly MentionLayerCache<string?> Stories = new(CountStoryCountry);

    private static string? CountStoryCountry(Document document)
    {
        var tally = new StoryCountryTally();
        foreach (var m in document.Mentions)
            tally.Add(m, document.Entities[m.Entity].KbKey);
        return tally.Best(dominant: true);
    }

    /// <summary>
    /// "Vice-President X declined to resign despite pressure by the Kenya Anti-Corruption Commission": when the other
    /// actors of a sentence belong to one country only, an official of unknown nationality is, most likely, that country's
    /// (news about a country's officials names its own institutions; international bodies say nothing).
    /// </summary>
    internal static string? OnlyActorCountryIn(Document document, Sentence sentence, int self)
    {
        string? only = null;
        var visited = VisitedCountry(document, sentence);
        foreach (var m in document.MentionsStartingIn(sentence.Start, sentence.End))
        {
            if (m.End > sentence.End || m.Entity == self || m.Kind == MentionKind.Pronoun)
                continue;
            // A news outlet ("told Reuters") says nothing of the official's country.
            if (document.Entities[m.Entity].Actor is not { Country: { Length: 3 } country } actor || country is "IGO" or "NGO" or "MNC" or "IMG" or UnknownCountry
                || actor.Sector is "MED" && document.Entities[m.Entity].Type == EntityType.Org)
                continue;
            // "met the Japanese ambassador": an envoy is sent abroad, so the country it serves is the official's counterpart.
            if (IsEnvoy(document.Text.AsSpan(m.Start, m.End - m.Start)))
                continue;
            // "President Roman Herzog visited Poland": a visitor is a guest of the country visited, not one of its own.
            if (country == visited)
                continue;
            if (only is not null && only != country)
                return null;
            only = country;
        }
        return only;
    }

    private static bool IsEnvoy(ReadOnlySpan<char> mention) =>
        mention.Contains("ambassador", StringComparison.OrdinalIgnoreCase) || mention.Contains("envoy", StringComparison.OrdinalIgnoreCase)
        || mention.Contains("diplomat", StringComparison.OrdinalIgnoreCase) || mention.Contains("consul", StringComparison.OrdinalIgnoreCase)
        || mention.Contains("emissary", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "President Abdelaziz Bouteflika threatened a curfew in Algiers": when the places a sentence names lie in one country
    /// only, an official of unknown nationality acting there is that country's (actors named in it may be foreign).
    /// </summary>
    private static string? OnlyCountryIn(Document document, Sentence sentence)
    {
        string? only = null;
        foreach (var p in document.PlacesStartingIn(sentence.Start, sentence.End))
        {
            if (p.End > sentence.End)
                continue;
            if (only is not null && only != p.Where.Country)
                return null;
            only = p.Where.Country;
        }
        return only is not null && only == VisitedCountry(document, sentence) ? null : only;
    }

    /// <summary>
    /// The country of the place named right after a visit word in the sentence ("visited Poland", "a visit to Warsaw",
    /// "arrived in Hanoi"); null when the sentence tells no visit.
    /// </summary>
    private static string? VisitedCountry(Document document, Sentence sentence)
    {
        var places = document.Places;
        for (var i = document.FirstPlaceFrom(sentence.Start); i < places.Length && places[i].End <= sentence.End; i++)
        {
            var before = document.Text.AsSpan(sentence.Start, places[i].Start - sentence.Start).TrimEnd();
            if (before.EndsWith(" the", StringComparison.Ordinal))
                before = before[..^4].TrimEnd();
            var space = before.LastIndexOf(' ');
            var word = before[(space + 1)..];
            if (word is "visited" or "visiting" or "visits" or "toured" or "touring"
                || word is "in" or "to" && space > 0 && before[..space].TrimEnd() is var rest && (rest.EndsWith("arrived", StringComparison.Ordinal)
                    || rest.EndsWith("visit", StringComparison.Ordinal) || rest.EndsWith("trip", StringComparison.Ordinal) || rest.EndsWith("flew", StringComparison.Ordinal)))
                return places[i].Where.Country;
        }
        return null;
    }
}
