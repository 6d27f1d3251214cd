using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>The other side a sentence gives an event without naming it: by what it is, by a condition, or by the accusation it answers.</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The target and its rule suffix when the clause names its other side by what it is ("pleaded with civilians", "demanded
    /// that the authorities resign"), in a condition or the talks a concession followed, or as the accuser a denial answers;
    /// null when it gives none.
    /// </summary>
    private (List<EventActor> Target, string Rule)? UnnamedSide(Document document, Sentence sentence, Reading reading, TriggerMatch trigger, Arguments arguments,
        string plover, List<EventActor> source, List<ActorGroup> groups, DateOnly? date, TokenIndex index, DiscourseContext context, Gazetted? place)
    {
        // "pleaded with civilians", "overran an army base", "talks with the government": a target named by what it is, not
        // whose, is of the country its phrase names, else of where its source acts (deportees only by their phrase).
        var slots = reading.Act ?? trigger;
        // "urged them to hold their fire", "called on both sides to hold fire": an appeal to both sides of the dealing told just before.
        if (plover == "REQUEST" && source.Count > 0 && context.LastPlural is { } pair && BothSides.Addressed(document, sentence, trigger)
            && Resolve(document, pair, date, index) is { } sides && sides.RemoveAll(t => source.Exists(x => x.Code.Country == t.Code.Country)) >= 0
            && sides.Count > 0 && sides.TrueForAll(t => t.Code.Country.Length == 3))
            return (sides, "+target.sides");
        // "had spoken to both leaders", "welcomed the commitment of both countries": talks, praise or blame of a pair named by what
        // it is are with the pair told just before (PairObjects).
        // So is a mediation between them, offered or done ("offered to mediate between the two sides").
        // Round 42: so is work done with them, done or promised ("would keep working with both governments").
        if ((plover is "CONSULT" or "SUPPORT" or "ACCUSE" or "COOPERATE" && reading.Framed is null || slots.Pattern.Cameo == "045"
             || slots.Pattern.Plover is "COOPERATE" or "CONSULT") && source.Count > 0 && context.LastPlural is { } talked
            && PairObjects.Addressed(document, sentence, slots)
            && Resolve(document, talked, date, index) is { } pairSides && pairSides.RemoveAll(t => source.Exists(x => x.Code.Country == t.Code.Country)) >= 0
            && pairSides.Count > 0 && pairSides.TrueForAll(t => t.Code.Country.Length == 3))
            return (pairSides, "+target.sides");
        // "offered to help facilitate them", "is ready to help bring the two sides together": an offer of help to the pair told before.
        if (plover == "AGREE" && source.Count > 0 && HelpedPairs.Offered(document, sentence, trigger)
            && HelpedPairs.Pair(document, groups, trigger, context) is { } helped
            && Resolve(document, helped, date, index) is { } helpedSides && helpedSides.RemoveAll(t => source.Exists(x => x.Code.Country == t.Code.Country)) >= 0
            && helpedSides.Count > 0 && helpedSides.TrueForAll(t => t.Code.Country.Length == 3))
            return (helpedSides, "+target.sides");
        if (reading is { Act: { } asks, Framed.Plover: "REQUEST" } && UnnamedTargets.Asked(document, kb, sentence, trigger, asks, plover, source) is { } addressee)
            return ([addressee], "+target.unnamed");
        // "demanded that the national government double pensions": with no act of its own read in the clause, the subject of a
        // demand's that-clause is still the one asked.
        if (reading.Act is null && plover == "REQUEST" && UnnamedTargets.ThatSubject(document, kb, sentence, trigger, plover, source) is { } subject)
            return ([subject], "+target.unnamed");
        if (UnnamedTargets.Of(document, kb, sentence, slots, arguments.ClauseStartToken, plover, reading.Framed?.Mode ?? trigger.Pattern.Mode ?? "",
                !slots.Pattern.Cameo.StartsWith("174", StringComparison.Ordinal), source, place) is { } unnamed)
        {
            // "bombed an Israeli army convoy, killing three soldiers": the toll of an attack falls on the side it struck.
            if (plover == "ASSAULT" && TrailingResult(document, trigger) && context.LastAssaultInSentence is { } struck
                && struck.Target[0].Code.Country.Length == 3 && struck.Target[0].Code.Country != unnamed.Code.Country
                && struck.Source.Any(a => source.Exists(s => s.Code.Country == a.Code.Country)))
                return ([unnamed with { Code = unnamed.Code with { Country = struck.Target[0].Code.Country } }], "+target.struck");
            return ([unnamed], "+target.unnamed");
        }
        if (plover == "ASSAULT" && TrailingResult(document, trigger) && context.LastAssaultInSentence is { } attack
            && attack.Source.Any(a => source.Exists(s => s.Code.Country == a.Code.Country)) && !source.Exists(s => s.Code.Country == attack.Target[0].Code.Country))
            return ([attack.Target[0]], "+target.struck");
        // "would strike unless the government set a date", "called off the strike after talks with the government": the other
        // side of an ultimatum is its condition's subject; of a concession, the partner of the talks it followed.
        if (source.Count > 0 && OtherSides.Start(document, sentence, slots, plover) is { } side)
        {
            var other = GroupSearch.GroupStartingNear(groups, side, 1) is { } g && !g.Mentions.Any(arguments.Source.Contains)
                ? Resolve(document, g.Mentions, date, index) : [];
            other.RemoveAll(t => source.Exists(x => x.Code == t.Code));
            if (other.Count == 0 && UnnamedTargets.At(document, kb, sentence, side, plover, source) is { } unnamedSide)
                other.Add(unnamedSide);
            if (other.Count > 0)
                return (other, "+target.condition");
        }
        // "alleged that the army rigged the vote, charges the commission denied": a denial answers the accusation of its own sentence.
        if ((reading.Framed?.Cameo ?? trigger.Pattern.Cameo) == "016" && context.AccuserOf(source) is { } accuser)
            return ([accuser], "+target.accuser");
        // "refused to accept the results of the vote", "suspended the constitution": a country's political order is that country.
        if (TargetInstitutions.Of(document, kb, sentence, slots, plover, source) is { } order)
            return ([order], "+target.institution");
        // "bombed the Chechen stronghold of Bamut": a settlement no country is named for lies where the state fights, at home.
        return AttackedSettlements.Of(document, kb, sentence, slots, plover, source) is { } settlement ? ([settlement], "+target.settlement") : null;
    }

    /// <summary>
    /// Whom the purpose of <paramref name="protest"/> addresses ("to demand the withdrawal of Syrian troops" -> the Syrian
    /// troops): the target of the purpose read as an event of its own, else, when that reading finds no source of its own
    /// (an infinitive after a long adjunct), the actor its words name; empty when it names none besides the protesters.
    /// </summary>
    private List<EventActor> PurposeAddressees(Document document, int s, Sentence sentence, Reading purpose, List<ActorGroup> groups, TokenIndex index,
        DiscourseContext context, CodedEvent protest)
    {
        // "demanding that the military government free ...", "to press prison authorities for ...": the one asked, named by
        // what it is, right after the purpose's verb.
        var protesters = new List<EventActor>(protest.Source);
        if (UnnamedTargets.At(document, kb, sentence, ProtestPurposes.AddresseeStart(document, purpose.Trigger), "REQUEST", protesters) is { } unnamed)
            return ProtestPurposes.Addressees(protest, [unnamed], "");
        if (Code(document, s, sentence, purpose, groups, index, context, out _) is { } asked)
            return ProtestPurposes.Addressees(protest, asked.Target, asked.Rule);
        var named = Targets.TargetOf(document, sentence, purpose.Act ?? purpose.Trigger, groups, []);
        return ProtestPurposes.Addressees(protest, Resolve(document, named, ActorResolver.RoleDate(protest.Time, document.Published), index), "");
    }

    /// <summary>
    /// "“They are threatening us,” Turkey's foreign minister said": in a quote "they" is the speaker's other side (its counterpart
    /// in the story) and "us" the speaker; "“We will punish them”": "them" is the other side. Null when the quote is not so read.
    /// </summary>
    private (List<EventActor> Source, List<EventActor> Target)? QuotedSides(Document document, Sentence sentence, TriggerMatch trigger, Arguments arguments,
        List<EventActor> source, List<EventActor> target, List<ActorGroup> groups, DiscourseContext context, DateOnly? date, TokenIndex index)
    {
        // Only in the speaker's own words: "officials say they are negotiating" is the officials' own side.
        if (!InQuote(document, sentence, trigger))
            return null;
        var objectToken = Targets.ObjectStart(document, trigger);
        var objectWord = objectToken < sentence.EndToken ? document.Slice(document.Tokens[objectToken].Range) : default;
        if (objectWord is "us" or "me" && Speakers.ThirdPersonPlural(document, trigger, arguments.ClauseStartToken))
        {
            var speaker = Resolve(document, Speakers.QuoteSpeaker(document, sentence, trigger, groups, context.Quotes.Current), date, index);
            return speaker.Count == 0 || context.CounterpartOf(speaker) is not { } other || speaker.Exists(a => a.Code.Country == other.Code.Country)
                ? null : ([other], speaker);
        }
        // "“We will not negotiate with them”": "them" after the act's own preposition is its object too.
        if (objectWord is "with" or "against" or "on" or "to" or "for" && objectToken + 1 < sentence.EndToken && document.Slice(document.Tokens[objectToken + 1].Range) is "them")
            objectWord = "them";
        if (objectWord is not "them" || source.Count == 0 || !Speakers.FirstPerson(document, trigger, arguments.ClauseStartToken))
            return null;
        if (context.CounterpartOf(source) is { } them && !source.Exists(a => a.Code.Country == them.Code.Country))
            return (source, [them]);
        // "Ethiopia massed troops on the border. “We condemn them ...”": with no dealing told yet, "them" is the one other state
        // the sentence before named.
        return PreviousOther(document, context.PreviousGroups, source, date, index) is { } named ? (source, [named]) : null;
    }

    /// <summary>The actor of the one country other than the source's that <paramref name="previous"/> names; null for none or several.</summary>
    private EventActor? PreviousOther(Document document, List<ActorGroup> previous, List<EventActor> source, DateOnly? date, TokenIndex index)
    {
        int? found = null;
        string? country = null;
        foreach (var g in previous)
            foreach (var m in g.Mentions)
            {
                if (document.Entities[document.Mentions[m].Entity].Actor is not { Country: { Length: 3 } code } || code == "---" || code == country
                    || source.Exists(a => a.Code.Country == code))
                    continue;
                if (country is not null)
                    return null;
                (found, country) = (m, code);
            }
        return found is { } mention ? _actors.Resolve(document, mention, date, index) : null;
    }

    /// <summary>Whether an opening quotation mark stands before the trigger in its sentence (or the sentence continues a quote run).</summary>
    private static bool InQuote(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = sentence.FirstToken; t < trigger.FirstToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "\"" or "“")
                return true;
        return false;
    }

    /// <summary>", killing three soldiers", ", wounding dozens": a participle after a comma reports an act's result.</summary>
    private static bool TrailingResult(Document document, TriggerMatch trigger) =>
        trigger.FirstToken > 0 && document.Slice(document.Tokens[trigger.FirstToken - 1].Range) is ","
        && document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ing", StringComparison.Ordinal);
}
