using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// A target named by what it is rather than whose it is: "pleaded with civilians", "overran an army base", "suspended talks
/// with the government", "the journalists whom police arrested". Its country is, in order: its own modifier (a demonym, a
/// possessive, "of X"), a place in its own phrase ("the airport in the Eritrean capital"), the source's country when the
/// source acts at home, else the story's country. Never the source itself, and nothing invented for a source of no country.
/// </summary>
internal static class UnnamedTargets
{
    /// <summary>
    /// What one side puts to another: a reply to it ("rejected an offer from the government", "bowed to pressure from the
    /// opposition") is aimed at the one it comes from, named after "from" or "by".
    /// </summary>
    private static readonly FrozenSet<string> Overtures = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "offer", "offers", "pressure", "demand", "demands", "call", "calls", "proposal", "proposals", "request", "requests", "appeal", "appeals",
        "ultimatum", "invitation", "criticism", "accusations", "accusation", "plan", "plea", "pleas", "overtures", "initiative", "warning", "warnings",
        "resolution", "deal", "ceasefire", "truce", "settlement", "formula", "draft", "blueprint", "roadmap");

    /// <summary>
    /// The unnamed target in the slots of <paramref name="slots"/> (the trigger, or the act of a frame): after the pattern's
    /// prepositions, as its direct object, or as the antecedent of a relative clause the trigger stands in; null when none.
    /// </summary>
    /// <param name="home">False for acts that send people away (deportations): only a country the phrase names places those.</param>
    /// <param name="venue">Where the event happened: officials met there, unplaced, are its country's.</param>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch slots, int clauseStart, string plover, string mode, bool home, List<EventActor> source, Gazetted? venue = null)
    {
        var clauseEnd = sentence.EndToken;
        foreach (var start in SlotStarts(document, slots, clauseEnd))
            if ((TargetPhrases.Phrase(document, kb, start, clauseEnd) ?? Overture(document, kb, start, clauseEnd)) is { } phrase)
                return Actor(document, kb, sentence, phrase, plover, mode, home, source, venue);
        foreach (var start in SlotStarts(document, slots, clauseEnd))
            if (PlacedAuthor(document, start, clauseEnd, source) is { } capital)
                return capital;
        if (plover is "SUPPORT" or "ACCUSE" or "REJECT" && ActDoer(document, kb, sentence, slots, plover, source) is { } doer)
            return doer;
        // "the journalists whom police arrested", "the journalists killed by troops": the noun a clause or a participle hangs on.
        var hangsOn = RelativeClauses.Antecedent(document, sentence, clauseStart, slots.FirstToken) ?? (Undergoers.AfterNoun(document, sentence, slots) ? slots.FirstToken - 1 : null);
        if (slots.Pattern.TargetIsObject && hangsOn is { } head
            && TargetPhrases.Phrase(document, kb, TargetPhrases.PhraseStart(document, head, sentence.FirstToken), head + 1) is { } antecedent && antecedent.Head == head)
            return Actor(document, kb, sentence, antecedent, plover, mode, home, source, venue);
        return null;
    }

    /// <summary>Acts a state does, named by their noun: welcoming or condemning one is aimed at the one who did it.</summary>
    private static readonly FrozenSet<string> StateActs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "release", "arrest", "arrests", "detention", "ban", "crackdown", "execution", "executions", "expulsion", "sentence", "sentencing",
        "verdict", "conviction", "deportation", "deportations", "closure", "censorship", "jailing", "imprisonment", "pardon", "decree");

    /// <summary>
    /// "welcomed the release", "condemned the arrest", "criticized the crackdown": approving or disapproving of a state's act
    /// named by its noun is aimed at the state that did it: the one named after "by", else the government of the story's
    /// country (not the source's own); null when the object is no such act or the story has no country.
    /// </summary>
    private static EventActor? ActDoer(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, string plover, List<EventActor> source)
    {
        var t = Targets.ObjectStart(document, trigger);
        if (t < sentence.EndToken && document.Slice(document.Tokens[t].Range) is "the" or "a" or "an" or "this" or "that")
            t++;
        if (t >= sentence.EndToken || !StateActs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
            return null;
        if (AttachedTargets.AuthorAfter(document, t + 1, sentence.EndToken) is { } by)
            return TargetPhrases.Phrase(document, kb, by, sentence.EndToken) is { } phrase ? Actor(document, kb, sentence, phrase, plover, "", true, source) : null;
        if (TargetHomes.StoryCountry(document) is not { } story || source.Exists(a => a.Code.Country == story && a.Code.Sector is null or "GOV"))
            return null;
        var range = document.Tokens[t].Range;
        return Jurisdictions.StateEntity(document, story) is { } state ? new EventActor(range, state, document.TextOf(range), new ActorCode(story, "GOV"), null) : null;
    }

    /// <summary>The one an overture at <paramref name="start"/> comes from: "an offer from the government", "pressure by the opposition".</summary>
    private static TargetPhrase? Overture(Document document, KnowledgeBase kb, int start, int end)
    {
        // "rejected on Saturday a truce plan drawn up by ...": a date may come first, and the head of a compound ("truce plan")
        // is the overture its author follows.
        for (var t = start; t + 2 < end && t < start + 6; t++)
            if (Overtures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                && AttachedTargets.AuthorAfter(document, t + 1, end) is { } by)
                return TargetPhrases.Phrase(document, kb, by, end);
        return null;
    }

    /// <summary>
    /// "accepted a proposal from Seoul", "rejected pressure from Washington": an overture's author named by a capital (or a
    /// country) that the place layer took for a place is that country's government; null when the overture names none.
    /// </summary>
    private static EventActor? PlacedAuthor(Document document, int start, int end, List<EventActor> source)
    {
        for (var t = start; t + 2 < end && t < start + 4; t++)
        {
            if (!Overtures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            if (AttachedTargets.AuthorAfter(document, t + 1, end) is not { } by)
                return null;
            // The entity stage reads "Seoul" as the state it stands for; the group stage leaves out places, so look at the mention.
            for (var i = document.FirstMentionFrom(document.Tokens[by].Start); i < document.Mentions.Length && document.Mentions[i].Start == document.Tokens[by].Start; i++)
            {
                var m = document.Mentions[i];
                if (document.Entities[m.Entity].KbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal) && !source.Exists(a => a.Code.Country == key[8..]))
                    return new EventActor(new TextRange(m.Start, m.End), m.Entity, document.TextOf(new TextRange(m.Start, m.End)), new ActorCode(key[8..], "GOV"), null);
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// "demanded that the authorities resign", "urged the government to": the one asked stands between a request and the act
    /// it asks for; null when no unnamed agent stands there.
    /// </summary>
    public static EventActor? Asked(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch frame, TriggerMatch act, string plover, List<EventActor> source)
    {
        var start = frame.EndToken < act.FirstToken && document.Slice(document.Tokens[frame.EndToken].Range) is "that" ? frame.EndToken + 1 : frame.EndToken;
        return start < act.FirstToken && TargetPhrases.Phrase(document, kb, start, act.FirstToken) is { } phrase ? Actor(document, kb, sentence, phrase, plover, "", true, source) : null;
    }

    /// <summary>
    /// "demanded that the national government double pensions", "asked that the authorities", "insisted that the army": the
    /// unnamed agent that is the subject of the that-clause right after a request; null when none stands there.
    /// </summary>
    public static EventActor? ThatSubject(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch request, string plover, List<EventActor> source)
    {
        var that = document.Slice(document.Tokens[request.EndToken - 1].Range) is "that" ? request.EndToken - 1
            : request.EndToken < sentence.EndToken && document.Slice(document.Tokens[request.EndToken].Range) is "that" ? request.EndToken : -1;
        return that < 0 || At(document, kb, sentence, that + 1, plover, source) is not { } asked || source.Exists(a => a.Code == asked.Code) ? null : asked;
    }

    /// <summary>The one named by what it is in the phrase starting at <paramref name="start"/> ("the international boundary commission"); null when none.</summary>
    public static EventActor? PhraseAt(Document document, KnowledgeBase kb, Sentence sentence, int start, string plover, List<EventActor> source) =>
        TargetPhrases.Phrase(document, kb, start, sentence.EndToken) is { } phrase ? Actor(document, kb, sentence, phrase, plover, "", true, source) : null;

    /// <summary>The unnamed agent whose phrase starts at <paramref name="start"/> ("the government" after "unless"); null when none does.</summary>
    /// <remarks>The phrase is a clause's subject, so its verb follows: its head is its first agent word ("the government set a date").</remarks>
    public static EventActor? At(Document document, KnowledgeBase kb, Sentence sentence, int start, string plover, List<EventActor> source)
    {
        var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = start; t < sentence.EndToken && t < start + 4; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || prepositions.Contains(word) || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            // "the government negotiators", "the state company": of two agent words in a row, the second is the head.
            if (t + 1 < sentence.EndToken && TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[t + 1].Range)) is not null)
                continue;
            if ((TargetPhrases.PeopleSectorOf(kb, word) ?? (word is "state" && t > start && document.Slice(document.Tokens[t - 1].Range) is "the" ? "GOV" : null)) is { } sector)
                return Actor(document, kb, sentence, new TargetPhrase(start, t, sector), plover, "", true, source);
        }
        return null;
    }

    /// <summary>
    /// "She says villagers are subject to attacks", "local reporters have faced bans", "the reporter received a prize": the
    /// unnamed bearer or receiver of an act, the last people word before it in its clause with the determiners and names
    /// before that word; null when there is none.
    /// </summary>
    public static EventActor? Bearer(Document document, KnowledgeBase kb, Sentence sentence, int clauseStart, TriggerMatch trigger)
    {
        var floor = Math.Max(clauseStart, sentence.FirstToken);
        for (var head = trigger.FirstToken - 1; head >= floor; head--)
        {
            if (TargetPhrases.PeopleSectorOf(kb, document.Slice(document.Tokens[head].Range)) is not { } sector)
                continue;
            var start = head;
            while (start > floor && (document.Slice(document.Tokens[start - 1].Range) is "the" or "many" or "some" or "most" or "local" or "ordinary" or "innocent"
                || document.Tokens[start - 1].Is(TokenShape.Capitalized) && !TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start - 1].Range))))
                start--;
            // No source to place them by: the country their phrase names, else the story's.
            var phrase = new TargetPhrase(start, head, sector);
            var named = TargetHomes.Named(document, kb, phrase, sentence.EndToken);
            if ((named?.Country ?? TargetHomes.StoryCountry(document)) is not { Length: 3 } country || country == "---"
                || (Jurisdictions.StateEntity(document, country) ?? named?.Entity) is not { } entity)
                return null;
            var range = new TextRange(document.Tokens[start].Start, document.Tokens[head].End);
            return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, sector.Length > 0 ? sector : null), null);
        }
        return null;
    }

    /// <summary>Where the target's phrase may start: after each of the pattern's prepositions, then the direct object (inside a gap, then after).</summary>
    private static List<int> SlotStarts(Document document, TriggerMatch trigger, int clauseEnd)
    {
        var starts = new List<int>(3);
        var pattern = trigger.Pattern;
        foreach (var preposition in pattern.TargetPrepositions)
            if (GroupSearch.After(document, trigger.EndToken, clauseEnd, preposition, 3) is { } at)
                starts.Add(at + 1);
        // "pleading with civilians", "appealed to villagers": a trigger ending in its preposition has its target right after it;
        // "decided to", "plans to" end in an infinitive's "to", and a verb follows.
        var last = document.Slice(document.Tokens[trigger.EndToken - 1].Range);
        var endsInPreposition = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last);
        if (pattern.Kind == TriggerKind.Frame && last is "to" || !pattern.TargetIsObject && !(endsInPreposition && pattern.TargetPrepositions.Length > 0))
            return starts;
        // "warned on Friday that they would ...": after a "that" comes a clause; only the gap before it holds an object.
        var complement = false;
        for (var t = trigger.FirstToken + 1; t < trigger.EndToken && !complement; t++)
            complement = document.Slice(document.Tokens[t].Range) is "that";
        // "barred girls from school": the object inside a trigger's gap comes before anything after it.
        foreach (var forms in pattern.Trigger)
            if (forms[0] == "*" && trigger.FirstToken + 1 < trigger.EndToken)
            {
                starts.Insert(0, trigger.FirstToken + 1);
                break;
            }
        if (!complement)
            starts.Add(Targets.ObjectStart(document, trigger));
        return starts;
    }

    /// <summary>Whether the venue is named before the target's phrase ("visited Germany and met officials"), not in a phrase after it.</summary>
    private static bool VenueBefore(Document document, Sentence sentence, Gazetted venue, int phraseStart)
    {
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < phraseStart; i++)
            if (document.Places[i].Where == venue)
                return true;
        return false;
    }

    /// <summary>Whether the venue is where the act struck, not a place in a phrase about others ("relatives of men detained in Somalia").</summary>
    private static bool Scene(Document document, Sentence sentence, Gazetted venue)
    {
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < sentence.End; i++)
        {
            var p = document.Places[i];
            if (p.Where != venue || p.End > sentence.End)
                continue;
            var t = sentence.FirstToken;
            while (t < sentence.EndToken && document.Tokens[t].End <= p.Start)
                t++;
            // "detained in Somalia", "living near Goma": a participle before the place's preposition starts another phrase.
            for (var b = t - 1; b >= sentence.FirstToken && b >= t - 3; b--)
            {
                var word = document.Slice(document.Tokens[b].Range);
                if (!document.Tokens[b].Is(TokenShape.Capitalized) && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
                    return false;
            }
            return true;
        }
        return false;
    }

    private static EventActor? Actor(Document document, KnowledgeBase kb, Sentence sentence, TargetPhrase phrase, string plover, string mode, bool home, List<EventActor> source, Gazetted? venue = null)
    {
        var range = new TextRange(document.Tokens[phrase.First].Start, document.Tokens[phrase.Head].End);
        var sector = phrase.Sector.Length > 0 ? phrase.Sector : null;
        // "deployed troops", "withdrew its police": forces sent or pulled back are the source's instrument, not whom it acts on.
        if (plover is "MOBILIZE" or "RETREAT" && sector is "MIL" or "COP")
            return null;
        // "seized the printing presses of an opposition daily": belongings name whom only a seizure or a freeze is aimed at.
        if (phrase.Property && plover is not ("COERCE" or "SANCTION"))
            return null;
        // A mention of the source inside the phrase ("its own army base") makes it the source's own: no one else to act on.
        foreach (var a in source)
            if (a.Range.Start >= range.Start && a.Range.End <= range.End)
                return null;
        var named = phrase.International ? ("IGO", null) : TargetHomes.MissionOwner(document, kb, sentence, phrase) ?? TargetHomes.Named(document, kb, phrase, sentence.EndToken, home);
        // "political prisoners" are the state's own dissidents, wherever other prisoners come from.
        home &= !phrase.Site && (!TargetPhrases.Strangers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[phrase.Head].Range))
            || phrase.Head > phrase.First && document.Slice(document.Tokens[phrase.Head - 1].Range) is "political");
        // "visited Germany and met with officials": those met abroad, unplaced, are the host's.
        var hosted = plover == "CONSULT" && venue is { Country: { Length: 3 } host } && host != "---" && !source.Exists(a => a.Code.Country == host)
            && VenueBefore(document, sentence, venue, range.Start) ? venue.Country : null;
        // "dropped bombs on Halabja, killing thousands of residents, Iranian officials said": unplaced victims of violence or
        // coercion are of the place where it struck, whoever else the sentence names.
        var struck = plover is "ASSAULT" or "COERCE" && home && venue is { Country: { Length: 3 } scene } && scene is not ("---" or "IGO" or "NGO")
            && Scene(document, sentence, venue) ? venue.Country : null;
        var country = named?.Country ?? hosted ?? struck ?? (home ? TargetHomes.Default(document, sentence, source) : null);
        // "Turkish troops shelled army positions": a state's forces attack another state's forces, never their own.
        if (named is null && plover == "ASSAULT" && Sectors.IsGovernmentOrForce(sector) && source.Exists(a => a.Code.Country == country && (a.Code.Sector is null || Sectors.IsGovernmentOrForce(a.Code.Sector))))
            return null;
        if (country is null)
            return null;
        // An actor does not act on itself, least of all in a meeting or a visit: "met with officials" is not the minister's own.
        // A body of the state named by what it is ("the election commission", "parliament") is another side than its government.
        // So is a region's own government ("the Puntland regional administration", RegionalBodies).
        var regional = RegionalBodies.Names(document, phrase.First, phrase.Head);
        var body = DomesticTargets.IsStateBody(document.Slice(document.Tokens[phrase.Head].Range)) || regional;
        if (source.Exists(a => a.Code.Country == country && (a.Code.Sector == sector && !body || plover is "CONSULT" && a.Code.Sector is "GOV" or null && !regional || mode == "visit")))
            return null;
        var entity = Jurisdictions.StateEntity(document, country) ?? named?.Entity ?? (source.Count > 0 ? source[0].Entity : null);
        return entity is { } e ? new EventActor(range, e, document.TextOf(range), new ActorCode(country, sector), null) : null;
    }
}
