using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>The mentions that fill an event's roles, where its clause starts, and how sure the reading is.</summary>
internal readonly record struct Arguments(int[] Source, int[] Target, int ClauseStartToken, double Confidence)
{
    /// <summary>Where the cues for factuality start: the subject when it stands after the clause start ("..., an official warned").</summary>
    public int CueStartToken { get; init; } = ClauseStartToken;

    /// <summary>"X and Y met": every side acts on every other; the first is listed as source, the others as target.</summary>
    public bool Reciprocal { get; init; }

    /// <summary>The rule suffix of a reading that found both sides at once ("+sides.verdict"), or null.</summary>
    public string? Suffix { get; init; }

    /// <summary>These arguments with <paramref name="source"/> as the source, and no longer among the targets.</summary>
    public Arguments WithSource(int[] source) => this with { Source = source, Target = [.. Target.Where(m => Array.IndexOf(source, m) < 0)] };
}

/// <summary>
/// Finds an event's source and target around its trigger: the clause subject (or a passive's by-phrase), a modifier
/// ("US sanctions"), "between X and Y", plural anaphora ("their meeting"), and targets after the pattern's prepositions
/// or as the direct object.
/// </summary>
internal static class ArgumentFinder
{
    public static Arguments Find(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, DiscourseContext context)
    {
        var found = FindInClause(document, sentence, trigger, groups, context);
        // "still holds Syria responsible" with Syria found as the subject: the trigger's own object is never its doer (InnerObjects).
        if (!found.Reciprocal && InnerObjects.SourceIsObject(document, trigger, found.Source) is { } done)
            return found with { Source = [], Target = done };
        // "measures against Turkey" with Ankara as the clause's subject: the state an act is against does not make it (AgainstSides).
        return AgainstSides.SameStateAimedAt(document, trigger, groups, found.Source) is { } aimed
            ? found with { Source = [], Target = aimed, Reciprocal = false }
            : found;
    }

    private static Arguments FindInClause(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, DiscourseContext context)
    {
        var pattern = trigger.Pattern;
        var clauseStart = Clauses.ClauseStart(document, sentence, trigger.FirstToken, groups);
        var clauseEnd = Clauses.ClauseEnd(document, sentence, trigger.EndToken, groups);
        // "dismissed as unacceptable a U.S. proposal": a shifted "as" complement is no "as" clause; the clause runs on past it.
        if (clauseEnd == trigger.EndToken && Targets.SkipShiftedComplement(document, trigger.EndToken, sentence.EndToken) is var shifted && shifted > clauseEnd)
            clauseEnd = Clauses.ClauseEnd(document, sentence, shifted, groups);
        var confidence = pattern.Kind != TriggerKind.Noun ? 0.85 : 0.75;
        int[] source = [], target = [];
        // "Fiji's membership of the forum was suspended": the body suspends its member (SuspendedMemberships).
        if (SuspendedMemberships.Sides(document, trigger, groups) is var (suspending, member))
            return new Arguments(suspending, member, clauseStart, confidence);
        // "The council met at Chile's request": the requester appealed to the side that acts on the request (RequestOwners).
        if (RequestOwners.Reads(pattern))
        {
            var (owner, asked) = RequestOwners.Sides(document, sentence, trigger, groups, clauseStart, clauseEnd);
            return new Arguments(owner, asked, clauseStart, confidence - 0.05);
        }

        // "was blacklisted by Beijing": the by-phrase acts on the subject; without one ("were killed") the actor is untold.
        // "accepted further conditions demanded by the IMF": a participle that ends a verb-and-object trigger is its object's
        // modifier; the by-phrase names that object's author, and the verb stays active.
        // "The accord, signed in Nairobi by Ruto and Mohamud,": the by-phrase may follow a short adjunct (round 44, AdjunctByPhrases).
        var adjunctBy = AdjunctByPhrases.By(document, sentence, trigger) is { } adjBy && GroupSearch.GroupStartingNear(groups, adjBy + 1, 2) is not null ? adjBy : (int?)null;
        var reduced = !Undergoers.IsPassive(document, trigger) && !EndsInObjectParticiple(document, trigger) && (Undergoers.IsReducedPassive(document, sentence, trigger, GroupSearch.GroupEndingNear(groups, trigger.FirstToken, 1) is not null)
            || Undergoers.AfterNoun(document, sentence, trigger) && GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, 2) is not null || adjunctBy is not null);
        // "two activists remain in jail": the subject is in custody, undergone as a passive is.
        if (reduced || Undergoers.IsPassive(document, trigger) || RecallVictims.HeldIn(document, sentence, trigger) is not null)
        {
            // A participle modifier ("troops, backed by Kenya, attacked") is background to its clause's own act.
            if (reduced)
                confidence -= 0.1;
            var byGroup = (GroupSearch.After(document, trigger.EndToken, clauseEnd, "by", 3) ?? adjunctBy ?? RecallPhrases.ByAfterComplement(document, trigger, sentence.EndToken)
                    ?? (reduced ? null : RecallPhrases.ByAfterConjoinedPassive(document, trigger, sentence.EndToken))) is { } byToken
                ? ByPhraseAgents.Agent(document, groups, byToken)
                : pattern.Plover == "ASSAULT" ? Undergoers.WeaponAgent(document, sentence, trigger, groups) : null;
            byGroup ??= RecallPhrases.InnerAgent(document, trigger, groups) ?? (reduced ? null : ReportingOrgans.Of(document, sentence, trigger, groups, clauseStart));
            if (!reduced)
                byGroup ??= Undergoers.AgentAfterAdjuncts(document, trigger.EndToken, clauseEnd, groups);
            if (pattern.Plover == "ASSAULT" && !reduced)
                byGroup ??= Undergoers.EncounterAgent(document, sentence, trigger, groups);
            if (pattern.Plover == "ASSAULT")
                byGroup = Undergoers.SuspectedAgent(document, sentence, trigger, groups, byGroup);
            // "A camp for Congolese refugees was attacked": without a plain subject, the actor inside the subject's phrase.
            // "Police said schoolgirls were kidnapped": the one who reports a passive act is not the one it befell.
            // "Ruto spoke before a session of the Council requested by France": a reduced passive's participle tells of the noun right before it.
            var undergoer = reduced
                ? GroupSearch.GroupEndingNear(groups, trigger.FirstToken, 3) ?? Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken)
                : Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken) ?? GroupSearch.GroupEndingNear(groups, trigger.FirstToken, 3);
            // "rebels cross the border when attacked by troops": a subordinate passive's undergoer is the subject of the clause it hangs on.
            if (undergoer is null && !reduced && Undergoers.AfterSubordinator(document, trigger) && trigger.FirstToken - 1 > sentence.FirstToken)
                undergoer = Subjects.Of(document, groups, Clauses.ClauseStart(document, sentence, trigger.FirstToken - 1, groups), sentence.FirstToken, trigger.FirstToken - 1);
            target = undergoer is { } u && !Reports(document, u, trigger) ? u.Mentions : [];
            // "A request by Kuwait ... was rejected by Baghdad", "a U.S.-brokered truce was accepted by the rebels": a passive
            // reply's subject is what it answers, and the one answered is its author.
            if (target.Length == 0)
                target = AttachedTargets.Author(document, clauseStart, trigger.FirstToken, groups, byGroup?.Mentions ?? []);
            // "The accord, signed by Ruto and Mohamud,": a pair in the by-phrase of an agreement or of an act done "with" someone acts on
            // each other, as its active subject would; co-mediators ("mediated by the US and France") mediate for others (round 44).
            if (target.Length == 0 && byGroup is { Mentions.Length: >= 2 } byPair && pattern.Cameo != "045" && (pattern.Plover == "AGREE" || pattern.TargetPrepositions.Contains("with")))
                return new Arguments([byPair.Mentions[0]], byPair.Mentions[1..], clauseStart, confidence + Clauses.ClauseWeight(document, clauseStart, sentence.FirstToken, trigger.FirstToken)) { Reciprocal = true };
            return new Arguments(byGroup?.Mentions ?? [], target, clauseStart, confidence + Clauses.ClauseWeight(document, clauseStart, sentence.FirstToken, trigger.FirstToken));
        }

        // "Russia said Sudan must return the helicopter": the speaker asks; the clause's subject is asked.
        if (pattern.Source == SourceSlot.Speaker)
        {
            // round 35: a verdict's sides read past a participle of saying, from the author its phrase names, or after "it is ... to see"
            var verdict = pattern.Plover == "ACCUSE";
            var participle = verdict ? Speakers.Participle(document, clauseStart, trigger.FirstToken) ?? -1 : -1;
            if (participle > 0)
                clauseStart = Speakers.ReportedStart(document, participle);
            // "The budget speech of Ruto was brilliant": with no actor as subject, the owner of the thing judged.
            var reported = Speakers.ParticipleReport(document, clauseStart, trigger.FirstToken) ?? clauseStart; // "..., saying Bolivia had ..."
            if (verdict)
                reported = VerdictAuthors.PastOpeningQuote(document, sentence, reported, trigger.FirstToken); // "“The charges are false,” X said"
            var asked = (Subjects.Of(document, groups, reported, reported, trigger.FirstToken) ?? Subjects.Owner(document, groups, reported, trigger.FirstToken)
                ?? (verdict ? JudgedThings.NamedAuthor(document, groups, reported, trigger.FirstToken) ?? VerdictClauses.Extraposed(document, groups, trigger)
                    ?? AddressedReproaches.Addressee(document, sentence, groups, trigger.FirstToken) : null))?.Mentions ?? [];
            if (verdict && asked.Length == 0 && reported == trigger.FirstToken && VerdictClauses.RelativeSides(document, sentence, groups, reported) is var (sayer, head))
                return new Arguments(sayer, head, reported, confidence - 0.1);
            // "said lifting the sanctions on Burma is out of the question": a refusal needs no actor as subject; one named in it is refused.
            var refusal = asked.Length == 0 && pattern.Plover == "REJECT";
            if (refusal)
                asked = GroupSearch.FirstIn(groups, reported, trigger.FirstToken)?.Mentions ?? [];
            // "the ministry said the measures were illegal": a verdict on a definite thing no actor names is the speaker's still.
            var judged = asked.Length == 0 && !refusal && JudgedThings.Definite(document, groups, reported, trigger.FirstToken);
            // "warned there would be hell to pay", "said the attack would not go unanswered": a threat told as what will befall
            // needs no actor as its subject; it is the speaker's, aimed at whom the story makes its author (round 32)
            var threat = asked.Length == 0 && !refusal && pattern.Plover == "THREATEN";
            // "the opposition said the arrests were an attempt to silence it", "saying the decision to halt EU talks was a betrayal":
            // a verdict on a thing an act noun names is the speaker's, aimed at the act's author (round 44, VerdictAuthors)
            var actRetold = asked.Length == 0 && !refusal && JudgedActs.IsJudgement(pattern.Cameo) && VerdictAuthors.RetoldKinds(document, reported, trigger.FirstToken) is not null;
            var speaker = asked.Length == 0 && !refusal && !judged && !threat && !actRetold ? []
                : participle > 0 ? Subjects.Of(document, groups, sentence.FirstToken, sentence.FirstToken, participle)?.Mentions ?? []
                : Speakers.Of(document, sentence, trigger, groups);
            if (judged && JudgedThings.AuthorOfActOn(document, speaker, context) is { Length: > 0 } judgedSide)
                return new Arguments(speaker, judgedSide, clauseStart, confidence - 0.15);
            if (actRetold && VerdictAuthors.Of(document, reported, trigger.FirstToken, speaker, context) is { Length: > 0 } thingAuthor)
                return new Arguments(speaker, thingAuthor, clauseStart, confidence - 0.15) { Suffix = "+sides.verdict" };
            if (actRetold && !judged)
                return new Arguments([], [], clauseStart, confidence);
            // "said the vote was rigged in favour of X", "said the arrests raised questions about X's commitment": a verdict row
            // whose trigger names its target aims at the actor it names (round 35)
            if (judged && VerdictClauses.EndsInItsTarget(document, trigger)
                && Targets.Find(document, pattern, trigger, clauseEnd, groups) is { Length: > 0 } named && !named.Any(speaker.Contains))
                return new Arguments(speaker, named, clauseStart, confidence - 0.1);
            if (judged && !threat)
                return verdict && speaker.Length > 0 && JudgedThings.OnVote(document, reported, trigger.FirstToken)
                    ? new Arguments(speaker, [], clauseStart, confidence - 0.15) : new Arguments([], [], clauseStart, confidence);
            // "“He is not someone we trust.”" after "..., Mujahid said": the speaker of the quote or answer the sentence continues.
            if (speaker.Length == 0 && (asked.Length > 0 || refusal) && context.Quotes.Current is { } run)
                (speaker, confidence) = (run, confidence - 0.1);
            // "Russia raised questions about Ukraine's commitment": told by no one, a verdict row that names its target is its subject's
            if (speaker.Length == 0 && asked.Length > 0 && VerdictClauses.EndsInItsTarget(document, trigger)
                && Targets.Find(document, pattern, trigger, clauseEnd, groups) is { Length: > 0 } aimed && !aimed.Any(asked.Contains))
                return new Arguments(asked, aimed, clauseStart, confidence - 0.05);
            return speaker.Length == 0 || speaker.AsSpan().SequenceEqual(asked) ? new Arguments([], [], clauseStart, confidence)
                : new Arguments(speaker, asked, clauseStart, confidence - 0.05);
        }

        // "Egypt has received four loans from the World Bank": the giver after "from" acts on the clause's subject.
        if (pattern.Source == SourceSlot.Giver)
        {
            var receiver = Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken)?.Mentions ?? [];
            var giver = GroupSearch.After(document, trigger.EndToken, clauseEnd, "from", 4) is { } from
                ? GroupSearch.GroupStartingNear(groups, from + 1, Targets.PrepositionWindow)?.Mentions ?? [] : [];
            return new Arguments(giver, receiver, clauseStart, confidence - 0.05);
        }

        // "fighting between rebels and the army", "clashes between troops and militias": a symmetric act ("clash with") told by
        // its gerund or noun has both sides after "between", as talks do; "a truce between X and Y took effect": a row that
        // spans its noun's "between" has them right after the noun.
        if ((pattern.Source == SourceSlot.Between || pattern.TargetPrepositions.Contains("with") && RecallPhrases.Nominal(document, sentence, trigger))
            && (GroupSearch.After(document, trigger.EndToken, clauseEnd, "between", 3) ?? GroupSearch.After(document, trigger.FirstToken + 1, trigger.EndToken, "between", 0)) is { } between
            && (GroupSearch.GroupStartingNear(groups, between + 1, 2) ?? AfterTitle(document, groups, between + 1)) is { } pair && pair.Mentions.Length >= 2)
            return new Arguments([pair.Mentions[0]], pair.Mentions[1..], clauseStart, confidence) { Reciprocal = true };

        // "U.S.-Ukraine talks": the hyphenated pair before a symmetric noun names both its sides.
        if (pattern.Kind == TriggerKind.Noun && (pattern.Source == SourceSlot.Between || pattern.TargetPrepositions.Contains("with"))
            && HyphenPairs.Before(document, groups, trigger.FirstToken) is { } sides)
            return new Arguments(sides.First, sides.Second, clauseStart, confidence) { Reciprocal = true };

        var cueStart = clauseStart;
        // "a strike called by separatist groups to protest": the trigger's own by-phrase names who acted.
        if (RecallPhrases.InnerAgent(document, trigger, groups) is { } inner)
            (source, confidence) = (inner.Mentions, confidence - 0.05);
        // "Blinken arrived in Riyadh on Tuesday for talks": the talks a visitor came for are the visitor's (with the host: see OtherSides.Host).
        if (pattern.Kind == TriggerKind.Noun && pattern.Plover == "CONSULT" && pattern.Source == SourceSlot.Between && OtherSides.Arrival(document, sentence, trigger) is { } arrived
            && Subjects.Of(document, groups, sentence.FirstToken, sentence.FirstToken, arrived) is { } visitor)
            return new Arguments(visitor.Mentions, Targets.Find(document, pattern, trigger, clauseEnd, groups), clauseStart, confidence - 0.05);
        if (pattern.Source == SourceSlot.Modifier || pattern.Kind == TriggerKind.Noun)
            source = Subjects.Modifier(document, groups, trigger.FirstToken) is { } modifier
                && !(pattern.Plover is "ASSAULT" or "COERCE" && Subjects.IsPlace(document, modifier)) ? modifier.Mentions : [];
        // "Italy announced a suspension of air links", "Israel mounted its invasion": a nominal trigger as the object of
        // its clause's verb is the subject's act.
        // "Moroccan troops repulsed an attack by Polisario guerrillas", "the convoy came under fire from militants": a nominal
        // attack the subject fends off is done to it, by the one its phrase names.
        if (pattern.Kind == TriggerKind.Noun && pattern.Plover is "ASSAULT" or "COERCE" && Undergoers.AfterRepelVerb(document, trigger.FirstToken, clauseStart)
            && Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken) is { } defender)
        {
            var attacker = source.Length > 0 ? source
                : (GroupSearch.After(document, trigger.EndToken, clauseEnd, "by", 5) ?? GroupSearch.After(document, trigger.EndToken, clauseEnd, "from", 2)) is { } by
                    && GroupSearch.GroupStartingNear(groups, by + 1, Targets.PrepositionWindow) is { } g ? g.Mentions : [];
            if (attacker.Length > 0 && !attacker.Any(defender.Mentions.Contains))
                return new Arguments(attacker, defender.Mentions, clauseStart, confidence);
        }
        // "condemned an attack by al-Shabab on a police station", "the bombing of a school by Russian jets": a nominal act's own
        // by-phrase names who did it.
        if (source.Length == 0 && pattern.Kind == TriggerKind.Noun && pattern.Source != SourceSlot.Between && NounAgent(document, trigger, clauseEnd, groups) is { } agent)
            source = agent.Mentions;
        // "Tibetan monks have faced arrests", "people are subject to attacks and abductions by armed groups": the subject bears
        // the nominal act; its agent, if any, is the noun's own ("by armed groups").
        if (pattern.Kind == TriggerKind.Noun && pattern.Source != SourceSlot.Between && Undergoers.AfterBearVerb(document, trigger.FirstToken, clauseStart)
            && Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken) is { } bearer && !bearer.Mentions.Any(source.Contains))
            return new Arguments(source, bearer.Mentions, clauseStart, confidence - 0.05);
        // "Italy announced a suspension of ...": after a reporting verb the noun is what was announced, by its subject.
        var nominalFloor = clauseStart > sentence.FirstToken && document.Slice(document.Tokens[clauseStart - 1].Range) is "announced" or "declared" or "reported" or "announces"
            ? sentence.FirstToken : clauseStart;
        // "joined the walkout", "completed the release of": a definite act noun after a verb of carrying it out is the subject's too (round 51, CarriedActs).
        if (source.Length == 0 && pattern.Kind == TriggerKind.Noun && pattern.Source != SourceSlot.Between
            && (!Subjects.Definite(document, trigger.FirstToken, clauseStart) || CarriedActs.IsCarried(document, trigger.FirstToken, clauseStart))
            && Subjects.Of(document, groups, nominalFloor, nominalFloor, trigger.FirstToken) is { } nominalSubject)
        {
            // "threatened retaliation if hit by sanctions": a noun in a by-phrase is done to the subject, not by it.
            if (Undergoers.AfterBy(document, trigger.FirstToken, clauseStart) || Undergoers.AfterReactionVerb(document, trigger.FirstToken, clauseStart))
                return new Arguments([], nominalSubject.Mentions, clauseStart, confidence - 0.1);
            source = nominalSubject.Mentions;
            confidence -= 0.05;
        }
        // "told lawmakers there were credible allegations linking ...": a charge reported as existing is the speaker's.
        if (source.Length == 0 && pattern.Kind == TriggerKind.Noun && pattern.Plover == "ACCUSE"
            && ExistentialClaims.Speaker(document, sentence, trigger, groups) is { Length: > 0 } claimant)
        {
            source = claimant;
            confidence -= 0.05;
        }
        // "..., charges Beijing denied": a relative clause with no pronoun has its own subject right before its verb.
        if (source.Length == 0 && pattern.Kind == TriggerKind.Verb && pattern.Source == SourceSlot.Subject
            && RelativeClauses.ContactSubject(document, sentence, groups, trigger.FirstToken) is { } contact)
        {
            source = contact.Mentions;
            cueStart = contact.FirstToken;
        }
        // "“We condemn Israel and we will never accept the occupation,” the minister said": a first-person subject (or "my
        // willingness") in a quote is its speaker, whatever actors the clause names before it.
        var firstPerson = source.Length == 0 && Speakers.FirstPerson(document, trigger, clauseStart);
        if (firstPerson)
            source = Speakers.Quoted(document, sentence, trigger, groups, clauseStart, context.Quotes.Current);
        // "A letter from the prime minister asked Syria ...", "A statement by Hezbollah warned Israel": a text's author acts through it.
        if (source.Length == 0 && !firstPerson && pattern.Kind != TriggerKind.Noun
            && (RecallAuthors.Of(document, sentence, groups, clauseStart, trigger) ?? RecallAuthors.Of(document, sentence, groups, sentence.FirstToken, trigger)) is { } author)
        {
            source = author.Mentions;
            confidence -= 0.05;
        }
        // A nominal trigger takes its actors from its own phrase; a verb from its clause's subject (never another actor when
        // the subject is "we" and the speaker is untold: "“We condemn Israel and we reject ...”").
        if (source.Length == 0 && !firstPerson && pattern.Kind != TriggerKind.Noun && Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken) is { } subject)
        {
            source = subject.Mentions;
            cueStart = Math.Max(clauseStart, Clauses.SegmentStart(document, subject.FirstToken, clauseStart));
        }
        // "An air strike by Israeli jets hit a school": a violent verb whose subject is an attack was done by the attack's doer.
        if (source.Length == 0 && !firstPerson && pattern.Kind != TriggerKind.Noun && pattern.Plover == "ASSAULT"
            && SubjectActDoers.Of(document, groups, clauseStart, trigger.FirstToken) is { } actDoer)
        {
            source = actDoer.Mentions;
            confidence -= 0.05;
        }
        // "A senior commander of the Revolutionary Guards warned": one who speaks for a body stands for it.
        if (source.Length == 0 && !firstPerson && pattern.Kind != TriggerKind.Noun && MemberSubjects.Of(document, groups, clauseStart, trigger.FirstToken) is { } body)
        {
            source = PossessiveHeads.Named(document, groups, body, trigger.FirstToken).Mentions;
            confidence -= 0.05;
        }
        // "Relatives of the missing, led by the Mothers of the Plaza de Mayo, demanded": the leader of an uncoded subject acts for it.
        if (source.Length == 0 && !firstPerson && pattern.Kind != TriggerKind.Noun && LedSubjects.Of(document, groups, sentence, trigger.FirstToken) is { } leader)
        {
            source = leader.Mentions;
            confidence -= 0.05;
        }
        // "Following talks with Ruto, Abiy flew to Cairo": the opening phrase's act is the main clause subject's.
        if (source.Length == 0 && IntroPhrases.MainSubject(document, sentence, trigger, groups) is { } main)
        {
            source = main.Mentions;
            confidence -= 0.05;
        }
        // "Meloni said during a visit to Beijing": a cooperative noun in a time phrase after the verb is the clause subject's.
        if (source.Length == 0 && RecallPhrases.ClauseSubject(document, sentence, trigger, groups, clauseStart) is { } occasion)
        {
            source = occasion.Mentions;
            confidence -= 0.05;
        }
        if (source.Length == 0 && pattern.Kind != TriggerKind.Noun)
            source = Speakers.Quoted(document, sentence, trigger, groups, clauseStart, context.Quotes.Current);
        // "the army chief warned that troops would shoot looters": bare forces in a reported clause are the speaker's own.
        if (source.Length == 0 && pattern.Kind != TriggerKind.Noun && Speakers.OwnForcesSubject(document, groups, clauseStart, trigger.FirstToken)
            && Speakers.Of(document, sentence, trigger, groups) is { Length: > 0 } commander && Speakers.CommandsForces(document, commander))
        {
            source = commander;
            confidence -= 0.1;
        }
        var anaphoric = false;
        if (source.Length == 0 && !(pattern.Kind == TriggerKind.Noun && Subjects.Definite(document, trigger.FirstToken, clauseStart))
            && Subjects.HasPluralAnaphor(document, clauseStart, trigger.FirstToken) && (Subjects.PluralIn(document, groups) ?? context.LastPlural) is { } plural
            && !AnaphorBinding.OwnedBySubjectNoun(document, clauseStart, trigger.FirstToken))
        {
            // "Al-Shabab militants attacked a police post. They killed ...": the plural subject before, not both sides of its act.
            source = plural;
            if (Subjects.PluralIn(document, groups) is null
                && (AnaphorBinding.PluralSubject(document, context.PreviousGroups, plural, clauseStart, trigger.FirstToken)
                    ?? AnaphorBinding.RenamedSide(document, context.PreviousGroups, plural, clauseStart, trigger.FirstToken)
                    ?? AnaphorBinding.Continued(document, context.TheyBoundBefore, plural, clauseStart, trigger.FirstToken)) is { } one)
            {
                source = one;
                context.NoteTheyBound(one);
            }
            anaphoric = true;
            confidence -= 0.1;
        }
        // "Mahama said the plan aims to cut crime and urged his neighbours to ...": the reporter's own second act.
        if (source.Length == 0 && !firstPerson && ConjoinedReporters.Of(document, sentence, trigger, groups) is { } reporter)
        {
            source = reporter.Mentions;
            cueStart = trigger.FirstToken; // the reported clause's "would" is not the second act's
            confidence -= 0.1;
        }
        // "The foreign ministers also urged ...": a plural title the story named before with its owner ("ASEAN foreign ministers").
        if (source.Length == 0 && pattern.Kind != TriggerKind.Noun && RetoldTitles.Antecedent(document, sentence, clauseStart, trigger) is { } retold)
        {
            source = retold;
            confidence -= 0.1;
        }

        target = Targets.Find(document, pattern, trigger, clauseEnd, groups);
        // "They called on China ..." after a list naming China: a pronoun subject is not its own clause's target.
        // "The European Union issued a statement. They urged Russia ...": then a collective body that opened the sentence before.
        if (anaphoric && AnaphorBinding.OverlapsTarget(document, source, target))
            (source, anaphoric) = CollectiveAntecedents.Of(document, context.PreviousGroups, target) is { } collective ? (collective, true) : ([], false);
        // "accepted the conditions demanded by the IMF": the author of the object the trigger's participle describes.
        if (target.Length == 0 && EndsInObjectParticiple(document, trigger) && trigger.EndToken + 1 < clauseEnd && document.Slice(document.Tokens[trigger.EndToken].Range) is "by"
            && GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, Targets.PrepositionWindow) is { } objectAuthor && !objectAuthor.Mentions.Any(source.Contains))
            target = objectAuthor.Mentions;
        // "the rebels whom the army captured": the object of a relative clause stands before it.
        if (target.Length == 0 && Targets.RelativeObject(document, sentence, pattern, trigger, clauseStart, groups) is { Length: > 0 } antecedent && !antecedent.Any(source.Contains))
            target = antecedent;
        // "the United States hopes to settle it during talks with Ukraine", "Pakistan said that discussions with the IMF
        // ...": talks with a partner and no side of their own are held by the clause's subject, else the speaker.
        if (source.Length == 0 && target.Length > 0 && pattern.Kind == TriggerKind.Noun && pattern.Plover == "CONSULT" && !Subjects.Definite(document, trigger.FirstToken, clauseStart)
            && GroupSearch.After(document, trigger.EndToken, clauseEnd, "with", 2) is not null)
        {
            source = Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken)?.Mentions ?? Speakers.Of(document, sentence, trigger, groups);
            confidence -= 0.1;
        }
        // "demanded that the Turkish government provide ...": the one asked is the subject of the that-clause.
        if (target.Length == 0 && pattern.Plover == "REQUEST" && trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is "that"
            && GroupSearch.GroupStartingNear(groups, trigger.EndToken + 1, 3) is { } addressee)
            target = addressee.Mentions;
        // reciprocal: "X and Y met", "both sides imposed sanctions"
        // A pattern whose partner comes with "with" is symmetric: "X and Y clashed" is "X clashed with Y".
        // Praise, verbal defence and rallying (051-053) by a group are aimed at a third side ("France and Spain commended the
        // voters"), never at each other; "each other" is read apart (EachOther).
        var reciprocal = target.Length == 0 && source.Length >= 2 && !(pattern.Plover is "SUPPORT" && JointPraise.IsAimedOutward(pattern.Cameo))
            && (anaphoric || pattern.Plover is "CONSULT" or "AGREE" or "COOPERATE" or "SUPPORT" || pattern.TargetPrepositions.Contains("with"));
        if (reciprocal)
            (source, target) = ([source[0]], source[1..]);
        // "held talks with Romania's leaders", "shared expertise with the Tamil Tigers": talks and cooperation with a partner go both ways.
        else if (target.Length > 0 && source.Length > 0 && pattern.Plover is "CONSULT" or "COOPERATE" && AttachedTargets.AfterWith(document, groups, target))
            reciprocal = true;
        // "dismissed accusations it is buying drones from Iran": what follows a denied claim is its content, not its target.
        else if (target.Length == 0 && pattern.Source != SourceSlot.Between && pattern.Plover is not ("CONSULT" or "COOPERATE") && pattern.Cameo != "016")
        {
            // "rejected the plan drawn up by the mediators": a reply is aimed at the author of what it answers ("agreed to an Indian offer": named inside the trigger).
            target = AttachedTargets.Author(document, trigger.EndToken, clauseEnd, groups, source);
            if (target.Length == 0)
                target = AttachedTargets.InsideAuthor(document, trigger, groups, source);
            // "denounced the vote as daylight robbery by the president": the one who did what is judged.
            if (target.Length == 0 && pattern.Plover is "ACCUSE" or "REJECT")
                target = AttachedTargets.JudgedAs(document, trigger.FirstToken + 1, sentence.EndToken, groups, source);
            if (target.Length == 0 && !AttachedTargets.AuthoredObject(document, trigger.EndToken, clauseEnd))
                // "is warning it could turn to Russia": after a trigger ending in a clause's subject comes what was said, where only
                // what is aimed at someone ("pressure on Iran") names the target.
                target = AttachedTargets.Find(document, trigger.EndToken, clauseEnd, groups, source, aimedOnly: EndsInClauseSubject(document, trigger));
            if (target.Length > 0)
                confidence -= 0.05; // a looser reading than the pattern's own slot: no more sure than having no target
        }
        confidence += Clauses.ClauseWeight(document, clauseStart, sentence.FirstToken, trigger.FirstToken) + (target.Length > 0 ? 0.05 : -0.05);
        // "for questioning in an investigation of ...": a nominal trigger inside a prepositional phrase is background.
        if (pattern.Kind == TriggerKind.Noun && Clauses.IsNominalInPhrase(document, trigger.FirstToken, clauseStart))
            confidence -= 0.1;
        return new Arguments(source, target, clauseStart, confidence) { CueStartToken = cueStart, Reciprocal = reciprocal };
    }

    /// <summary>
    /// The agent a nominal trigger's own phrase names after "by", within a few words ("an attack by rebels", "the bombing of a
    /// school by Russian jets", "an ambush claimed by Hamas"); null when the "by" belongs to another participle ("a base held by").
    /// </summary>
    private static ActorGroup? NounAgent(Document document, TriggerMatch trigger, int clauseEnd, List<ActorGroup> groups)
    {
        for (var t = trigger.EndToken; t + 1 < clauseEnd && t <= trigger.EndToken + 5; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // "the raid was a mistake by Chadian officers": a verb or a new clause ends the noun's phrase.
            if (document.Tokens[t].Is(TokenShape.Punctuation) || TargetPhrases.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return null;
            if (word is not "by")
                continue;
            // "responded to the attack by destroying its air force": "by" with a gerund tells how, not who.
            if (document.Slice(document.Tokens[t + 1].Range).EndsWith("ing", StringComparison.Ordinal))
                return null;
            var before = document.Slice(document.Tokens[t - 1].Range);
            // "a general strike called by the unions", "a raid carried out by commandos": a participle of staging the act names its doer.
            if (t > trigger.EndToken && (Staging.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
                || before is "out" && t - 2 > trigger.EndToken && document.Slice(document.Tokens[t - 2].Range) is "carried"))
                return GroupSearch.GroupOrWhole(document, groups, t + 1, 2);
            if (t > trigger.EndToken && (before.EndsWith("ed", StringComparison.Ordinal) || before is "held" or "led" or "run" or "made" or "set" or "hit" or "struck"))
                return null;
            return GroupSearch.GroupOrWhole(document, groups, t + 1, 2);
        }
        return null;
    }

    /// <summary>Participles of calling or staging an act, after which "by" names who did it: "a boycott organised by ...".</summary>
    private static readonly FrozenSet<string> Staging = FrozenSet.Create(StringComparer.Ordinal,
        "claimed", "called", "organised", "organized", "staged", "launched", "mounted", "conducted", "ordered", "declared", "sponsored",
        "orchestrated", "initiated", "proclaimed");

    /// <summary>A verb trigger of three or more words whose last word is a participle apart from its first: "accepted the terms demanded".</summary>
    private static bool EndsInObjectParticiple(Document document, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken < 3
            || !document.Slice(document.Tokens[trigger.EndToken - 1].Range).EndsWith("ed", StringComparison.Ordinal))
            return false;
        for (var t = trigger.FirstToken; t < trigger.EndToken - 1; t++)
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return false; // "was formally demanded": the participle is the trigger's own
        return true;
    }

    private static bool EndsInClauseSubject(Document document, TriggerMatch trigger) =>
        trigger.EndToken - trigger.FirstToken >= 2 && document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "it" or "we" or "they" or "he" or "she" or "that";

    /// <summary>A group right before a reporting verb ("Authorities said", "the reporter told VOA") speaks about the act after it.</summary>
    private static bool Reports(Document document, ActorGroup group, TriggerMatch trigger) =>
        group.EndToken < trigger.FirstToken && ReportingVerbs.IsAttributing(document.Slice(document.Tokens[group.EndToken].Range));
    /// <summary>How many title words may open a side after "between" ("between Secretary of State James Baker and ...").</summary>
    private const int TitleReach = 6;

    /// <summary>The group after a run of title words (capitalised, or "of"/"the") that starts at <paramref name="token"/>.</summary>
    private static ActorGroup? AfterTitle(Document document, List<ActorGroup> groups, int token)
    {
        if (GroupSearch.GroupStartingNear(groups, token, TitleReach) is not { } group)
            return null;
        for (var t = token; t < group.FirstToken; t++)
            if (!document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range) is not ("of" or "the"))
                return null;
        return group;
    }
}
