using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// Subjects Parley cannot code that still name who acted, tried only when no coded source is found:
/// a named organisation or person the knowledge base does not know ("The Homeland Union began collecting signatures")
/// acts for the country of the possessive in its apposition ("Salaheddine Sidhoum, Algeria's leading activist, staged
/// ..."), else for the story's country (<see cref="StoryPeople"/>, round 52), else as CAMEO's unknown country; unnamed
/// protesters ("hundreds of thousands of people blocked streets in Hong Kong") act for the country where they protest.
/// </summary>
internal static class UncodedSubjects
{
    /// <summary>CAMEO's code for an actor whose country is not known.</summary>
    private const string UnknownCountry = "---";

    /// <summary>Tokens from the end of a name to its verb: "Jewish settlers in the West Bank city of Hebron set fire".</summary>
    private const int Reach = 10;

    /// <summary>Tokens after the trigger in which a protest's place is looked for.</summary>
    private const int PlaceWindow = 8;

    /// <summary>The uncoded named subject of the clause, or of the sentence when the clause's subject is a pronoun ("..., announced that it has called off").</summary>
    public static EventActor? Named(Document document, int sentenceStart, int clauseStart, int triggerToken, TokenIndex index, Func<int, EventActor?> resolve)
    {
        var subjectStart = PronounSubject(document, clauseStart, triggerToken) ? sentenceStart : clauseStart;
        // Mentions are ordered by start, so those whose first token lies in [subjectStart, triggerToken) are found by halving:
        // a mention starting before the end of the token before subjectStart has an earlier first token.
        for (var m = document.FirstMentionFrom(subjectStart > 0 ? document.Tokens[subjectStart - 1].End : 0); m < document.Mentions.Length; m++)
        {
            var mention = document.Mentions[m];
            var first = index.TokenAt(mention.Start);
            if (first >= triggerToken)
                break;
            if (first < subjectStart)
                continue;
            // Only the phrase that opens the clause is its subject: "The Homeland Union", "the fundamentalist Umma party".
            if (mention.Kind != MentionKind.Name || !OnlyModifiersBefore(document, subjectStart, first))
                return null;
            var entity = document.Entities[mention.Entity];
            if (entity.Actor is not null || entity.Type is not (EntityType.Org or EntityType.Person or EntityType.Other or EntityType.Gpe or EntityType.Norp))
                return null;
            var end = index.TokenAt(mention.End - 1) + 1;
            // "I'm encouraged ...", "Without legal certainty, ...": a one-word "name" opening a clause is a tagging slip.
            var text = document.Slice(mention.Range);
            // "Council", "PISA", "We": a one-word "name" is too often a tagging slip; "Muslim hackers" (a group named by
            // its faith or people) is not. "Cyclone Jude slammed ...": a storm is nobody's actor.
            // "The fundamentalist Umma (Nation) party", "the ruling KANU party": a one-word name a party word follows names a party.
            var party = PartyWordAfter(document, end, triggerToken);
            if (end - first < 2 && !(entity.Type == EntityType.Norp && PluralNounAfter(document, end, triggerToken)) && !party
                || document.Tokens[first].Is(TokenShape.Number) || IsNumberWord(text) || HasCue(document, Cues.NaturalCauses, first, end))
                return null;
            // A name far from the verb is rarely its subject ("A High Court judge ... adjourned the case of a reporter arrested"),
            // unless its apposition fills the gap ("Sidhoum, Algeria's leading activist, staged").
            if (!SubjectReachesTrigger(document, end, triggerToken)
                || subjectStart == clauseStart && triggerToken - end > Reach && document.Slice(document.Tokens[end].Range) is not ",")
                return null;
            // "The Liberty Front ... to convince the Chilean Senate": a body of unknown country acting on one country's actors only is, most likely, of that country.
            var country = PlaceCountry(document, mention) ?? AppositiveCountry(document, end, triggerToken, index, resolve)
                ?? (entity.Type == EntityType.Org || party ? ActorResolver.OnlyActorCountryIn(document, document.Sentences[document.SentenceAt(mention.Start)], mention.Entity) : null)
                ?? StoryPeople.Country(document, index, mention) ?? UnknownCountry; // round 52: the story's country before an unknown one
            return new EventActor(mention.Range, mention.Entity, entity.Name, new ActorCode(country, party ? PartySector(document, subjectStart, first) : null), null);
        }
        return null;
    }

    /// <summary>
    /// "Hundreds of thousands of people blocked streets in Hong Kong", "camped out in Kiev's Independence Square", "In Caracas,
    /// thousands of oil workers walked off the job": protesters right before the trigger act where they protest, named after
    /// the trigger's first word or in the sentence's opening place phrase.
    /// </summary>
    public static EventActor? Protesters(Document document, KnowledgeBase kb, int sentenceStart, int clauseStart, TriggerMatch trigger, int sentenceEnd, TokenIndex index)
    {
        var head = trigger.FirstToken - 1;
        while (head > clauseStart && document.Slice(document.Tokens[head].Range) is "have" or "had" or "has" or "were" or "are" or "also" or "again")
            head--;
        if (head < clauseStart || !SubjectPlaces.IsAgentHead(document, kb, head, clauseStart, out var sector))
            return null;
        var sentenceEndOffset = document.Tokens[sentenceEnd - 1].End;
        var next = document.FirstPlaceFrom(document.Tokens[trigger.FirstToken].End);
        if (next < document.Places.Length && document.Places[next].End <= sentenceEndOffset && index.TokenAt(document.Places[next].Start) - trigger.EndToken <= PlaceWindow)
            return At(document, sentenceStart, head, document.Places[next], sector);
        return OpeningPlace(document, index, sentenceStart, head) is { } opening ? At(document, sentenceStart, head, opening, sector) : null;
    }

    /// <summary>The protesters at token <paramref name="head"/> as actors of place <paramref name="p"/>'s country, linked to the mention that names the place.</summary>
    internal static EventActor? At(Document document, int sentenceStart, int head, Place p, string? sector)
    {
        for (var m = document.FirstMentionFrom(document.Tokens[sentenceStart].Start); m < document.Mentions.Length && document.Mentions[m].Start <= p.Start; m++)
            if (document.Mentions[m].End >= p.End)
                return new EventActor(document.Tokens[head].Range, document.Mentions[m].Entity, document.TextOf(document.Tokens[head].Range), new ActorCode(p.Where.Country, sector), null);
        return null;
    }

    /// <summary>"In Caracas, thousands ...", "At a rally in Lagos on Monday, students ...": the place of a sentence-opening phrase that a comma closes before the subject.</summary>
    private static Place? OpeningPlace(Document document, TokenIndex index, int sentenceStart, int head)
    {
        if (document.Slice(document.Tokens[sentenceStart].Range) is not ("In" or "At" or "Outside" or "Across" or "Throughout"))
            return null;
        var comma = -1;
        for (var t = sentenceStart + 1; t < head; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
            {
                comma = t;
                break;
            }
        if (comma < 0)
            return null;
        for (var i = document.FirstPlaceFrom(document.Tokens[sentenceStart].Start); i < document.Places.Length && index.TokenAt(document.Places[i].Start) < comma; i++)
            if (document.Places[i].Where.Country is { Length: 3 } country && country != "---")
                return document.Places[i];
        return null;
    }

    /// <summary>A city named as the actor ("Baghdad blocked ...") stands for its country.</summary>
    private static string? PlaceCountry(Document document, Mention mention)
    {
        foreach (var p in document.Places)
            if (p.Start >= mention.Start && p.End <= mention.End)
                return p.Where.Country;
        return null;
    }

    /// <summary>Words that make a name before them a party or a movement.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PartyWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "party", "movement", "front", "league", "alliance", "coalition", "bloc");

    /// <summary>How long a gloss in brackets after a name may be: "(Nation)", "(National Salvation Front)".</summary>
    private const int GlossReach = 5;

    /// <summary>A party word right after the name, past a gloss in brackets: "Umma (Nation) party", "KANU party".</summary>
    private static bool PartyWordAfter(Document document, int token, int triggerToken)
    {
        if (token < triggerToken && document.Slice(document.Tokens[token].Range) is "(")
        {
            var close = token + 1;
            while (close < triggerToken && close <= token + GlossReach && document.Slice(document.Tokens[close].Range) is not ")")
                close++;
            if (close >= triggerToken || document.Slice(document.Tokens[close].Range) is not ")")
                return false;
            token = close + 1;
        }
        return token < triggerToken && PartyWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token].Range));
    }

    /// <summary>"the ruling KANU party" governs; any other party acting in its own name is taken as the opposition.</summary>
    private static string PartySector(Document document, int from, int name)
    {
        for (var t = from; t < name; t++)
            if (document.Slice(document.Tokens[t].Range) is "ruling" or "governing" or "Ruling" or "Governing")
                return "GOV";
        return "OPP";
    }

    private static bool PluralNounAfter(Document document, int token, int triggerToken)
    {
        if (token >= triggerToken)
            return false;
        var t = document.Tokens[token];
        var text = document.Slice(t.Range);
        return t.Is(TokenShape.Word) && !t.Is(TokenShape.Capitalized) && text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal);
    }

    private static bool HasCue(Document document, System.Collections.Frozen.FrozenSet<string> cues, int from, int to)
    {
        var lookup = cues.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < to; t++)
            if (lookup.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>"Five Frontier Corps personnel": a count opening a name is no part of it.</summary>
    private static bool IsNumberWord(ReadOnlySpan<char> name)
    {
        var space = name.IndexOf(' ');
        var first = space < 0 ? name : name[..space];
        return first is "One" or "Two" or "Three" or "Four" or "Five" or "Six" or "Seven" or "Eight" or "Nine" or "Ten" or "Dozens" or "Hundreds" or "Thousands";
    }

    private static bool PronounSubject(Document document, int clauseStart, int triggerToken) =>
        clauseStart < triggerToken && document.Slice(document.Tokens[clauseStart].Range) is "it" or "they" or "It" or "They";

    /// <summary>
    /// Nothing between the name and the trigger takes the subject's place: no pronoun ("told VOA she visited") and no comma
    /// unless the name's own apposition follows it ("Sidhoum, Algeria's leading activist, staged").
    /// </summary>
    private static bool SubjectReachesTrigger(Document document, int nameEnd, int triggerToken)
    {
        var apposition = nameEnd < triggerToken && document.Slice(document.Tokens[nameEnd].Range) is "," or "(";
        for (var t = nameEnd; t < triggerToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "he" or "she" or "we" or "I" or "you" or "He" or "She" or "We" or "You" || text is "," && !apposition)
                return false;
        }
        return true;
    }

    /// <summary>Only a determiner, adjectives and quote marks stand before the name: "The", "the fundamentalist".</summary>
    private static bool OnlyModifiersBefore(Document document, int from, int name)
    {
        if (name - from > 3)
            return false;
        for (var t = from; t < name; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text is "," || token.Is(TokenShape.Number))
                return false;
        }
        return true;
    }

    /// <summary>"Sidhoum, Algeria's leading activist": the country whose possessive opens the apposition after the name.</summary>
    private static string? AppositiveCountry(Document document, int nameEnd, int triggerToken, TokenIndex index, Func<int, EventActor?> resolve)
    {
        if (nameEnd >= triggerToken || document.Slice(document.Tokens[nameEnd].Range) is not ",")
            return null;
        for (var m = 0; m < document.Mentions.Length; m++)
        {
            var first = index.TokenAt(document.Mentions[m].Start);
            if (first <= nameEnd || first > nameEnd + 2 || first >= triggerToken)
                continue;
            var after = index.TokenAt(document.Mentions[m].End - 1) + 1;
            return after < triggerToken && document.Slice(document.Tokens[after].Range) is "'s" or "’s" && resolve(m) is { } actor ? actor.Code.Country : null;
        }
        return null;
    }
}
