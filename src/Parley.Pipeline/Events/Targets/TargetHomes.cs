using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whose an unnamed target is: the country its own phrase names ("Burundian refugees", "Kenya's police", "the people of
/// Chechnya", "villagers in northern Uganda"), else the country its source acts at home in, else the story's.
/// </summary>
internal static class TargetHomes
{
    /// <summary>Prepositions after which a place says where the target is: "the airport in Asmara", "refugees from Burundi".</summary>
    private static readonly FrozenSet<string> Locatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "near", "from", "across", "outside", "inside", "around", "along", "throughout", "of");

    /// <summary>How many words after its preposition the place of a target may stand ("in the Eritrean capital Asmara").</summary>
    private const int PlaceWindow = 4;

    /// <summary>The country named in the target's own phrase, with an entity naming it; null when the phrase names none.</summary>
    /// <param name="origin">False for acts that send people away: "deported detainees from Guantanamo" names where they leave, not whose they are.</param>
    public static (string Country, int? Entity)? Named(Document document, KnowledgeBase kb, TargetPhrase phrase, int end, bool origin = true)
    {
        for (var t = phrase.First; t < phrase.Head; t++)
            if (CountryAt(document, kb, t) is { } modifier)
                return modifier;
        if (HolderAt(document, kb, phrase, end) is { } holder)
            return holder;
        var after = PastPlight(document, phrase.Head + 1, end);
        if (after + 1 >= end || !Locatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[after].Range))
            || !origin && document.Slice(document.Tokens[after].Range) is "from")
            return null;
        // "the people of Chechnya", "the government of the Sudan": after "of" the place comes at once; after "in" a few words may
        // describe it ("in the Eritrean capital Asmara"), but a participle starts a phrase about something else ("killed in Gaza").
        var window = document.Slice(document.Tokens[after].Range) is "of" ? 2 : PlaceWindow;
        for (var t = after + 1; t < end && t <= after + window; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) && document.Slice(document.Tokens[t].Range) is not "'s" || Participle(document, t))
                return null;
            if (CountryAt(document, kb, t) is { } place)
                return place;
        }
        return null;
    }

    /// <summary>
    /// "Tehran said the blast was revenge for a drone strike on its consulate in Erbil": "its" before an embassy or a consulate
    /// in a clause the sentence's subject reports stands for that subject, a state named first; the mission is its, not of the
    /// city it stands in. Null when the phrase is no such mission or the sentence opens with no country.
    /// </summary>
    public static (string Country, int? Entity)? MissionOwner(Document document, KnowledgeBase kb, Sentence sentence, TargetPhrase phrase)
    {
        if (phrase.First <= sentence.FirstToken + 1 || document.Slice(document.Tokens[phrase.First].Range) is not "its")
            return null;
        var mission = false;
        for (var t = phrase.First + 1; t <= phrase.Head && !mission; t++)
            mission = document.Slice(document.Tokens[t].Range) is "embassy" or "consulate" or "Embassy" or "Consulate";
        if (!mission)
            return null;
        var first = sentence.FirstToken;
        if (document.Slice(document.Tokens[first].Range) is "The" or "the")
            first++;
        return first < phrase.First ? CountryAt(document, kb, first) : null;
    }

    /// <summary>Participles saying who holds a place or a thing: "positions held by", "a base run by", "villages controlled by".</summary>
    private static readonly FrozenSet<string> Held = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "held", "controlled", "occupied", "manned", "run", "used", "owned", "operated", "guarded", "seized", "captured");

    /// <summary>
    /// "struck positions held by Pakistani-backed infiltrators", "shelled villages controlled by Serbian forces": a place or
    /// thing is of the country its holder's phrase names; null when it is people ("prisoners held by Israel" are not Israel's)
    /// or the holder's phrase names no country within a few words.
    /// </summary>
    private static (string Country, int? Entity)? HolderAt(Document document, KnowledgeBase kb, TargetPhrase phrase, int end)
    {
        var at = phrase.Head + 1;
        if (at + 2 >= end || TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[phrase.Head].Range)) is not null
            || !(Held.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[at].Range)) && document.Slice(document.Tokens[at + 1].Range) is "by"
                || Ties(document.Slice(document.Tokens[at].Range), document.Slice(document.Tokens[at + 1].Range))))
            return null;
        for (var t = at + 2; t < end && t <= at + 1 + PlaceWindow; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            if (CountryAt(document, kb, t) is { } held)
                return held;
        }
        return null;
    }

    /// <summary>
    /// "any ship linked to Israel", "vessels bound for Iranian ports", "a plane belonging to the air force": a thing tied to,
    /// owned by or headed for a country is that country's.
    /// </summary>
    private static bool Ties(ReadOnlySpan<char> participle, ReadOnlySpan<char> preposition) =>
        participle is "linked" or "tied" or "connected" or "belonging" or "affiliated" && preposition is "to" or "with"
        || participle is "bound" or "headed" or "heading" && preposition is "for" or "to";

    /// <summary>Participles that tell the plight of people helped or harmed; the place they are in follows them.</summary>
    private static readonly FrozenSet<string> Plights = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "stranded", "trapped", "displaced", "affected", "stricken", "sheltering", "living", "camped", "marooned", "starving", "besieged", "caught", "cut", "left", "hiding");

    /// <summary>How many words a plight may run before the place: "stranded on rooftops and in trees in southern Mozambique".</summary>
    private const int PlightWindow = 8;

    /// <summary>
    /// "flood victims stranded on rooftops and in trees in southern Mozambique", "families trapped by the fighting in Aleppo": after
    /// a participle of plight, the token of the last locative before the place it ends at; else <paramref name="after"/> itself.
    /// </summary>
    private static int PastPlight(Document document, int after, int end)
    {
        if (after >= end || !Plights.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[after].Range)))
            return after;
        var found = after;
        for (var t = after + 1; t + 1 < end && t <= after + PlightWindow; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                break;
            if (word is "in" or "near" or "across" or "throughout" or "inside" or "around")
                found = t;
        }
        return found;
    }

    /// <summary>
    /// The country of a target its phrase does not place: the source's own when the source acts at home (a sub-state actor,
    /// or a state in a sentence and a story about no other country), else the story's; null for a source of no country.
    /// </summary>
    public static string? Default(Document document, Sentence sentence, List<EventActor> source)
    {
        if (source.Count == 0 || source[0].Code.Country is not { Length: 3 } country || country == "---")
            return null;
        if (country is "IGO" or "NGO" or "MNC" or "IMG")
            return StoryCountry(document);
        if (source[0].Code.Sector is not (null or "GOV" or "MIL"))
            return country;
        // A state acts at home when neither its sentence nor its story is about another country.
        var story = StoryCountry(document);
        return story is not null && story != country || OtherCountryIn(document, sentence, country) ? story : country;
    }

    /// <summary>How many words of an appositive may stand before the word that places it ("a 29-year-old Turkish-owned cargo ship").</summary>
    private const int AppositiveWindow = 4;

    /// <summary>
    /// "the Nordic Pearl, a Greek-owned ship", "Anna Keller, a Swiss reporter": the country an appositive after the
    /// target's name gives it; null when no appositive follows or it names no country.
    /// </summary>
    public static string? Appositive(Document document, KnowledgeBase kb, int head, int end)
    {
        if (head + 3 >= end || document.Slice(document.Tokens[head + 1].Range) is not "," || document.Slice(document.Tokens[head + 2].Range) is not ("a" or "an" or "the"))
            return null;
        for (var t = head + 3; t < end && t <= head + 2 + AppositiveWindow; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) || document.Slice(document.Tokens[t].Range) is "that" or "which" or "who" or "of" or "in" or "from")
                return null;
            if (CountryAt(document, kb, t) is { } country)
                return country.Country;
        }
        return null;
    }

    /// <summary>
    /// "blamed Pakistan-based militants", "accused Sudan-based rebels": the country a hyphenated "-based" right before an
    /// agent word names is where the agents are based, so theirs; null when no such word stands there.
    /// </summary>
    public static string? BasedIn(Document document, KnowledgeBase kb, EventActor actor, Func<int, int> tokenAt)
    {
        var before = tokenAt(actor.Range.Start) - 1;
        if (before < 0)
            return null;
        var word = document.Slice(document.Tokens[before].Range);
        return word.EndsWith("-based", StringComparison.Ordinal) && word.Length > 6
            && kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..^6], out var country) && country != actor.Code.Country ? country : null;
    }

    /// <summary>
    /// "gunmen sheltering on Syrian soil", "insurgents hiding in Niger", "rebels based inside Congo": armed men an act names by
    /// what they are, placed by the phrase right after them in another country than their code's, are of that country; null otherwise.
    /// </summary>
    public static string? Harboured(Document document, KnowledgeBase kb, EventActor actor, Func<int, int> tokenAt, int end)
    {
        var t = tokenAt(actor.Range.End - 1) + 1;
        // A bare "in X" may tell where the act happened ("negotiated with the insurgents in Doha"): only a word of being
        // somewhere, or a word for land ("on Syrian soil"), ties the place to the men.
        var placed = t < end && document.Slice(document.Tokens[t].Range) is "based" or "hiding" or "sheltering" or "present" or "operating" or "active" or "holed";
        if (placed)
            t += document.Slice(document.Tokens[t].Range) is "holed" && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "up" ? 2 : 1;
        if (t + 1 >= end || document.Slice(document.Tokens[t].Range) is not ("in" or "on" or "inside" or "from"))
            return null;
        t++;
        if (document.Slice(document.Tokens[t].Range) is "the" && t + 1 < end)
            t++;
        // A demonym places them only with a word for land after it ("on Syrian soil"); "in Syrian custody" places no one.
        var word = document.Slice(document.Tokens[t].Range);
        var land = kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "soil" or "territory" or "land" or "lands" or "side";
        if (!land && (!placed || kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)))
            return null;
        return CountryAt(document, kb, t) is { Country: var country } && country != actor.Code.Country ? country : null;
    }

    /// <summary>A country named at the token: a place, a country's mention (possessive too: "Kenya's"), or a demonym.</summary>
    private static (string Country, int? Entity)? CountryAt(Document document, KnowledgeBase kb, int t)
    {
        var start = document.Tokens[t].Start;
        for (var i = document.FirstPlaceFrom(start); i < document.Places.Length && document.Places[i].Start == start; i++)
            if (document.Places[i].Where.Country is { Length: 3 } placed && placed != "---")
                return (placed, EntityAt(document, start));
        for (var i = document.FirstMentionFrom(start); i < document.Mentions.Length && document.Mentions[i].Start == start; i++)
            if (document.Entities[document.Mentions[i].Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return (key[8..], document.Mentions[i].Entity);
        var word = document.Slice(document.Tokens[t].Range);
        // "a Turkish-owned ship", "Kenya-based traders": the country before a hyphen names the owner.
        var hyphen = word.IndexOf('-');
        if (hyphen > 1 && kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..hyphen], out var owner))
            return (owner, EntityAt(document, start));
        return kb.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && kb.CountryWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var demonym)
            ? (demonym, EntityAt(document, start)) : null;
    }

    private static bool Participle(Document document, int t)
    {
        var word = document.Slice(document.Tokens[t].Range);
        return !document.Tokens[t].Is(TokenShape.Capitalized) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));
    }

    /// <summary>How far before an offset a mention covering it may start: no actor's name is longer.</summary>
    private const int LongestMention = 200;

    /// <summary>The entity of the earliest-starting mention that covers <paramref name="start"/>; null when none does.</summary>
    internal static int? EntityAt(Document document, int start)
    {
        int? found = null;
        for (var i = document.FirstMentionFrom(start + 1) - 1; i >= 0 && document.Mentions[i].Start >= start - LongestMention; i--)
            if (document.Mentions[i].End > start)
                found = document.Mentions[i].Entity;
        return found;
    }

    /// <summary>Whether the sentence names an actor or a place of a country other than <paramref name="country"/>.</summary>
    private static bool OtherCountryIn(Document document, Sentence sentence, string country)
    {
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < sentence.End; i++)
            if (document.Places[i].End <= sentence.End && document.Places[i].Where.Country is { Length: 3 } placed && placed != country)
                return true;
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start < sentence.End; i++)
            if (document.Mentions[i].End <= sentence.End && document.Entities[document.Mentions[i].Entity].Actor is { Country: { Length: 3 } other }
                && other != country && other is not ("IGO" or "NGO" or "MNC" or "IMG" or "---"))
                return true;
        return false;
    }

    /// <summary>
    /// The country the story names most, when it names it at least twice and more than twice as often as any other (the
    /// actor stage's rule, <see cref="StoryCountryTally"/>; here agents count too: "Cambodian police").
    /// </summary>
    internal static string? StoryCountry(Document document) => Stories.Get(document);

    private static readonly MentionLayerCache<string?> Stories = new(CountStoryCountry);

    private static string? CountStoryCountry(Document document)
    {
        var tally = new StoryCountryTally();
        foreach (var m in document.Mentions)
            if (m.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym or MentionKind.Agent
                && document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                tally.Add(key[8..], m.Start);
        return tally.Best(dominant: true);
    }
}
