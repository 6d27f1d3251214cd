using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>Coding one reading of a trigger: its arguments, factuality, time and place, and the dyad finished by the event's own rules.</summary>
public sealed partial class EventCoder
{
    private CodedEvent? Code(Document document, int s, Sentence sentence, Reading reading, List<ActorGroup> groups, TokenIndex index, DiscourseContext context, out string? why)
    {
        why = null;
        var trigger = reading.Trigger;
        if (LookAlikes.InName(document, trigger.FirstToken, sentence.FirstToken))
            return Uncoded(UncodedReasons.LookAlike, out why); // "Naval Station Guantanamo", "Meet the Press", "the Hanoi Summit": a word of a name is not a trigger
        // "U.S.-hosted talks", "Qatar-brokered truce": a participle fused by a hyphen to its maker is a modifier, no act of its own.
        if (trigger.Pattern.Kind == TriggerKind.Verb && trigger.Range.Start > 1 && document.Text[trigger.Range.Start - 1] == '-' && !char.IsWhiteSpace(document.Text[trigger.Range.Start - 2]))
            return Uncoded(UncodedReasons.LookAlike, out why);
        if (LookAlikes.ExistingAgreement(document, trigger, sentence.FirstToken) || LookAlikes.TimeReference(document, trigger, sentence.FirstToken))
            return Uncoded(UncodedReasons.LookAlike, out why);
        if (ThingObjects.Takes(document, trigger, sentence, groups))
            return Uncoded(UncodedReasons.LookAlike, out why); // "had received 61 percent", "won the runoff, beating X": a thing received, a vote won
        if (Subheadings.Covers(document, sentence, trigger))
            return Uncoded(UncodedReasons.LookAlike, out why); // "Recent attacks Since January, ...": a subheading glued to the sentence names a topic, no act
        if (reading.Framed is null && ReducedRelatives.Backers(document, trigger, sentence.FirstToken))
            return Uncoded(UncodedReasons.LookAlike, out why); // "troops backed by AU forces retook ...": who stands behind a noun, told in passing
        if (reading.Framed is null && ReducedRelatives.Suspects(document, trigger, sentence.FirstToken))
            return Uncoded(UncodedReasons.Content, out why); // "companies accused of helping the army": a charge no one makes, and its content
        if (trigger.Pattern.Kind == TriggerKind.Frame && reading.Act is null && Complements.IsWish(trigger.Pattern))
            return Uncoded(UncodedReasons.Content, out why); // "wants to", "hopes to" over no cooperative act: a wish, no event
        if (trigger.Pattern.Kind == TriggerKind.Frame && reading.Act is null && reading.Framed is null && ModalOpinions.Opinion(document, trigger, sentence))
            return Uncoded(UncodedReasons.Content, out why); // "Washington must understand ...": advice or opinion, no demand
        // "its readiness to meet": a frame named by a noun still frames its act.
        // "its decision to suspend talks", "the government's decision to": an owned decision governs the act it takes, as the
        // verb does ("the decision to", owner untold, retells one).
        var frameWord = document.Slice(document.Tokens[trigger.FirstToken].Range);
        var demandNoun = DemandNouns.Named(document, sentence, trigger); // "Baku's demand that Armenia ...": its owner demands
        if (demandNoun)
            trigger = DemandNouns.AsNoun(trigger);
        var nounFrame = demandNoun || DemandNouns.ByText(document, sentence, trigger) || reading.Act is not null && (frameWord.EndsWith("ness", StringComparison.OrdinalIgnoreCase)
            || frameWord.Equals("decision", StringComparison.OrdinalIgnoreCase) && OwnedNoun(document, sentence, trigger.FirstToken));
        if (trigger.Pattern.Kind != TriggerKind.Noun && !nounFrame && !VerbUse.IsVerb(document, trigger.FirstToken, sentence.FirstToken)
            && !TextParticiples.Says(document, trigger, sentence.FirstToken) && !GiverRelatives.Verb(document, trigger, sentence.FirstToken))
        {
            // "Beijing's sanctions list", "the attack", "their first meeting": a verb form used as a noun, coded as the noun if one is.
            if (reading.Framed is not null || trigger.EndToken - trigger.FirstToken != 1
                || !_nounsByWord.TryGetValue(document.Slice(document.Tokens[trigger.FirstToken].Range), out var noun))
                return Uncoded(UncodedReasons.NotVerb, out why);
            trigger = trigger with { Pattern = noun };
        }
        // "Israel's crackdown on protests", "his role in the protests": protests a crackdown or a role is about are its topic
        // (after a preposition a word like "protests" is a noun, however a verb reading took it).
        if (trigger.Pattern.Plover == "PROTEST" && ProtestTopics.Named(document, trigger.FirstToken, sentence.FirstToken))
            return Uncoded(UncodedReasons.Content, out why);
        if (trigger.Pattern.Plover == "PROTEST" && context.Deeds.Count > 0 && context.Deeds[^1].Sentence == context.Sentence)
        {
            var codedBefore = context.Deeds[^1].Event; // the sentence's act coded last, before this protest word
            if (ProtestTopics.Setting(document, trigger.FirstToken, sentence.FirstToken))
                return Uncoded(UncodedReasons.Content, out why); // "were detained during a protest": the setting of the act just told
            if (codedBefore.Plover == "PROTEST" && ProtestTopics.Chant(document, trigger.FirstToken, sentence.FirstToken))
                return Uncoded(UncodedReasons.Duplicate, out why); // "blocked roads outside the court, chanting slogans": the manner of the protest just told
        }
        if (reading.Framed is null && SettingNouns.Adjunct(document, trigger, sentence.FirstToken))
            return Uncoded(UncodedReasons.Content, out why); // "at their meeting in July", "under U.S. sanctions": a setting, not the news
        if (reading.Framed is null && NamingPredicates.Named(document, trigger, sentence.FirstToken))
            return Uncoded(UncodedReasons.Content, out why); // "called the raid an attack", "in what the navy described as an attack": a characterisation, no new act
        if (trigger.Pattern.Plover == "ASSAULT" && (context.LastAssaultInSentence is not null && ViolenceRetold.Toll(document, trigger, sentence.FirstToken)
                || (context.LastAssaultInSentence is not null || ViolenceRetold.ArrestInSentence(context)) && ViolenceRetold.NamedAgain(document, trigger, sentence.FirstToken)))
            return Uncoded(UncodedReasons.Duplicate, out why); // "detonated a bomb, killing two", "... in its first attack", "detained ... in a raid": the toll or the name of the act just coded
        var toll = reading.Framed is null && CasualtyTolls.Toll(document, sentence, trigger, groups);
        if (toll && context.LastAssaultInSentence is not null)
            return Uncoded(UncodedReasons.Duplicate, out why); // "Police fired water cannon, and 30 marchers were hurt": the toll of the violence just told
        var arguments = ArgumentFinder.Find(document, sentence, trigger, groups, context);
        // ", with police firing tear gas", ", with each government releasing ...": an absolute clause's own subject acts, not the main clause's.
        string? absoluteSuffix = null;
        if (reading.Framed is null && AbsoluteClauses.Of(document, sentence, trigger, groups, context.LastPlural, ResolveMention) is { } absolute)
            (arguments, absoluteSuffix) = absolute.Reciprocal
                ? (arguments with { Source = absolute.Source, Target = absolute.Target, Reciprocal = true, Confidence = arguments.Confidence - 0.1 }, "+sides.each")
                : (arguments with { Source = absolute.Source, Target = [.. arguments.Target.Where(m => Array.IndexOf(absolute.Source, m) < 0)] }, null);
        // "The ministry said the talks had failed, blaming Ethiopia": a speech participle after a reported clause is the sayer's.
        if (arguments.Source.Length == 0 && absoluteSuffix is null && ReportedParticiples.Sayer(document, sentence, trigger, groups) is { } sayer)
            (arguments, absoluteSuffix) = (arguments.WithSource(sayer.Mentions) with { Confidence = arguments.Confidence - 0.1, CueStartToken = trigger.FirstToken }, ReportedParticiples.Suffix);
        if (arguments.Target.Length == 0 && reading.Framed is null && TextParticiples.Addressee(document, sentence, trigger, groups) is { } textAddressee)
            arguments = arguments with { Target = [.. textAddressee.Where(m => Array.IndexOf(arguments.Source, m) < 0)] }; // "a note to Germany demanding"
        // "12 of its troops were killed in the clashes": combatants fallen in a toll fell to the foe of the story's latest violence (FallenSides).
        var fallen = toll && reading.Framed is null ? FallenSides.Of(document, sentence, trigger, arguments.Source, context, ResolveMention) : null;
        if (fallen is not null)
            arguments = arguments with { Source = [], Target = [] };
        else if (toll && CasualtyTolls.VictimAsSource(document, trigger, arguments.Source))
            return Uncoded(UncodedReasons.Content, out why); // "the soldiers killed in the fighting": who suffered is no doer
        // "Iran faced sanctions from the EU": the subject bears a faced act; its doer is the "from" phrase, if any.
        if (reading.Framed is null && FacedActs.Undergone(document, sentence, trigger, arguments.Source))
            arguments = FacedActs.Giver(document, sentence, trigger, groups) is { } giver ? arguments with { Source = giver.Mentions, Target = arguments.Source }
                : arguments with { Source = [], Target = arguments.Target.Length > 0 ? arguments.Target : arguments.Source };
        // "Rebels calling themselves X threatened ...", "Relatives of the disappeared, led by ..., demanded": a found source that
        // codes as no one must not block the readings of an uncoded subject below.
        if (arguments.Source.Length > 0 && NoneResolves(document, arguments.Source, index))
            arguments = arguments with { Source = [] };
        var comesUnder = Undergoers.ComesUnder(document, trigger);
        // "Accusing Rwanda of backing the rebels, Congo recalled ...": an opening participle clause has the main clause's subject;
        // "Kharkiv came under heavy Russian shelling", "... rocket fire from Syria": the attacker of what came under an attack.
        if (arguments.Source.Length == 0 && (OpeningParticiples.Subject(document, sentence, trigger, groups) ?? Undergoers.ComesUnderFrom(document, sentence, trigger, groups)) is { } named)
            arguments = arguments.WithSource(named.Mentions);
        if (arguments.Source.Length == 0 && FrontedPhrases.Subject(document, sentence, trigger, groups, arguments.ClauseStartToken) is { } fronted)
            arguments = arguments.WithSource(fronted.Mentions); // "During the raid the army seized ...": a comma-less opening phrase
        if (arguments.Source.Length == 0 && BodyOrgans.Owner(document, sentence, trigger, groups, arguments.ClauseStartToken) is { } organOwner)
            arguments = arguments.WithSource(organOwner.Mentions); // "the army's media wing said ...": a body's voice is the body
        if (arguments.Source.Length == 0 && NounDoers.Of(document, sentence, trigger, groups) is { } doer)
            arguments = arguments.WithSource(doer.Mentions); // "an offensive launched by forces in Puntland"
        // "Ghana dismissed the apology as a stunt and demanded ...": a second past predicate after an "as" phrase or a reported clause shares the sentence's subject.
        // The three readings below each fill an empty source, so at most one of them applies; its rule suffix is kept here.
        string? sourceSuffix = absoluteSuffix ?? arguments.Suffix;
        // "Chad and Sudan agreed after talks in Doha", "talks between the warring sides": talks held between the clause's pair.
        if (arguments.Source.Length == 0 && arguments.Target.Length == 0 && reading.Framed is null
            && AdjunctTalks.Sides(document, sentence, trigger, groups, arguments.ClauseStartToken, context, ResolveMention) is var (talker, partner))
            (arguments, sourceSuffix) = (arguments with { Source = talker, Target = partner, Reciprocal = true, Confidence = arguments.Confidence - 0.1 }, "+sides.adjunct");
        if (arguments.Source.Length == 0 && SharedSubjects.Of(document, sentence, trigger, groups) is var (shared, and) && !NoneResolves(document, shared.Mentions, index))
            (arguments, sourceSuffix) = (arguments.WithSource(shared.Mentions) with { Confidence = arguments.Confidence - 0.1, CueStartToken = and }, "+source.conjunct");
        // "The agency said it had sent doctors and was working with ...": a conjunct after a reported clause opened by the reporter's pronoun is the reporter's.
        if (arguments.Source.Length == 0 && ReportedPronounConjuncts.Of(document, sentence, trigger, groups) is var (reporter, pronounAnd) && !NoneResolves(document, reporter.Mentions, index))
            (arguments, sourceSuffix) = (arguments.WithSource(reporter.Mentions) with { Confidence = arguments.Confidence - 0.1, CueStartToken = pronounAnd }, "+source.conjunct");
        // "Ruto told Museveni that the closure was unacceptable": a verdict told to someone on a thing no actor names is aimed at the one told.
        if (arguments.Source.Length == 0 && reading.Framed is null && AddressedVerdicts.Sides(document, sentence, trigger, groups, arguments.ClauseStartToken) is var (teller, addressee))
            (arguments, sourceSuffix) = (arguments with { Source = teller, Target = addressee, Confidence = arguments.Confidence - 0.1 }, "+source.teller");
        // "The junta told mediators it would hand over power": a pronoun opening a promise told to someone is the teller (ToldIntents).
        if (sourceSuffix is null && ToldIntents.Sides(document, sentence, trigger, reading.Framed?.Plover ?? trigger.Pattern.Plover, groups,
                m => document.Entities[document.Mentions[m].Entity].Actor) is var (promiser, promisee))
            (arguments, sourceSuffix) = (arguments with { Source = promiser, Target = promisee }, "+sides.told");
        // "Ruto apologised to Museveni in a phone call": talk that is the means of an act just told is held between its sides.
        if (arguments.Source.Length == 0 && reading.Framed is null && TalkMeans.Sides(document, sentence, trigger, groups, arguments.ClauseStartToken, context) is var (caller, called))
            (arguments, sourceSuffix) = (arguments with { Source = caller, Target = arguments.Target.Length > 0 ? arguments.Target : called, Confidence = arguments.Confidence - 0.1 }, "+source.means");
        // "a three-day trip by the Kenyan president to Ghana": the visit's own by-phrase and to-phrase name its sides.
        if (reading.Framed is null && (arguments.Source.Length == 0 || arguments.Target.Length == 0) && VisitSides.Of(document, sentence, trigger, groups) is { } visit)
            arguments = arguments with
            {
                Source = arguments.Source.Length == 0 ? visit.Visitor : arguments.Source,
                Target = arguments.Target.Length == 0 && !visit.Host.AsSpan().ContainsAny(arguments.Source) ? visit.Host : arguments.Target,
            };
        // "Rockets fired by Hamas hit Sderot": the user of the weapon that struck is the attacker, never its target.
        var weaponUser = false;
        if (arguments.Source.Length == 0 && (reading.Framed?.Plover ?? trigger.Pattern.Plover) == "ASSAULT"
            && WeaponAgents.Of(document, sentence, trigger, groups, arguments.ClauseStartToken) is { } user)
        {
            // "were wounded when a rocket fired by X hit their house": the strike of an attack the sentence already coded is that attack.
            if (context.LastAssaultInSentence is { } coded && coded.Source.Any(a => Array.Exists(user.Mentions, m => document.Mentions[m].Entity == a.Entity)))
                return Uncoded(UncodedReasons.Duplicate, out why);
            (arguments, weaponUser) = (arguments.WithSource(user.Mentions), true);
        }
        // "Ghana's army was placed on alert", "its bases were put on high alert": forces mobilised in the passive are their owner's (ForcesOwners).
        if (arguments.Source.Length == 0 && reading.Framed is null && ForcesOwners.Of(document, sentence, trigger, groups, arguments.ClauseStartToken) is { } forcesOwner)
            (arguments, sourceSuffix) = (arguments.WithSource(forcesOwner) with { Confidence = arguments.Confidence - 0.1 }, "+source.forces-owner");
        // "Chadian soldiers were deployed to Darfur": forces deployed are their state's instrument, the act's source, not its target;
        // "several hundred troops were deployed", uncoded, are the forces of the state where they were sent.
        var deployed = reading.Framed is null && arguments.Source.Length == 0 && StateActs.ForcesDeployed(document, sentence, trigger, arguments.ClauseStartToken);
        if (deployed && arguments.Target.Length > 0)
            (arguments, deployed) = (arguments with { Source = arguments.Target, Target = [] }, false);
        if (arguments.Source.Length == 0 && trigger.Pattern.Kind != TriggerKind.Noun && context.Quotes.Issuer(document, arguments.ClauseStartToken, trigger.FirstToken) is { } issuer)
            arguments = arguments.WithSource(issuer); // "Blinken issued a statement. The statement threatened sanctions": the writing's issuer acts
        // "Demonstrators in Baghdad blocked ...": an uncoded subject acts for the place its phrase names.
        var (placeSubject, subjectRule) = arguments.Source.Length == 0 && trigger.Pattern.Kind != TriggerKind.Noun && trigger.Pattern.Source is not (SourceSlot.Speaker or SourceSlot.Giver)
            ? UncodedSubject(document, sentence, trigger, arguments.ClauseStartToken, index) : (null, "");
        if (placeSubject is null && arguments.Source.Length == 0 && trigger.Pattern is { Kind: TriggerKind.Noun, Plover: "PROTEST" } && reading.Framed is null
            && HeldProtests.Of(document, sentence, trigger, index) is { } protesters)
            (placeSubject, subjectRule) = (protesters, "+source.place"); // "the protests began outside the parliament in Lima"
        if (placeSubject is null && arguments.Source.Length == 0 && trigger.Pattern.Plover == "PROTEST" && reading.Framed is null
            && HeldProtests.InStory(document, sentence, trigger) is { } storyProtesters)
            (placeSubject, subjectRule) = (storyProtesters, "+source.story-protest"); // round 51: "the protests began on Monday", "two days of riots"
        // Violence against a named victim is news even when the text does not say who did it ("three soldiers were killed").
        // "A suicide bomber killed 20 people in Baghdad": where the violence struck names its victim's country.
        // "paved with arrests and bans on his concerts": a state's nominal act on a thing of someone's, with no agent, is aimed at its owner.
        var owner = arguments.Source.Length == 0 && trigger.Pattern.Kind == TriggerKind.Noun && reading.Framed is null
            && StateActs.IsStateOnly(trigger.Pattern) ? StateActs.Owner(document, sentence, trigger) : null;
        if (arguments.Target.Length > 0 && !arguments.Target.AsSpan().Contains(owner ?? -1))
            owner = null; // the act names its own target: the owner of something else in its phrase is not it
        if (owner is { } owned && arguments.Target.Length == 0)
            arguments = arguments with { Target = [owned] };
        // "Tibetan monks have faced arrests", "people are subject to attacks": a nominal act its subject bears is told without its agent too;
        // a bearer named by what it is ("people", "journalists") is of the place's or the story's country.
        var borne = arguments.Source.Length == 0 && trigger.Pattern.Kind == TriggerKind.Noun && reading.Framed is null
            && Undergoers.AfterBearVerb(document, trigger.FirstToken, arguments.ClauseStartToken);
        var unnamedBearer = borne && arguments.Target.Length == 0 ? UnnamedTargets.Bearer(document, kb, sentence, arguments.ClauseStartToken, trigger) : null;
        borne &= arguments.Target.Length > 0 || unnamedBearer is not null;
        // "a journalist arrested over his reports", "Geza was expelled from the party": a state's coercion (16x, 17x) undergone by
        // people or a name Parley cannot code is still that act on them, by the state of the story (read below as for any agentless
        // state act). Releases are left out, but from custody ("released on bail"): captives are as often freed by their captors as by a state.
        // "the ministry said 107 people had been detained": in a story of no one country, the state that reports its own
        // agentless act stands for the story's country (StateVoices), for the state that acted and the people it befell.
        var voice = arguments.Source.Length == 0 && placeSubject is null && reading.Framed is null && StateActs.IsStateOnly(trigger.Pattern)
            && TargetHomes.StoryCountry(document) is null ? StateVoices.Country(document, sentence, trigger, groups, ResolveMention) : null;
        var victim = arguments.Source.Length == 0 && arguments.Target.Length == 0 && unnamedBearer is null && placeSubject is null && reading.Framed is null
            && StateActs.IsStateOnly(trigger.Pattern) && (trigger.Pattern.Cameo[0] == '1' || StateActs.FromCustody(document, sentence, trigger)) && RecallVictims.Undergone(document, sentence, trigger, arguments.ClauseStartToken)
            ? RecallVictims.Of(document, kb, sentence, arguments.ClauseStartToken, trigger, index, voice) : null;
        var agentless = arguments.Source.Length == 0 && placeSubject is null && (trigger.Pattern.Kind == TriggerKind.Verb || borne) && trigger.Pattern.Plover is "ASSAULT" or "COERCE"
            && (arguments.Target.Length > 0 || unnamedBearer is not null || reading.Framed is null && trigger.Pattern.Plover == "ASSAULT" && EventPlaces.LocationTarget(document, sentence, trigger, index) is not null
                || comesUnder && (EventPlaces.OneCountryScene(document, sentence) is not null || TargetHomes.StoryCountry(document) is not null))
            && !LookAlikes.NaturalCause(document, arguments.ClauseStartToken, Math.Min(sentence.EndToken, trigger.EndToken + EventPlaces.LocationWindow));
        // "A court later sentenced the Guatemalan publisher": a bare state institution acts in its subject's country (checked below).
        // Only the acts of a state on its own people (arrests, charges, orders): sending troops or striking may cross a border.
        var institution = arguments.Source.Length == 0 && placeSubject is null && trigger.Pattern.Kind != TriggerKind.Noun && trigger.Pattern.Source is not (SourceSlot.Speaker or SourceSlot.Giver)
            && (reading.Framed?.Plover ?? trigger.Pattern.Plover) is "COERCE" or "ACCUSE" or "REQUEST" && !Undergoers.IsPassive(document, trigger) ? Jurisdictions.Institution(document, kb, arguments.ClauseStartToken, trigger.FirstToken) : null;
        // "The activist was released on bail", "two reporters were detained": a state's own act with no agent named is the state's.
        var stateAct = arguments.Source.Length == 0 && placeSubject is null && institution is null && reading.Framed is null
            && (arguments.Target.Length > 0 || unnamedBearer is not null || victim is not null) && (StateActs.IsStateOnly(trigger.Pattern) || StateActs.IsInquiry(trigger.Pattern))
            && (borne || owner is not null || victim is not null || RecallVictims.HeldIn(document, sentence, trigger) is not null
                || trigger.Pattern.Kind == TriggerKind.Verb && StateActs.Agentless(document, sentence, trigger, arguments.ClauseStartToken, arguments.Target, index));
        // "Following talks with the Mauritian prime minister, both leaders ...": talks with a partner and no holder of their own are
        // held by the one the story last paired the partner with (within DiscourseContext.CounterpartReach sentences).
        EventActor? ResolveMention(int m) => _actors.Resolve(document, m, document.Published?.Date, index);
        var holder = arguments.Source.Length == 0 && arguments.Target.Length > 0 && placeSubject is null && reading.Framed is null
            && trigger.Pattern.Plover == "CONSULT" ? TalkHolders.Of(arguments.Target, context, ResolveMention) : null;
        // "the ensuing firefight with the guards", "the subsequent clashes": a fight noun without its own doer is fought by the sides of the violence just told.
        EventActor? foe = null;
        (EventActor First, EventActor Second)? ensuing = null;
        if (arguments.Source.Length == 0 && placeSubject is null && reading.Framed is null && FightSides.IsFightNoun(trigger.Pattern))
        {
            foe = arguments.Target.Length > 0 ? FightSides.Foe([.. arguments.Target.Select(ResolveMention).OfType<EventActor>()], context, ResolveMention) : null;
            ensuing = arguments.Target.Length == 0 ? FightSides.Ensuing(document, sentence, trigger, context, ResolveMention) : null;
        }
        var adjoined = reading.Framed is null ? context.AdjoinedTo(trigger.FirstToken) : null; // "rallied ..., accusing X": the protesters' verdict
        if (adjoined is not null)
            (arguments, placeSubject) = (arguments with { Source = [] }, null);
        if (arguments.Source.Length == 0 && placeSubject is null && !agentless && institution is null && !stateAct && !deployed && holder is null && foe is null && ensuing is null && fallen is null
            && adjoined is null)
        {
            // No rule found who acted: the learned side ranker may still pick one of the sentence's actors (SideChooser).
            if (SideChooser.Source(document, sentence, trigger, reading.Framed?.Cameo ?? trigger.Pattern.Cameo, groups, arguments.Target, ResolveMention, Sides, SideCandidates, Judge, s, context.Deeds) is not { } learned)
                return Uncoded(UncodedReasons.NoSource, out why);
            (arguments, sourceSuffix) = (arguments.WithSource(learned) with { Confidence = arguments.Confidence - 0.15 }, SideChooser.Suffix);
        }
        if (placeSubject is not null)
            arguments = arguments with { Confidence = arguments.Confidence - 0.1 };
        if (agentless)
            arguments = arguments with { Confidence = arguments.Confidence - 0.25 };
        // "refused to extradite bin Laden to the United States": a handover under a frame is aimed at whom it goes to.
        if (reading.Act is { Pattern.Cameo: "063" } handover && Targets.HandoverRecipient(document, sentence, handover, groups, arguments.Source) is { Length: > 0 } recipient)
            arguments = arguments with { Target = recipient };
        if (arguments.Target.Length == 0 && reading.Act is { } act)
        {
            // "demanded that Israel ease ...": the one asked is the act's subject, between the frame and the act.
            var asked = reading.Framed is { Plover: "REQUEST" } ? Targets.Between(groups, trigger.EndToken, act.FirstToken)
                : reading.Framed is { Plover: "AGREE" } ? AttachedTargets.UnderAuthor(document, act.EndToken, Clauses.ClauseEnd(document, sentence, act.EndToken, groups), groups, arguments.Source) : [];
            arguments = arguments with { Target = asked.Length > 0 ? asked : Targets.TargetOf(document, sentence, act, groups, arguments.Source) };
        }
        // "criticised Iran's programme, demanding it be halted", "rallied in Nairobi in protest against the Ugandan government"
        if (arguments.Target.Length == 0 && AttachedTargets.Unslotted(document, sentence, trigger, reading.Framed?.Plover, groups, arguments.Source) is { Length: > 0 } unslotted)
            arguments = arguments with { Target = unslotted };
        if (arguments.Target.Length == 0 && reading.Framed is null && trigger.Pattern.Id.StartsWith("consult.discuss.", StringComparison.Ordinal) && !Clauses.NamesPartner(document, sentence, arguments.ClauseStartToken, trigger.FirstToken, trigger.EndToken))
            return Uncoded(UncodedReasons.NoPartner, out why); // "the ministers also discussed China's role": a topic talked over with no partner is no consultation between actors
        if (trigger.Pattern.Kind == TriggerKind.Frame && reading.Act is null && reading.Framed is null && arguments.Target.Length == 0)
            arguments = arguments with { Confidence = arguments.Confidence - 0.1 }; // "ordered", "vowed" with neither act nor target
        context.NotePair(arguments.Source, arguments.Target, reading.Framed?.Plover ?? trigger.Pattern.Plover);

        var range = reading.Act is { } a ? new TextRange(trigger.Range.Start, a.Range.End)
            : reading.CueEnd < trigger.FirstToken ? new TextRange(document.Tokens[reading.CueEnd].Start, trigger.Range.End) : trigger.Range;
        var time = EventTimeResolver.Resolve(document, s, trigger.Range);
        var factuality = FactualityClassifier.Classify(document, arguments.CueStartToken, reading.CueEnd);
        if (factuality is Factuality.Asserted or Factuality.Future
            && (trigger.Pattern.Kind == TriggerKind.Noun && FactualityClassifier.HedgedAfter(document, trigger.EndToken, sentence.EndToken)
                || FactualityClassifier.HedgedBefore(document, sentence.FirstToken, arguments.ClauseStartToken)))
            factuality = Factuality.Hypothetical;
        if (factuality is Factuality.Asserted or Factuality.Future && FactualityClassifier.PossibleAfter(document, trigger, sentence))
            factuality = Factuality.Hypothetical; // "sanctions can snap back if ...": a possibility
        if (reading.Open && factuality == Factuality.Asserted)
            factuality = Factuality.Hypothetical;
        // "analysts say Beijing wants ...": an unaffiliated commentator's view of what happens is their reading, not a report of an act
        var view = AnalystViews.Of(document, sentence, trigger.FirstToken);
        if (view == ViewHolder.Commentator)
            return Uncoded(UncodedReasons.View, out why);
        // "UN experts said ...": a named body's panel reports findings; kept, but not asserted
        if (factuality is Factuality.Asserted or Factuality.Future && view == ViewHolder.Body)
            factuality = Factuality.Hypothetical;
        // "they feared the army would attack": what is feared is not an act either
        if (FearedContents.Feared(document, sentence, trigger.FirstToken))
            return Uncoded(UncodedReasons.Fear, out why);
        if (reading.Framed is { } foretold && (foretold.Plover == "SANCTION" || trigger.Pattern.Plover == "CONSULT") && reading.Act is null
            && foretold.Cameo == trigger.Pattern.Cameo && factuality == Factuality.Asserted)
            factuality = Factuality.Future; // "said it would cease aid", "would send a delegation": a modal reading that kept the act's own code foretells the act
        factuality = FactualityClassifier.WithTime(factuality, time, document.Published);
        time = EventTimeResolver.NotYetToCome(time, factuality, document.Published);
        var rule = reading.Framed is null ? trigger.Pattern.Id
            : reading.Act is { } governed ? $"{trigger.Pattern.Id}+{governed.Pattern.Id}"
            : reading.Framed == VowedThreats.Threat && VowedThreats.IsBareVow(document, trigger) ? $"{VowedThreats.Rule}+{trigger.Pattern.Id}"
            : $"frame.modal.v1+{trigger.Pattern.Id}";
        if (weaponUser)
            rule += "+source.weapon";
        rule += sourceSuffix;
        var confidence = arguments.Confidence;
        Gazetted? place = EventPlaces.PlaceOf(document, sentence, trigger, index);

        // A scheduled event's details carry over to what is said about it afterwards ("he is expected to raise ..."): to an
        // act that shares one of its actors or names it (ScheduledTopics); another matter keeps its own time.
        CodedEvent? aboutScheduled = null;
        if (time.Basis != TimeBasis.Explicit && factuality is Factuality.Future or Factuality.Hypothetical
            && context.LastScheduled is { } scheduled && ScheduledTopics.Ahead(scheduled, document.Published))
        {
            if (!ScheduledTopics.About(document, sentence, scheduled, context.LastScheduledSentence, context.Sentence, arguments.Source, arguments.Target))
                time = EventTimeResolver.NotYetToCome(time, factuality, document.Published, aboutPlan: false); // nor the plan's day read from the sentence before
            else
            {
                aboutScheduled = scheduled;
                time = scheduled.Time with { Basis = TimeBasis.Inherited, Rule = $"{EventTimeRules.Scheduled}+{scheduled.Time.Rule}" };
                // A region named in passing ("activities in the Indo-Pacific") is a topic, not where the scheduled event is.
                if (place is null || place.Feature is PlaceFeature.Region or PlaceFeature.Other)
                    place = scheduled.Place ?? place;
            }
        }

        var date = ActorResolver.RoleDate(time, document.Published);
        var source = Resolve(document, arguments.Source, date, index);
        var target = Resolve(document, arguments.Target, date, index);
        if (holder is not null && source.Count == 0 && target.Count > 0)
        {
            (source, arguments) = ([holder], arguments with { Reciprocal = true }); // read both ways below
            rule += "+source.counterpart";
            confidence -= 0.1;
        }
        if (foe is not null && source.Count == 0 && target.TrueForAll(t => t.Code == foe.Code))
            return Uncoded(UncodedReasons.NoSource, out why); // the "with" side read at the act's date is the foe itself: no two sides
        if (foe is not null && source.Count == 0 && target.Count > 0)
        {
            (source, arguments) = ([foe], arguments with { Reciprocal = true }); // read both ways below
            rule += "+source.foe";
            confidence -= 0.1;
        }
        if (ensuing is var (first, second) && source.Count == 0 && target.Count == 0)
        {
            (source, target, arguments) = ([first], [second], arguments with { Reciprocal = true });
            rule += "+sides.ensuing";
            confidence -= 0.15;
        }
        if (fallen is var (killer, fell) && source.Count == 0)
        {
            (source, target, toll) = ([killer], [fell], false);
            rule += "+sides.fallen";
            confidence -= 0.15;
        }
        if (unnamedBearer is not null)
        {
            target.Add(unnamedBearer);
            rule += "+target.unnamed";
        }
        if (victim is not null)
        {
            target.Add(victim);
            rule += "+target.victim";
            confidence -= 0.1; // a victim read from a people word, a pronoun or an uncoded name, by a state the text never names
        }
        if (placeSubject is not null)
        {
            source.Add(placeSubject);
            rule += subjectRule;
        }
        if (adjoined is not null)
        {
            (source, confidence) = ([.. adjoined], confidence - 0.1);
            rule += "+source.adjoined";
        }
        // An actor does not act on itself: the same actor code on the same entity, or on a mention of the state itself ("Wang
        // ... against Beijing"), is a misreading; a state's own agents may act on it ("Croatia is investigating Croatian
        // extremists"), and a state may act on its named people ("Kenya's ruling party endorsed President Ruto").
        // "Wang Yi met with officials in Beijing": a meeting needs two sides, and bare officials of the source's own kind are none.
        if ((reading.Framed?.Plover ?? trigger.Pattern.Plover) == "CONSULT")
            target.RemoveAll(t => IsBareAgent(document, t) && source.Exists(x => x.Code == t.Code));
        if (!arguments.Reciprocal)
            target.RemoveAll(t => source.Exists(x => x.Code == t.Code && (x.Entity == t.Entity || (IsState(document, t) || IsState(document, x) && !IsPerson(document, t))
                && !RegionalBodies.Named(document, t, index, sentence.FirstToken)))); // "the Puntland regional administration" is no mention of Somalia
        else if (target.Count > 0)
            (source, target) = BothWays(source, target);
        if (QuotedSides(document, sentence, trigger, arguments, source, target, groups, context, date, index) is { } quoted)
        {
            (source, target) = quoted;
            rule += "+sides.quote";
        }
        if (source.Count == 0 && institution is { } bare && Jurisdictions.Actor(document, bare.Range, bare.Sector, target) is { } local)
        {
            source.Add(local);
            rule += "+source.jurisdiction";
            confidence += agentless ? 0.15 : -0.1; // an agentless reading was marked down 0.25; a placed institution only 0.1
        }
        // "members of the opposition were kicked out of their country": sent out of their own country, by their own state;
        // else the state where it happened, or the story's; with neither named, the people's own ("two Zimbabwean lawmakers were arrested").
        var subjectStart = arguments.Target.Length > 0 ? document.Mentions[arguments.Target[0]].Start : target.Count > 0 ? target[0].Range.Start : trigger.Range.Start;
        var ownCountry = stateAct && target.Count > 0 ? StateActs.OutOfOwnCountry(document, trigger, sentence.EndToken) : null;
        if (source.Count == 0 && stateAct && target.Count > 0
            && ((ownCountry is { } home ? StateActs.Home(document, target[0], home) : null)
                ?? StateActs.Government(document, sentence, trigger.Range, subjectStart, place, voice)
                ?? (trigger.Pattern.Cameo.StartsWith("174", StringComparison.Ordinal) || trigger.Pattern.Cameo.StartsWith("166", StringComparison.Ordinal) ? null
                    : StateActs.Home(document, target[0], target[0].Range, trigger.Pattern))) is { } state && !target.Exists(t => t.Code == state.Code && !IsPerson(document, t)))
        {
            source.Add(state);
            rule += voice is not null && state.Code.Country == voice && place?.Country != voice ? "+source.voice" : "+source.state";
            confidence -= agentless ? 0 : 0.2; // an agentless reading was marked down 0.25 already
        }
        if (source.Count == 0 && deployed && StateActs.Government(document, sentence, trigger.Range, trigger.Range.Start, place) is { } sender)
        {
            source.Add(sender);
            rule += "+source.state";
            confidence -= 0.15;
        }
        if (source.Count == 0 && !(agentless && (target.Count > 0 || arguments.Target.Length == 0)))
            return Uncoded(UncodedReasons.NoSource, out why); // an agentless act keeps its victim, named or placed (the place is added below)
        // "A roadside bomb near Samarra killed a soldier": an attack whose subject is a thing, not an actor, is the unidentified
        // armed forces' (UAF) of the country where it happened; a passive without a by-phrase leaves the actor untold.
        // "The convoy came under attack near Kalat": so is an attack undergone by one who came under it, when it names no attacker.
        if (source.Count == 0 && (reading.Framed?.Plover ?? trigger.Pattern.Plover) == "ASSAULT" && (place ?? (comesUnder ? EventPlaces.OneCountryScene(document, sentence) : null)) is { } scene
            && (!Undergoers.IsPassive(document, trigger) && AttachedTargets.ThingBefore(document, sentence, trigger) || comesUnder)
            && EventPlaces.SceneActor(document, sentence, scene) is { } unidentified)
        {
            source.Add(unidentified);
            rule += "+source.scene";
        }
        // "The ferry came under fire as it left port": with no place in its sentence, the scene is the story's country.
        // "Five soldiers were killed in the ambush": in a one-country story, violence against its own people by no one named is
        // the unidentified forces' at home, as for an attack something came under.
        // "21 people had been killed": a passive that names no doer lends none from the story (CasualtyTolls.Untold, round 55); dropped below.
        if (source.Count == 0 && (comesUnder || agentless && (reading.Framed?.Plover ?? trigger.Pattern.Plover) == "ASSAULT" && target.Count > 0 && !CasualtyTolls.Untold(document, sentence, trigger))
            && TargetHomes.StoryCountry(document) is { Length: 3 } storyHome && (comesUnder || target.TrueForAll(t => t.Code.Country == storyHome))
            && StoryActor(document, storyHome, "UAF") is { } unidentifiedAtHome)
        {
            source.Add(unidentifiedAtHome);
            rule += "+source.story";
        }
        if (toll && (source.Count == 0 || CasualtyTolls.VictimAsSource(trigger, source)))
            return Uncoded(UncodedReasons.Content, out why); // "30 soldiers were killed": a toll whose doer no rule finds is no act of its own
        if (source.Count == 0 && reading.Framed is null && CasualtyTolls.AgentlessPassive(document, trigger))
            return Uncoded(UncodedReasons.Content, out why); // "the drones were shot down", "police stations were attacked": violence told without its doer
        // "it came under attack": what came under it, uncoded, is of the country of the scene
        if (comesUnder && target.Count == 0 && source.Count == 1 && source[0].Code.Sector == "UAF")
        {
            target.Add(source[0] with { Code = source[0].Code with { Sector = null }, Role = ActorRole.Place });
            rule += "+target.location";
        }
        var plover = reading.Framed?.Plover ?? trigger.Pattern.Plover;
        // "hoped Tokyo would honour its commitments": the one a hope says will act is its target (HopedActs codes the appeal below).
        if (reading.Framed is null && HopedActs.Doer(document, trigger) is { } hopedDoer && ResolveMention(hopedDoer) is { } hoped
            && !source.Exists(a => a.Entity == hoped.Entity || a.Code == hoped.Code))
        {
            target.Clear();
            target.Add(hoped);
            rule += "+target.hoped";
        }
        if (FillTarget(document, sentence, reading, trigger, arguments, plover, source, target, groups, date, index, context, place, factuality, aboutScheduled, ref rule, ref confidence) is { } dropped)
            return Uncoded(dropped, out why);
        // "agents deported the men", a story about the United States: a story-level finisher's own country is no side of an expulsion or a sanction by its state (OwnStateTargets).
        if (OwnStateTargets.Strip(document, source, target, rule, reading.Framed?.Cameo ?? trigger.Pattern.Cameo) > 0)
            rule += "+target.not-own";
        // "Security analyst X welcomed the move": a person of no country and no office acting on no one is a commentator, not a side.
        if (target.Count == 0 && source.TrueForAll(a => a.Code is { Country: "---", Sector: null } && Commentators.Titled(document, index, a.Range.Start)))
            return Uncoded(UncodedReasons.Commentator, out why);

        var cameo = reading.Framed?.Cameo ?? trigger.Pattern.Cameo;
        // The means and the sides decide 18x against 19x (ViolenceCodes); violence told again by a definite nominal is no new act.
        if (ViolenceCodes.Decide(document, s, sentence, reading.Act ?? trigger, reading.Framed is not null, plover, cameo, source, target) is not { } violence)
            return Uncoded(UncodedReasons.Retold, out why);
        cameo = violence;
        if (reading.Framed is null && OwnRescues.Own(trigger, source, target))
            return Uncoded(UncodedReasons.Content, out why); // "the army rescued 190 passengers": a rescue at home is no aid between actors
        // "expressed concern about heightened tensions": concern with nobody to blame is a pessimistic comment, not criticism.
        if (reading.Framed is null && cameo == "111" && target.Count == 0 && Cues.VoicesConcern(document, trigger, concerned: false))
            cameo = "012";
        if (UnaimedComments.Unaimed(cameo, target.Count))
            return Uncoded(UncodedReasons.NoTarget, out why); // "hoped the truce would hold": a comment about no one is no dyadic event
        if (InternalOrders.Internal(document, sentence, trigger, trigger.Pattern.Kind == TriggerKind.Frame && reading.Act is null && reading.Framed is null, source, target))
            return Uncoded(UncodedReasons.NoTarget, out why); // "a judge ordered the men held in custody": a command inside one state, no demand
        if (SelfDefences.Own(reading.Act?.Pattern ?? trigger.Pattern, reading.Framed is not null, source, target))
            return Uncoded(UncodedReasons.NoTarget, out why); // "would defend the country": a posture about one's own side, no support of another side
        // Who acts decides what a blockade, an occupation or a fight is (WhoActs): troops blocking a road restrict movement (191).
        string? recodedMode = null;
        var modeCleared = false; // a recode whose type has no mode of the trigger's row (MissileShows)
        if (reading.Framed is null && WhoActs.Recode(document, trigger, plover, cameo, source, target) is { } recoded)
            (plover, cameo, recodedMode) = recoded;
        else if (reading.Framed is null && LeftBodies.Recode(plover, cameo, source, target) is { } left)
            (plover, cameo, recodedMode) = left; // "withdrew from ECOWAS": leaving a body reduces relations (161)
        else if (reading.Framed is null && WelcomedGuests.Hosts(document, trigger, cameo, target))
            (plover, cameo, recodedMode) = ("CONSULT", "043", "host"); // "welcomed President X to Moscow": receiving a guest hosts a visit
        else if (reading.Framed is null && MissileShows.Recode(document, sentence, trigger, cameo) is { } shown)
            (plover, cameo, recodedMode, modeCleared) = (shown.Plover, shown.Cameo, shown.Mode, true); // "fired two missiles that splashed down in the sea": a show of force (150)
        else if (reading.Framed is null && ClosedBorders.Recode(trigger, cameo, source, target) is { } closed)
            cameo = closed; // "closed its border with Rwanda": a border shut against a state embargoes it (163)
        else if (reading.Framed is null && SentToHelp.Recode(document, sentence, trigger, cameo, source, target) is { } help)
            (plover, cameo, recodedMode) = help; // "sent police and soldiers to help restore order at Honiara's request": protection (074)
        else if (reading.Framed is null && SentencedTerms.ToTerm(document, sentence, trigger, cameo))
            cameo = "173"; // "sentenced the editor, a critic of the government, to six years in prison": detention imposed (173)
        else if (reading.Framed is null && HopedActs.Appeal(document, trigger, cameo, source, target))
            (plover, cameo, recodedMode) = ("REQUEST", "020", null); // "hoped Tokyo would honour its commitments": a hope that another acts appeals to it
        else if (reading.Framed is null && cameo == "120" && DeniedCharges.Denies(document, sentence, trigger))
            cameo = "016"; // "..., a charge New Delhi rejected": rejecting an accusation denies it
        // "agreed to hold a vote in response to demands from the strikers": an agreement answering demands concedes (080).
        if (plover == "AGREE" && AnsweredDemands.Answers(document, sentence, trigger))
            (plover, cameo, recodedMode) = ("CONCEDE", "080", null);
        // "the league endorsed an Egyptian plan": endorsing another's plan backs its owner (051).
        if (reading.Framed is null && plover == "AGREE" && EndorsedPlans.BacksOwner(document, trigger, source, target))
            (plover, cameo, recodedMode) = ("SUPPORT", "051", null);
        if (reading.Framed is null && trigger.Pattern.Mode == "meet" && place is { } where && !source.Exists(a => a.Code.Country == where.Country) && !target.Exists(a => a.Code.Country == where.Country) && target.Count > 0)
            cameo = "044"; // meeting at a third location
        var entry = kb.CameoOf(cameo);
        var mode = cameo == "044" ? "third-party" : modeCleared ? recodedMode : recodedMode ?? (reading.Framed is { } f ? f.Mode : trigger.Pattern.Mode);
        if (SideCandidates is { } log && source.Count > 0)
        {
            SideChooser.LogCoded(document, sentence, trigger, cameo, groups, arguments.Target, ResolveMention, source, rule, log); // training rows only
            if (target.Count == 0)
                SideChooser.LogTarget(document, sentence, trigger, cameo, groups, ResolveMention, source, log);
        }
        return new CodedEvent(plover, mode, cameo, entry?.Goldstein ?? 0, entry?.Quad ?? QuadOf(cameo), factuality,
            source, target, time, place, range, sentence.Range, Math.Clamp(confidence, 0.05, 0.99), rule);
    }

    /// <summary>"its decision", "the government's decision": the noun at <paramref name="token"/> has an owner before it.</summary>
    private static bool OwnedNoun(Document document, Sentence sentence, int token)
    {
        if (token == sentence.FirstToken)
            return false;
        var before = document.Text.AsSpan(sentence.Range.Start, document.Tokens[token].Start - sentence.Range.Start).TrimEnd();
        return before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal)
            || document.Slice(document.Tokens[token - 1].Range) is "its" or "their" or "his" or "her" or "our";
    }

    /// <summary>No event from this reading, for <paramref name="reason"/> (one of <see cref="UncodedReasons"/>).</summary>
    private static CodedEvent? Uncoded(string reason, out string? why)
    {
        why = reason;
        return null;
    }

    /// <summary>The mention of the one state the sentence names besides the source's; null when it names none or several.</summary>
    private static int? OnlyOtherCountry(Document document, List<ActorGroup> groups, List<EventActor> source)
    {
        int? found = null;
        string? country = null;
        foreach (var g in groups)
            foreach (var m in g.Mentions)
            {
                if (document.Entities[document.Mentions[m].Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal))
                    continue;
                var code = key[8..];
                if (source.Exists(a => a.Code.Country == code) || code == country)
                    continue;
                if (country is not null)
                    return null;
                (found, country) = (m, code);
            }
        return found;
    }

    /// <summary>A subject Parley cannot code that still says who acted, and the rule suffix saying how it was read.</summary>
    private (EventActor?, string) UncodedSubject(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart, TokenIndex index)
    {
        // round 55: "Jon Reyes, head of the dockers' union, accused ...": a comma closing a name's apposition opens no participle (AppositionSubjects);
        // only a name read with a country is taken so ("X, head of regional press affairs, accused ..." in a story of no one country stays uncoded).
        var apposed = false;
        if (SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken) && !(apposed = AppositionSubjects.ClosesApposition(document, clauseStart, trigger.FirstToken))
            || Undergoers.ComesUnder(document, trigger))
            return (null, "");
        EventActor? Resolve(int m) => _actors.Resolve(document, m, document.Published?.Date, index);
        if (apposed)
            return UncodedSubjects.Named(document, sentence.FirstToken, clauseStart, trigger.FirstToken, index, Resolve) is { Code.Country: not "---" } apposedName
                ? (apposedName, "+source.name") : (null, "");
        if (trigger.Pattern.Plover == "PROTEST" && UncodedSubjects.Protesters(document, kb, sentence.FirstToken, clauseStart, trigger, sentence.EndToken, index) is { } protesters)
            return (protesters, "+source.place");
        // "A group calling itself the Red Dawn vowed ...": a body that names itself is the subject, of the story's country.
        if (SelfNamedGroups.Of(document, kb, sentence, clauseStart, trigger.FirstToken, index) is { } selfNamed)
            return (selfNamed, "+source.selfnamed");
        if (UncodedSubjects.Named(document, sentence.FirstToken, clauseStart, trigger.FirstToken, index, Resolve) is { } named)
            return (named, "+source.name");
        // "The interior minister accused ...": a bare national title holds its office in the story's country.
        if (BareTitleSubjects.Of(document, sentence, clauseStart, trigger) is { } office)
            return (office, "+source.office");
        // "Lawyers for the journalist requested ...", "officials warn ...": people named by what they are act for their phrase's country or the story's.
        // A bare state institution ("authorities arrested", "a court sentenced") is read by its own rule (Jurisdictions) below.
        return Jurisdictions.Institution(document, kb, clauseStart, trigger.FirstToken) is null && RecallSubjects.Of(document, kb, sentence, clauseStart, trigger) is { } people
            ? (people, "+source.people") : (null, "");
    }

    /// <summary>Whether no mention of a found source codes as an actor on the publication date.</summary>
    private bool NoneResolves(Document document, int[] mentions, TokenIndex index)
    {
        foreach (var m in mentions)
            if (_actors.Codes(document, m, document.Published?.Date, index))
                return false;
        return true;
    }

    private List<EventActor> Resolve(Document document, int[] mentions, DateOnly? date, TokenIndex index)
    {
        var actors = new List<EventActor>(mentions.Length);
        foreach (var m in mentions)
            if (_actors.Resolve(document, m, date, index) is { } actor && !actors.Exists(a => a.Entity == actor.Entity))
                actors.Add(actor);
        return actors;
    }

    /// <summary>An agent named by its bare word ("officials", "the authorities"), not by a name or a demonym of its own.</summary>
    private static bool IsBareAgent(Document document, EventActor actor)
    {
        foreach (var m in document.Mentions)
            if (m.Start == actor.Range.Start && m.End == actor.Range.End)
                return m.Kind == MentionKind.Agent && char.IsLower(document.Text[m.Start]);
        return false;
    }

    /// <summary>"Kenya's ruling party endorsed President Ruto": a person the state acts on is no mention of the state itself.</summary>
    private static bool IsPerson(Document document, EventActor actor) => document.Entities[actor.Entity].Type == EntityType.Person;

    private static bool IsState(Document document, EventActor actor) =>
        document.Entities[actor.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true;

    /// <summary>
    /// A reciprocal event ("X and Y met", "talks between X and Y") lists every side as both source and target, as PLOVER's
    /// gold records do and docs/OUTPUT.md allows: no direction is invented, and a dyad query finds it either way round.
    /// </summary>
    private static (List<EventActor>, List<EventActor>) BothWays(List<EventActor> source, List<EventActor> target)
    {
        var all = new List<EventActor>(source.Count + target.Count);
        foreach (var a in source.Concat(target))
            if (!all.Exists(x => x.Entity == a.Entity))
                all.Add(a);
        return (all, [.. all]);
    }
}
