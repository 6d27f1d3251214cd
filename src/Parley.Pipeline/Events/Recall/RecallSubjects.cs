using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Events;

/// <summary>
/// A clause subject named only by what its people are ("Lawyers for the journalist requested ...", "officials warn ...",
/// "church leaders urged ..."), which the actors stage leaves unmentioned: it acts for the country its phrase
/// names, else for the story's country, with the sector of its agent word. Tried only when no coded source is found.
/// </summary>
internal static class RecallSubjects
{
    /// <summary>
    /// What may follow a subject's head before its verb: its own prepositional phrase ("Lawyers for the journalist", "leaders
    /// of the party") or a relative clause ("Students who occupied the square demanded ...").
    /// </summary>
    private static readonly FrozenSet<string> HeadPrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "for", "of", "from", "in", "at", "with", "who");

    /// <summary>How far into the clause its subject's head may stand: "Several other senior officials".</summary>
    private const int HeadReach = 4;

    /// <summary>How far into the sentence a subject's relative pronoun may stand: "Relatives of the 12 miners who ...".</summary>
    private const int RelativeReach = 7;

    /// <summary>The people word heading the clause's subject, as an actor of its phrase's country or the story's; null when none is.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, int clauseStart, TriggerMatch trigger)
    {
        var floor = Math.Max(clauseStart, sentence.FirstToken);
        // "prisoners refused food", "residents marched": anyone may protest, so every people word is a protest's agent.
        var anyone = trigger.Pattern.Plover == "PROTEST";
        // "Passengers of a train held hostage": a participle of force right after the head's own phrase hangs on that phrase.
        var force = trigger.Pattern.Plover is "ASSAULT" or "COERCE" or "SANCTION";
        // "a journalist arrested over ...", "were detained": a subject that undergoes the act is its victim (RecallVictims), not its agent.
        if (RecallVictims.Passive(document, sentence, trigger, clauseStart))
            return null;
        // "Students who occupied the square demanded": the clause may start after the relative clause; its subject opens the sentence.
        var head = Head(document, kb, floor, trigger.FirstToken, anyone, force, out var sector);
        if (head is null && floor > sentence.FirstToken && RelativeBefore(document, sentence.FirstToken, floor))
            (head, floor) = (Head(document, kb, sentence.FirstToken, trigger.FirstToken, anyone, force, out sector), sentence.FirstToken);
        if (head is not { } found)
            return null;
        var start = Start(document, found, floor);
        // "Russia's critics condemned ...": a state's critics are not its people.
        if (PossessiveHeads.OfStatesOpponents(document, start, found))
            return null;
        var local = false;
        var capitalized = false;
        for (var t = start; t < found; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            local |= word.Equals("local", StringComparison.OrdinalIgnoreCase);
            // "European lawyers": a capital opening the sentence names something only when it is no ordinary word ("The", "Local").
            capitalized |= document.Tokens[t].Is(TokenShape.Capitalized) && (t > sentence.FirstToken
                || !Lexicon.Embedded.IsCommonWord(word) && !TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !RecallPeople.Ordinary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));
            if (RecallPeople.Abroad.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !local && !LocalLater(document, t + 1, found))
                return null;
        }
        var phrase = new TargetPhrase(start, found, sector);
        var named = TargetHomes.Named(document, kb, phrase, trigger.FirstToken);
        // "European consumers", "Kurdish fighters": a people or a region the phrase names but Parley cannot place is not the story's country.
        if (named is null && capitalized)
            return null;
        var placed = named is null && TargetHomes.StoryCountry(document) is null ? SentenceCountry(document, sentence) : null;
        // "Protesters demanded that President X resign": with no place or story country, people act in the state they address.
        // Officials, leaders or troops named by what they are may be anyone's when they act on a state ("Regional leaders slapped a
        // blockade on Burundi"); lawmakers praising their president, or leaders disagreeing, speak at home.
        var addressed = named is null && placed is null && TargetHomes.StoryCountry(document) is null
            && !((Sectors.IsState(sector) || sector is "IGO") && trigger.Pattern.Plover is "SANCTION" or "ASSAULT" or "COERCE" or "THREATEN" or "MOBILIZE" or "AID")
            ? AddressedState(document, kb, sentence, trigger) : null;
        if ((named?.Country ?? placed?.Country ?? TargetHomes.StoryCountry(document) ?? addressed?.Country) is not { Length: 3 } country || country is "---"
            || (Jurisdictions.StateEntity(document, country) ?? named?.Entity ?? placed?.Entity ?? addressed?.Entity) is not { } entity)
            return null;
        var range = new TextRange(document.Tokens[start].Start, document.Tokens[found].End);
        // "Judges at The Hague ordered ...": court people seated in The Hague are the international courts' (HagueCourts).
        if (named is not null && HagueCourts.IsCourtWord(document.Slice(document.Tokens[found].Range)) && HagueCourts.SeatedAfter(document, range.End))
            return new EventActor(range, named.Value.Entity ?? entity, document.TextOf(range), HagueCourts.International, null);
        return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, sector.Length > 0 ? sector : null), null);
    }

    /// <summary>
    /// The subject's head: the people word right before the verb group ("officials warn", "the lawyers have also asked"), or
    /// the first people word of the clause when its own prepositional phrase follows it ("Lawyers for the journalist had requested").
    /// </summary>
    private static int? Head(Document document, KnowledgeBase kb, int floor, int trigger, bool anyone, bool force, out string sector)
    {
        var last = trigger - 1;
        while (last > floor && RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[last].Range)))
            last--;
        // "Opposition lawmakers, including those from the senate, have denounced": an aside naming members stands between
        // the head and its verb.
        if (last > floor && document.Slice(document.Tokens[last].Range) is "," && AsideStart(document, floor, last) is { } aside)
            last = aside - 1;
        // "Lawyers for the journalist had requested": a people word inside a prepositional phrase is not the subject's head.
        var start = Start(document, last, floor);
        if (last >= floor && SectorAt(document, kb, last, floor, anyone) is { } before
            && !(start > floor && Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range))
                && !IsCountingThan(document, start - 1)))
        {
            sector = before;
            return last;
        }
        // "On social media in China, ...": a clause opening with a preposition, or right after one ("spoke to reporters in ..."), opens with no subject.
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        if (prepositions.Contains(document.Slice(document.Tokens[floor].Range)) || floor > 0 && prepositions.Contains(document.Slice(document.Tokens[floor - 1].Range)))
        {
            sector = "";
            return null;
        }
        for (var t = floor; t < trigger - 1 && t < floor + HeadReach; t++)
        {
            var token = document.Tokens[t];
            // A people word after a preposition is its object, not a subject ("who spoke to reporters in Nairobi"), unless the
            // preposition follows a count ("Hundreds of prisoners", "Some of the lawyers").
            if (token.Is(TokenShape.Punctuation) || token.Is(TokenShape.Number) && t > floor
                || prepositions.Contains(document.Slice(token.Range)) && !(document.Slice(token.Range) is "of" && t > floor && Counts(document, t - 1)))
                break;
            var participle = ParticiplePhrase(document, t + 1, trigger);
            if (SectorAt(document, kb, t, floor, anyone) is { } opening && (participle || HeadPrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range)))
                && (!force || RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[trigger - 1].Range)) || !RecallVictims.LooksParticiple(document.Slice(document.Tokens[trigger].Range)))
                && (VerbsBetween(document, t + 1, trigger) == 0 || document.Slice(document.Tokens[trigger - 1].Range) is "to"
                    || (participle || document.Slice(document.Tokens[t + 1].Range) is "who" || OwnRelative(document, t + 1, trigger)) && VerbsBetween(document, t + 1, trigger) == 1)
                && (RecallVictims.LooksParticiple(document.Slice(document.Tokens[trigger].Range)) || !InObject(document, t + 1, trigger)))
            {
                sector = opening;
                return t;
            }
        }
        sector = "";
        return null;
    }

    /// <summary>Prepositions after a participle that make it a phrase on the noun before it: "angered by", "armed with", "furious at".</summary>
    private static readonly FrozenSet<string> ParticiplePrepositions = FrozenSet.Create(StringComparer.Ordinal, "by", "with", "over", "at", "about");

    /// <summary>"Youths angered by food shortages rioted": a participle and its preposition right after the head, with the trigger further on.</summary>
    private static bool ParticiplePhrase(Document document, int t, int trigger) =>
        t + 2 < trigger && RecallVictims.LooksParticiple(document.Slice(document.Tokens[t].Range)) && !RecallVictims.IsVerbGroupWord(document.Slice(document.Tokens[t].Range))
        && ParticiplePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range));

    /// <summary>"More than 300,000 mineworkers", "fewer than 50 deputies": "than" before a number counts the subject; it opens no phrase.</summary>
    private static bool IsCountingThan(Document document, int t) =>
        document.Slice(document.Tokens[t].Range) is "than" && t + 1 < document.Tokens.Length && document.Tokens[t + 1].Is(TokenShape.Number);

    /// <summary>Words that open an aside listing some of a group: "including", "such as", "among them", "notably".</summary>
    private static readonly FrozenSet<string> AsideOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "including", "such", "among", "notably", "especially", "particularly", "mostly", "mainly", "many", "most", "some");

    /// <summary>How many words an aside may run.</summary>
    private const int AsideReach = 12;

    /// <summary>The comma opening an aside that the comma at <paramref name="close"/> closes; null when none does.</summary>
    private static int? AsideStart(Document document, int floor, int close)
    {
        for (var t = close - 1; t > floor && t >= close - AsideReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ",")
                return AsideOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range)) ? t : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && text is not ("-" or "'"))
                return null;
        }
        return null;
    }

    /// <summary>The sector of the people word at <paramref name="t"/>, read with the word before it ("rights groups") when the two are one agent.</summary>
    private static string? SectorAt(Document document, KnowledgeBase kb, int t, int floor, bool anyone)
    {
        var word = document.Slice(document.Tokens[t].Range);
        if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized) && t > floor || RecallPeople.Commentators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return null;
        if (t > floor && kb.Agents.TryGetValue(document.TextOf(document.Tokens[t - 1].Range) + " " + word.ToString(), out var pair) && pair.Kind == AgentKind.Agent && pair.Sector.Length > 0)
            return pair.Sector;
        var sector = TargetPhrases.PeopleSectorOf(kb, word);
        if (RecallPeople.LeadersSector(document, t, floor) is { } led)
            return led;
        return sector is "CVL" && !anyone && !RecallPeople.PoliticalCivilians.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !KinOf(document, t) ? null : sector;
    }

    /// <summary>"Relatives of the disappeared", "Families of the victims": kin named with whose they are.</summary>
    private static bool KinOf(Document document, int t) =>
        RecallPeople.Kin.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
        && t + 1 < document.Tokens.Length && document.Slice(document.Tokens[t + 1].Range) is "of";

    /// <summary>Where the subject's phrase starts: back over up to three modifiers, never over punctuation, a preposition or a word that ends a phrase ("and", "who").</summary>
    private static int Start(Document document, int head, int floor)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        var stops = TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        var first = head;
        while (first > floor && first > head - 3 && !document.Tokens[first - 1].Is(TokenShape.Punctuation)
            && !prepositions.Contains(document.Slice(document.Tokens[first - 1].Range)) && !stops.Contains(document.Slice(document.Tokens[first - 1].Range)))
            first--;
        return first;
    }

    /// <summary>
    /// How many verbs stand between the subject's phrase and the trigger: "a judge last month gave him bail" has the
    /// clause's own verb there, so the trigger is not it (unless it is that verb's infinitive: "prisoners refused food to
    /// protest"); "Students who occupied the square demanded" has only its relative clause's.
    /// </summary>
    private static int VerbsBetween(Document document, int from, int trigger)
    {
        var verbs = 0;
        for (var t = from; t < trigger; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // "for the jailed editor": a participle after a determiner is an adjective.
            if (RecallVictims.LooksParticiple(word) && !RecallVictims.IsVerbGroupWord(word)
                && !(t > from && document.Slice(document.Tokens[t - 1].Range) is "the" or "a" or "an" or "his" or "her" or "their" or "its"))
                verbs++;
        }
        return verbs;
    }

    /// <summary>The one country the sentence's places lie in ("Students who occupied Tiananmen Square demanded ..."); null for none or several.</summary>
    private static (string Country, int? Entity)? SentenceCountry(Document document, Sentence sentence)
    {
        (string Country, int? Entity)? found = null;
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < sentence.End; i++)
        {
            var p = document.Places[i];
            if (p.End > sentence.End || p.Where.Country is not { Length: 3 } country || country == "---")
                continue;
            if (found is { } other && other.Country != country)
                return null;
            int? entity = null;
            // Mentions lie inside their sentence: one covering the place starts between the sentence's start and the place's.
            for (var m = document.FirstMentionFrom(sentence.Start); m < document.Mentions.Length && document.Mentions[m].Start <= p.Start; m++)
                if (document.Mentions[m].End >= p.End)
                    entity = document.Mentions[m].Entity;
            found = (country, entity ?? found?.Entity);
        }
        return found;
    }

    /// <summary>
    /// The state of the first state actor named after the trigger in its sentence: an office holder ("that President X
    /// resign"), a state body ("urged the Chilean government"); null when none is.
    /// </summary>
    private static (string Country, int Entity)? AddressedState(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger)
    {
        for (var m = document.FirstMentionFrom(trigger.Range.Start); m < document.Mentions.Length && document.Mentions[m].End <= sentence.End; m++)
        {
            var entity = document.Entities[document.Mentions[m].Entity];
            if (entity.KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
                return (key[8..], document.Mentions[m].Entity);
            if (entity.Actor is { Country: { Length: 3 } country, Sector: var sector } && Sectors.IsState(sector) && kb.Countries.ContainsKey(country))
                return (country, document.Mentions[m].Entity);
        }
        return null;
    }

    /// <summary>
    /// "Relatives of the 12 miners who vanished ... demanded": a relative pronoun a few words into the head's own phrase, with no
    /// verb before it, so the one verb between the head and the trigger is the relative clause's.
    /// </summary>
    private static bool OwnRelative(Document document, int from, int trigger)
    {
        for (var t = from; t < trigger && t < from + RelativeReach; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is "who")
                return VerbsBetween(document, from, t) == 0;
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return false;
        }
        return false;
    }

    /// <summary>Whether a relative pronoun stands a few words after <paramref name="from"/>, before <paramref name="to"/>: "Students who occupied ...".</summary>
    private static bool RelativeBefore(Document document, int from, int to)
    {
        for (var t = from; t < to && t < from + RelativeReach; t++)
            if (document.Slice(document.Tokens[t].Range) is "who")
                return true;
        return false;
    }

    /// <summary>
    /// "Teachers who spoke ... rejected the new pay offer": a determiner after a verb opens that verb's object, and a noun-like
    /// trigger in it is no act of the subject's (a past-tense trigger is the clause's own verb).
    /// </summary>
    private static bool InObject(Document document, int from, int trigger)
    {
        var verb = false;
        for (var t = from; t < trigger; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (verb && word is "the" or "a" or "an" or "its" or "their" or "his" or "her")
                return true;
            verb |= RecallVictims.LooksParticiple(word) && !RecallVictims.IsVerbGroupWord(word);
        }
        return false;
    }

    private static bool Counts(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Number) || RecallPeople.Ordinary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));

    private static bool LocalLater(Document document, int from, int head)
    {
        for (var t = from; t < head; t++)
            if (document.Slice(document.Tokens[t].Range).Equals("local", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
