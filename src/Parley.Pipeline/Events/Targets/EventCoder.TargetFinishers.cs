using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

// The target finishers that correct the named target or read a side from the sentence, in table order (EventCoder.OtherSide).
// Each returns how often it fired; its suffix and confidence change are in its TargetFinishers entry.
public sealed partial class EventCoder
{
    /// <summary>
    /// "signed a truce with the Tigray regional administration in Pretoria": a bare governing body named by a region is of the
    /// region's country, not of a place named elsewhere (<see cref="RegionalBodies"/>).
    /// </summary>
    private static int RegionalAgents(TargetFill f)
    {
        var (document, target) = (f.Document, f.Target);
        var fired = 0;
        for (var i = 0; i < target.Count; i++)
            if (IsBareAgent(document, target[i]) && RegionalBodies.RegionOf(document, target[i].Range, f.Index, f.Sentence.FirstToken) is { } region
                && region != target[i].Code.Country)
            {
                target[i] = target[i] with { Code = target[i].Code with { Country = region } };
                fired++;
            }
        return fired;
    }

    /// <summary>"blamed Pakistan-based militants": agents named by what they are, based in a country, are of it.</summary>
    private int BasedAgents(TargetFill f)
    {
        var (document, target) = (f.Document, f.Target);
        var fired = 0;
        for (var i = 0; i < target.Count; i++)
            if (IsBareAgent(document, target[i]) && TargetHomes.BasedIn(document, kb, target[i], f.Index.TokenAt) is { } based)
            {
                target[i] = target[i] with { Code = target[i].Code with { Country = based } };
                fired++;
            }
        return fired;
    }

    /// <summary>"blamed the ambush on gunmen sheltering on Syrian soil": armed men placed abroad by their own phrase are of where they are.</summary>
    private int HarbouredAgents(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        var fired = 0;
        for (var i = 0; i < target.Count; i++)
            if (target[i].Code.Sector == "REB" && IsBareAgent(document, target[i]) && TargetHomes.Harboured(document, kb, target[i], f.Index.TokenAt, f.Sentence.EndToken) is { } harboured
                && !HasCountry(source, harboured))
            {
                target[i] = target[i] with { Code = target[i].Code with { Country = harboured } };
                fired++;
            }
        return fired;
    }

    /// <summary>
    /// "bombed rebel positions near the Syrian city of Idlib": an armed group's struck holdings are of the country they lie in
    /// (a state's own named rebels stay its own wherever they are struck: "struck PKK bases in northern Iraq").
    /// </summary>
    private int StruckHoldingsOf(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        var fired = 0;
        if (f.Plover == "ASSAULT")
            for (var i = 0; i < target.Count; i++)
                if (target[i].Code.Sector == "REB" && (IsBareAgent(document, target[i]) || !HasCountry(source, target[i].Code.Country))
                    && StruckHoldings.Country(document, target[i], f.Sentence.EndToken, f.Index) is { } lies
                    && !HasCountry(source, lies))
                {
                    target[i] = target[i] with { Code = target[i].Code with { Country = lies } };
                    fired++;
                }
        return fired;
    }

    /// <summary>"asked Washington and its European allies": a bloc joined to the target the clause names by "and" is a side too.</summary>
    private int ConjoinedBloc(TargetFill f)
    {
        var (document, target) = (f.Document, f.Target);
        if (target.Count > 0 && TargetConjoined.BlocAfter(document, target[^1], f.Sentence.EndToken, f.Index) is { } blocStart
            && UnnamedTargets.PhraseAt(document, kb, f.Sentence, blocStart, f.Plover, f.Source) is { Code.Country: "IGO" } bloc && !target.Exists(t => t.Code.Country == "IGO"))
        {
            target.Add(bloc);
            return 1;
        }
        return 0;
    }

    /// <summary>"deployed hundreds of police officers to the streets": the forces a state sends are its instrument, not its other side (adds no suffix).</summary>
    private static int SentForces(TargetFill f)
    {
        var source = f.Source;
        if (f.Plover == "MOBILIZE" && f.Reading.Framed is null && source.Count > 0)
            RemoveSentForces(f.Target, source);
        return 0;
    }

    /// <summary>
    /// "offered to lead a police mission to Liberia", "pledged to send troops to help Mozambique": the forces a state offers,
    /// promises or agrees to send are its instrument as well, when they stand inside the promised act (after "offered to"),
    /// not as its partner ("agreed to work with the army") nor as the one promised something ("promised the police a raise").
    /// The side they are for is the state the same clause sends them to or has them help, when it names one.
    /// </summary>
    private int OfferedForces(TargetFill f)
    {
        var (document, trigger, target) = (f.Document, f.Trigger, f.Target);
        if (f.Plover != "AGREE" || f.Source.Count == 0 || target.Count == 0 || !AllBareAgents(document, target)
            || document.Slice(document.Tokens[trigger.EndToken - 1].Range) is not "to")
            return 0;
        var forcesEnd = 0;
        foreach (var t in target)
        {
            var at = f.Index.TokenAt(t.Range.Start);
            if (t.Range.Start < document.Tokens[trigger.EndToken - 1].End || at <= 0
                || document.Slice(document.Tokens[at - 1].Range) is "with" or "to" or "for" or "alongside")
                return 0;
            forcesEnd = Math.Max(forcesEnd, t.Range.End);
        }
        var count = target.Count;
        RemoveSentForces(target, f.Source);
        if (target.Count == count || target.Count > 0 || ForcesDestination(f, forcesEnd) is not { } destination)
            return 0;
        target.Add(destination);
        return 1;
    }

    /// <summary>Words that send forces to a state or set them to its help: "a mission to Liberia", "to help Liberia".</summary>
    private static readonly FrozenSet<string> ForcesBound = FrozenSet.Create(StringComparer.Ordinal, "to", "into", "help", "helping", "assist", "support");

    /// <summary>The state named after the forces, in their clause (up to a comma), right after "to" or "help" (and "the"); null when none is of another country than the source's.</summary>
    private EventActor? ForcesDestination(TargetFill f, int forcesEnd)
    {
        var document = f.Document;
        var end = document.Tokens[f.Sentence.EndToken - 1].End;
        for (var k = document.FirstMentionFrom(forcesEnd); k < document.Mentions.Length && document.Mentions[k].Start < end; k++)
        {
            var m = document.Mentions[k];
            var at = f.Index.TokenAt(m.Start);
            if (at > 1 && document.Slice(document.Tokens[at - 1].Range) is "the")
                at--; // "a mission to the Solomon Islands"
            if (document.Text.AsSpan(forcesEnd, m.Start - forcesEnd).IndexOfAny(',', ';') >= 0)
                return null;
            if (at <= 0 || !ForcesBound.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[at - 1].Range)) || document.Entities[m.Entity].Type != EntityType.Gpe)
                continue;
            if (_actors.Resolve(document, k, f.Date, f.Index) is { Code.Country: { Length: 3 } country } state && !HasCountry(f.Source, country))
                return state;
        }
        return null;
    }

    /// <summary>
    /// "opened a clinic in northern Kenya to treat Somali refugees": aid is aimed at whom its purpose serves, not at the
    /// clinic it sets up or the place where it is given (a side named by name stays: "sent Ukraine arms to help its army").
    /// </summary>
    private int ServedPeople(TargetFill f)
    {
        var (document, target) = (f.Document, f.Target);
        if (f.Plover == "AID" && f.Source.Count > 0 && AllBareAgents(document, target) && AidBeneficiaries.Start(document, f.Sentence, f.Reading.Act ?? f.Trigger) is { } served
            && Served(document, f.Sentence, served, f.Plover, f.Source, f.Groups, f.Date, f.Index) is { } beneficiary)
        {
            target.Clear();
            target.Add(beneficiary);
            return 1;
        }
        return 0;
    }

    /// <summary>The side a lawsuit is brought against (<see cref="Sued"/>).</summary>
    private int SuedSide(TargetFill f)
    {
        var (reading, trigger) = (f.Reading, f.Trigger);
        if (Sued(f.Document, f.Sentence, reading.Act ?? trigger, reading.Framed?.Cameo ?? trigger.Pattern.Cameo, f.Source, f.Target, f.Groups, f.Date, f.Index) is { } sued)
        {
            f.Target.Clear();
            f.Target.AddRange(sued);
            return 1;
        }
        return 0;
    }

    /// <summary>The side a threat's condition or a refusal's plea names (<see cref="AnsweredSide"/>); adds the suffix it gives.</summary>
    private int AnsweredTarget(TargetFill f)
    {
        if (AnsweredSide(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger, f.Arguments, f.Plover, f.Source, f.Target, f.Groups, f.Date, f.Index) is { } answered)
        {
            f.Target.Clear();
            f.Target.AddRange(answered.Target);
            f.Rule += answered.Rule;
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Aung San Suu Kyi was placed under house arrest by Burma's junta": a state's coercion of a person of its own code is
    /// still aimed at that person (only a mention of the state itself is no other side).
    /// </summary>
    private int OwnPerson(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (f.Plover is "COERCE" or "ASSAULT" && f.Arguments.Target.Length > 0 && source.Count > 0
            && (source[0].Code.Sector is null || Sectors.IsStateAgency(source[0].Code.Sector)))
        {
            var kept = Resolve(document, f.Arguments.Target, f.Date, f.Index);
            RemoveAllButOtherPeople(document, kept, source);
            if (kept.Count > 0)
            {
                target.AddRange(kept);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>"will cede sovereignty of the islands and pay Mauritius": the land a handover gives is no side; its recipient is.</summary>
    private int HandoverRecipient(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (f.Plover is "CONCEDE" or "COOPERATE" or "AGREE" or "RETREAT" && TargetRecipients.Of(document, f.Reading.Act ?? f.Trigger, f.Arguments.Target, f.Groups) is { } recipients
            && Resolve(document, recipients, f.Date, f.Index) is { Count: > 0 } given && !SharesCountry(given, source))
        {
            target.Clear();
            target.AddRange(given);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Serbia and Kosovo blamed each other": with a reciprocal object, each side of a subject of two or more acts on the others
    /// (<see cref="EachOther"/>), in place of anything read from the pronoun's own phrase ("each other's positions").
    /// </summary>
    private static int ReciprocalObject(TargetFill f)
    {
        var (source, target) = (f.Source, f.Target);
        if (source.Count < 2 || source.TrueForAll(a => a.Code.Country == source[0].Code.Country)
            || EachOther.Follows(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger) is not { } at)
            return 0;
        var pronoun = f.Document.Tokens[at].Start;
        if (!target.TrueForAll(t => t.Range.Start >= pronoun))
            return 0; // a side named before the pronoun is the act's own object
        target.Clear();
        target.AddRange(source);
        return 1;
    }

    /// <summary>
    /// "sent a delegation to Muscat to hold talks with the Houthis", "travelled to Geneva for talks with the rebels": a trip made
    /// for talks with someone is aimed at them, at home as abroad; the city it goes to is only the venue (read before <see cref="VisitedHost"/>).
    /// </summary>
    private int VisitTalksPartner(TargetFill f)
    {
        var (document, sentence, source) = (f.Document, f.Sentence, f.Source);
        var visit = f.Reading.Act is { Pattern.Mode: "visit" } act ? act : f.Trigger.Pattern.Mode == "visit" ? f.Trigger : (TriggerMatch?)null;
        if (f.Plover is not ("CONSULT" or "AGREE") || source.Count == 0 || visit is not { } trip)
            return 0;
        for (var t = trip.EndToken; t + 1 < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or "said" or "says")
                return 0;
            if (word is not ("talks" or "negotiations") || document.Slice(document.Tokens[t + 1].Range) is not "with")
                continue;
            var from = document.Tokens[t + 1].End;
            var k = document.FirstMentionFrom(from);
            if (k >= document.Mentions.Length || f.Index.TokenAt(document.Mentions[k].Start) - (t + 2) > TalksPartnerReach
                || document.Text.AsSpan(from, document.Mentions[k].Start - from).IndexOfAny(',', ';') >= 0
                || _actors.Resolve(document, k, f.Date, f.Index) is not { Code.Country: { Length: 3 } country } partner || country == "---"
                || source.Exists(a => a.Entity == partner.Entity || a.Code == partner.Code))
                return 0;
            f.Target.Add(partner);
            return 1;
        }
        return 0;
    }

    /// <summary>How many words may stand between "talks with" and the partner's name ("with the paramilitary Rapid Support Forces").</summary>
    private const int TalksPartnerReach = 2;

    /// <summary>"flew to Cairo", "a visit to Beijing": a visit abroad is to the country of the place visited, its host.</summary>
    private static int VisitedHost(TargetFill f)
    {
        var (source, target, trigger) = (f.Source, f.Target, f.Trigger);
        if (f.Reading.Act is null && trigger.Pattern.Mode == "visit" && source.Count > 0 && EventPlaces.LocationTarget(f.Document, f.Sentence, trigger, f.Index) is { } host
            && !HasCountry(source, host.Code.Country))
        {
            target.Add(host);
            return 1;
        }
        return 0;
    }

    /// <summary>"refused to let the envoy meet the detained leader": a refusal to permit someone to act is aimed at them (<see cref="LetObjects"/>).</summary>
    private int NotPermitted(TargetFill f)
    {
        if (f.Plover == "REJECT" && f.Trigger.Pattern.Kind == TriggerKind.Frame && f.Source.Count > 0 && LetObjects.Of(f.Document, f.Sentence, f.Trigger, f.Groups) is { Length: > 0 } let
            && Resolve(f.Document, let, f.Date, f.Index) is { Count: > 0 } kept && !SharesCountry(kept, f.Source))
        {
            f.Target.AddRange(kept);
            return 1;
        }
        return 0;
    }

    /// <summary>"freed Walter Sisulu", "shut down the Daily News", "removed Bashir and jailed him": a named object Parley cannot code is of its home country; adds the suffix it gives.</summary>
    private int UncodedObject(TargetFill f)
    {
        var (document, date, index) = (f.Document, f.Date, f.Index);
        if (f.Reading.Framed is null or { Plover: "REQUEST" } && TargetUncoded.Of(document, kb, f.Sentence, f.Trigger, f.Arguments.ClauseStartToken, f.Plover, f.Source, index,
                ActorsOf(document, date, index)) is { } uncoded)
        {
            f.Target.Add(uncoded.Actor);
            f.Rule += uncoded.Rule;
            return 1;
        }
        return 0;
    }

    /// <summary>"requested the return of the statues from the Egyptian Museum": a return is asked of whoever holds it.</summary>
    private int ReturnHolder(TargetFill f)
    {
        if (f.Plover == "REQUEST" && f.Source.Count > 0 && RequestedFrom.Of(f.Document, kb, f.Sentence, f.Reading.Act ?? f.Trigger, f.Source) is { } holder)
        {
            f.Target.Add(holder);
            return 1;
        }
        return 0;
    }

    /// <summary>"demanded the release of two aid workers held in Mali": the release of people held in a country is asked of it (<see cref="DetainedIn"/>).</summary>
    private static int DetentionState(TargetFill f)
    {
        if (f.Plover == "REQUEST" && f.Source.Count > 0 && f.Reading.Act is null or { Pattern.Plover: "RETREAT" }
            && DetainedIn.Of(f.Document, f.Sentence, f.Trigger, f.Index, f.Source) is { } state)
        {
            f.Target.Add(state);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Envoys from the Sri Lankan government and Tamil rebels held talks": the unnamed conjunct of a joint act's subject is its
    /// other side (<see cref="ConjoinedPartners"/>), of its own phrase's country, else the source's; so is it when the joint act
    /// is framed ("the government and the rebels agreed to resume talks": the act agreed on is joint too).
    /// </summary>
    private int ConjoinedPartner(TargetFill f)
    {
        if (f.Plover is "CONSULT" or "AGREE" or "COOPERATE" && (f.Reading.Framed is null || f.Reading.Act is { Pattern.Plover: "CONSULT" or "COOPERATE" or "AGREE" })
            && ConjoinedPartners.Of(f.Document, kb, f.Sentence, f.Trigger, f.Arguments.Source, f.Source, f.Index) is { } partner)
        {
            f.Target.Add(partner);
            return 1;
        }
        return 0;
    }

    /// <summary>"struck a deal with Somaliland", "held talks with Catalonia": a region named as the party of a dealing is its own government (<see cref="RegionalBodies.Party"/>).</summary>
    private static int RegionParty(TargetFill f)
    {
        if (f.Plover is "CONSULT" or "AGREE" or "COOPERATE" && f.Source.Count > 0 && RegionalBodies.Party(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger) is { } region
            && !f.Source.Exists(a => a.Code == region.Code && a.Entity == region.Entity && a.Range == region.Range))
        {
            f.Target.Add(region);
            return 1;
        }
        return 0;
    }

    /// <summary>"announced its withdrawal from the Economic Community of West African States": the body the trigger's own words name after "from" (<see cref="TargetInTrigger"/>).</summary>
    private int BodyInTrigger(TargetFill f)
    {
        if (f.Source.Count > 0 && f.Reading.Framed is null && TargetInTrigger.After(f.Document, f.Trigger) is { } m
            && _actors.Resolve(f.Document, m, f.Date, f.Index) is { Code.Country: { Length: 3 } country } body && country != "---" && !HasCountry(f.Source, country))
        {
            f.Target.Add(body);
            return 1;
        }
        return 0;
    }

    /// <summary>"rallied outside the Dutch consulate in Surabaya": a protest at a foreign state's mission is aimed at that state (<see cref="MissionStates"/>).</summary>
    private int ProtestedMission(TargetFill f)
    {
        if (f.Plover == "PROTEST" && f.Source.Count > 0 && f.Reading.Framed is null && MissionStates.Named(f.Document, f.Sentence, f.Trigger) is { } m
            && _actors.Resolve(f.Document, m, f.Date, f.Index) is { Code.Country: { Length: 3 } country } state
            && country is not ("---" or "IGO" or "NGO" or "MNC" or "IMG") && !HasCountry(f.Source, country))
        {
            f.Target.Add(state);
            return 1;
        }
        return 0;
    }

    /// <summary>"levied tariffs on copper from 20 countries, including the EU bloc": the named members of a listed side are the target.</summary>
    private int ListedMembers(TargetFill f)
    {
        var (source, target) = (f.Source, f.Target);
        if (TargetListed.Members(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger, f.Groups) is { Length: > 0 } members)
        {
            var listed = Resolve(f.Document, members, f.Date, f.Index);
            RemoveOfCountries(listed, source);
            if (listed.Count > 0)
            {
                target.AddRange(listed);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>"the reporter received a press freedom prize from the ambassador": a receiver named by what it is, not by a country, is of the story's country.</summary>
    private int UnnamedReceiver(TargetFill f)
    {
        var (source, target, trigger) = (f.Source, f.Target, f.Trigger);
        if (source.Count > 0 && trigger.Pattern.Source == SourceSlot.Giver && f.Reading.Framed is null
            && UnnamedTargets.Bearer(f.Document, kb, f.Sentence, f.Arguments.ClauseStartToken, trigger) is { } receiver && !HasCountry(source, receiver.Code.Country))
        {
            target.Add(receiver);
            return 1;
        }
        return 0;
    }

    /// <summary>"agreed to a government proposal": agreeing to a proposal is agreeing with its author (<see cref="ProposalAuthors"/>).</summary>
    private int ProposalAuthor(TargetFill f)
    {
        var (document, sentence) = (f.Document, f.Sentence);
        if (f.Plover == "AGREE" && f.Source.Count > 0 && ProposalAuthors.Start(document, sentence, f.Trigger) is { } start
            && TargetPhrases.Phrase(document, kb, start, sentence.EndToken) is { } phrase && ProposalAuthors.Proposal(document, phrase.Head + 1, sentence.EndToken)
            && UnnamedTargets.PhraseAt(document, kb, sentence, start, f.Plover, f.Source) is { Code.Country: { Length: 3 } country } author && country != "---")
        {
            f.Target.Add(author);
            return 1;
        }
        return 0;
    }

    /// <summary>"appealed for international help", "bowed to international pressure": help or pressure from the world at large is the international community's.</summary>
    private static int WorldAtLarge(TargetFill f)
    {
        if (WorldSides.Of(f.Document, f.Sentence, f.Trigger, f.Reading.Act ?? f.Trigger, f.Plover, f.Source) is { } world)
        {
            f.Target.Add(world);
            return 1;
        }
        return 0;
    }

    /// <summary>"bowed to pressure from Western donors", "brushing aside calls from Britain": a refusal or a concession answers who pressed for it.</summary>
    private int NamedPressers(TargetFill f)
    {
        var (source, target) = (f.Source, f.Target);
        if (f.Plover is "REJECT" or "CONCEDE" && source.Count > 0 && PressureSources.Of(f.Document, kb, f.Sentence, f.Groups, f.Arguments.Source, source, out var pressingCapital) is { } pressing)
        {
            var pressers = pressingCapital is { } c ? [c] : Resolve(f.Document, pressing, f.Date, f.Index);
            RemoveSame(pressers, source);
            if (pressers.Count > 0)
            {
                target.AddRange(pressers);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// "agreed to the talks despite pressure from hardliners": an agreement made despite pressure does not answer it (a refusal or
    /// a concession does either way).
    /// </summary>
    private static bool Despite(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "despite" or "Despite" or "defying" or "notwithstanding")
                return true;
        return false;
    }

    /// <summary>
    /// "turned down a request from Quebec's premier": the presser named by what it is, of the source's own country too.
    /// "agreed to cut fuel prices after demands from fishermen": an agreement answers such pressers too, unless made despite them
    /// (not a named state: "agreed to cap enrichment, in line with demands from Germany" is no dealing with Germany).
    /// </summary>
    private int UnnamedAsker(TargetFill f)
    {
        if ((f.Plover is "REJECT" or "CONCEDE" || f.Plover == "AGREE" && !Despite(f.Document, f.Sentence)) && f.Source.Count > 0 && PressureSources.Unnamed(f.Document, kb, f.Sentence, f.Plover, f.Source) is { } asker)
        {
            f.Target.Add(asker);
            return 1;
        }
        return 0;
    }

    /// <summary>"bowing to weeks of protests, the president resigned", "yielded to Solidarity": a concession to street pressure is to the source's own country.</summary>
    private static int StreetPressure(TargetFill f)
    {
        if (ConcededProtests.Of(f.Document, f.Sentence, f.Plover, f.Source) is { } street)
        {
            f.Target.Add(street);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "vowed a response to the tariffs imposed by Ottawa", "opened an inquiry into killings by soldiers": the author of the
    /// deed a response answers or an investigation looks into.
    /// </summary>
    private int DeedAuthor(TargetFill f)
    {
        var (source, target, trigger) = (f.Source, f.Target, f.Trigger);
        var inquiry = f.Reading.Framed is null && trigger.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal);
        if (source.Count > 0 && (f.Plover == "THREATEN" || inquiry) && DeedAuthors.Of(f.Document, f.Sentence, trigger, f.Groups, inquiry) is { } deedAuthor
            && !deedAuthor.Mentions.Any(f.Arguments.Source.Contains) && Resolve(f.Document, deedAuthor.Mentions, f.Date, f.Index) is { Count: > 0 } authors
            && !SharesCountry(authors, source))
        {
            target.AddRange(authors);
            return 1;
        }
        return 0;
    }

    /// <summary>The unnamed side the trigger's own words name (<see cref="UnnamedSide"/>); adds the suffix it gives.</summary>
    private int UnnamedSideOf(TargetFill f)
    {
        if (UnnamedSide(f.Document, f.Sentence, f.Reading, f.Trigger, f.Arguments, f.Plover, f.Source, f.Groups, f.Date, f.Index, f.Context, f.Place) is { } side)
        {
            f.Target.AddRange(side.Target);
            f.Rule += side.Rule;
            return 1;
        }
        return 0;
    }

    /// <summary>"put its forces on alert after Turkish commandos landed": a show of force answers the one whose act it followed.</summary>
    private int Provoker(TargetFill f)
    {
        var (source, target) = (f.Source, f.Target);
        if (source.Count > 0 && f.Plover == "MOBILIZE" && f.Reading.Framed is null
            && OtherSides.Provoker(f.Document, f.Sentence, f.Trigger, f.Groups) is { } other && !other.Mentions.Any(f.Arguments.Source.Contains))
        {
            var others = Resolve(f.Document, other.Mentions, f.Date, f.Index);
            RemoveOfCountries(others, source);
            if (others.Count > 0)
            {
                target.AddRange(others);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>"the last troops crossed out of Afghanistan": a withdrawal is from the country left.</summary>
    private int CountryLeft(TargetFill f)
    {
        var (document, source, target) = (f.Document, f.Source, f.Target);
        if (source.Count > 0 && f.Plover == "RETREAT" && f.Reading.Framed is null
            && OtherSides.Left(document, f.Sentence, f.Groups) is { } other && !other.Mentions.Any(f.Arguments.Source.Contains))
        {
            var others = Resolve(document, other.Mentions, f.Date, f.Index);
            RemoveOfCountriesAndNonStates(document, others, source);
            if (others.Count > 0)
            {
                target.AddRange(others);
                return 1;
            }
        }
        return 0;
    }

    /// <summary>"gathered tanks near its border with Kosovo": a show of force at a shared border faces the country across it.</summary>
    private int AcrossBorder(TargetFill f)
    {
        var (source, target) = (f.Source, f.Target);
        if (source.Count > 0 && f.Plover == "MOBILIZE" && f.Reading.Framed is null && OtherSides.Across(f.Document, f.Sentence, f.Trigger, f.Groups) is { } across
            && !across.Mentions.Any(f.Arguments.Source.Contains) && Resolve(f.Document, across.Mentions, f.Date, f.Index) is { Count: > 0 } faced
            && !SharesCountry(faced, source))
        {
            target.AddRange(faced);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "threatened to send troops into a region administered by its neighbour": forces sent into land that another state
    /// holds face that state (<see cref="SentDestinations"/>).
    /// </summary>
    private int SentIntoHeld(TargetFill f)
    {
        var act = f.Reading.Act ?? f.Trigger;
        if (f.Source.Count > 0 && act.Pattern.Plover == "MOBILIZE" && SentDestinations.Holder(f.Document, f.Sentence, act) is { } holder
            && _actors.Resolve(f.Document, holder, f.Date, f.Index) is { Code.Country: { Length: 3 } country } held && country != "---" && !HasCountry(f.Source, country))
        {
            f.Target.Add(held);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "pledged $200 million to support the peacekeeping force in Somalia": a pledge or gift of aid that names no recipient goes
    /// to the country its purpose phrase places it in (<see cref="AidPurposes"/>).
    /// </summary>
    private static int AidPurpose(TargetFill f)
    {
        if (f.Source.Count > 0 && IsAidCode(f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo)
            && AidPurposes.Of(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger, f.Source[0].Code.Country) is { } aided && !HasCountry(f.Source, aided.Code.Country!))
        {
            f.Target.Add(aided);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "the authorities freed 52 prisoners": a side of one country that releases prisoners given no nationality releases its
    /// own people (<see cref="ReleasedPrisoners"/>).
    /// </summary>
    private int ReleasedOwnPrisoners(TargetFill f)
    {
        var act = f.Reading.Act ?? f.Trigger;
        if (f.Source.Count == 0 || f.Source[0].Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || !f.Source.TrueForAll(a => a.Code.Country == home && a.Code.Sector != "BUS") || !kb.Countries.TryGetValue(home, out var state)
            || !ReleasedPrisoners.OfNoNationality(f.Document, f.Sentence, act))
            return 0;
        f.Target.Add(SelfDirectedActs.Home(f.Document, f.Sentence, f.Source, home, state.Name));
        return 1;
    }

    /// <summary>
    /// "plunged Turkey into recession after Trump's imposition of sanctions": sanctions that name no object are aimed at
    /// the one other country their sentence names.
    /// </summary>
    private int Sanctioned(TargetFill f)
    {
        var source = f.Source;
        if (f.Plover == "SANCTION" && source.Count > 0 && source[0].Code.Sector is null or "GOV" && OnlyOtherCountry(f.Document, f.Groups, source) is { } sanctioned
            && Resolve(f.Document, [sanctioned], f.Date, f.Index) is [{ } hit])
        {
            f.Target.Add(hit);
            return 1;
        }
        return 0;
    }

    /// <summary>"arrived in Beijing on Thursday for talks": talks a visitor came for are with the host.</summary>
    private static int TalksHost(TargetFill f)
    {
        if (f.Source.Count == 1 && f.Plover == "CONSULT" && f.Reading.Framed is null && OtherSides.Host(f.Document, f.Sentence, f.Trigger, f.Source) is { } arrivedIn)
        {
            f.Target.Add(arrivedIn);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Mohamed, who visited wounded survivors on Sunday, condemned ...": a consultation told in a "who" clause inside the
    /// subject (<see cref="Biographies"/>) is the story's own meeting only when its sentence names another country's side; with
    /// none, or only the subject's compatriots, it is background and no partner from the story is lent to it (drops the
    /// event; reason <c>no-target</c>).
    /// </summary>
    private static int PassingConsultation(TargetFill f)
    {
        if (f.Plover != "CONSULT" || f.Trigger.Pattern.Kind == TriggerKind.Noun
            || f.Target.Exists(a => a.Code.Country is { } country && !f.Source.Exists(s => s.Code.Country == country))
            || !Biographies.Told(f.Document, f.Trigger.FirstToken, f.Sentence.FirstToken))
            return 0;
        f.DropReason = UncodedReasons.NoTarget;
        return TargetFill.Drop;
    }

    /// <summary>
    /// "U.S. officials would meet over the weekend to weigh Moscow's answer": a verb of gathering, told or foretold, that names no
    /// one after it is one side meeting among itself (<see cref="SoloMeetings"/>); no partner from the story is lent to it, and
    /// the event is dropped for want of a partner.
    /// </summary>
    private static int SoloGathering(TargetFill f)
    {
        if (!SoloMeetings.Solo(f.Document, f.Sentence, f.Reading.Act ?? f.Trigger, f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo, f.Source.Count, f.Target.Count))
            return 0;
        f.DropReason = UncodedReasons.NoPartner;
        return TargetFill.Drop;
    }

    /// <summary>"the ASEAN meeting", "a trade deal": a meeting or an agreement named with one side only says nothing about who met whom (drops the event).</summary>
    private static int OneSidedMeeting(TargetFill f)
    {
        var trigger = f.Trigger;
        return trigger.Pattern.Kind == TriggerKind.Noun && trigger.Pattern.Plover is "CONSULT" or "AGREE" or "COOPERATE" && f.Target.Count == 0 && f.Source.Count < 2
            ? TargetFill.Drop : 0;
    }
}
