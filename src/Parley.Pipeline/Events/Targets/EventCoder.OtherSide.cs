using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// One step that may name or fix the other side of an event: <see cref="Try"/> returns how often it fired (0 when it did not,
    /// <see cref="TargetFill.Drop"/> to drop the event); each firing adds <see cref="Suffix"/> to the rule, and a firing step takes
    /// <see cref="Penalty"/> off the confidence. A step with no <see cref="Suffix"/> adds its own (the side it found names it) or none.
    /// </summary>
    /// <remarks><see cref="OnlyWhenEmpty"/>: a step that fills a target the sentence left empty is skipped once one is there.</remarks>
    private readonly record struct TargetFinisher(string Suffix, double Penalty, Func<EventCoder, TargetFill, int> Try, bool OnlyWhenEmpty = false);

    /// <summary>A finisher that fills an empty target (most of them): skipped once an earlier one has found a side.</summary>
    private static TargetFinisher WhenEmpty(string suffix, double penalty, Func<EventCoder, TargetFill, int> fill) => new(suffix, penalty, fill, OnlyWhenEmpty: true);

    /// <summary>
    /// The target finishers, in the order they are tried (the order is behaviour: most fire only while the target is empty,
    /// <see cref="WhenEmpty"/>, so an earlier one wins). First the named target is corrected (homes of bare agents, blocs, instruments), then a side
    /// is sought in the sentence, then in the story, and last the lone other state. Add a finisher by adding one entry here;
    /// its method is in EventCoder.TargetFinishers*.cs.
    /// </summary>
    private static readonly TargetFinisher[] TargetFinishers =
    [
        // The named target, corrected or completed.
        new("+target.region", 0, static (c, f) => RegionalAgents(f)),
        new("+target.addressed", 0, static (c, f) => c.AddressedOverComplement(f)),
        new("+target.charged", 0, static (c, f) => c.ChargedObject(f)),
        new("+target.addressed", 0, static (c, f) => c.ChargedHomeGroups(f)),
        new("+target.each-other", 0, static (c, f) => ReciprocalObject(f)),
        new("+target.based", 0, static (c, f) => c.BasedAgents(f)),
        new("+target.based", 0, static (c, f) => c.HarbouredAgents(f)),
        new("+target.holdings", 0, static (c, f) => c.StruckHoldingsOf(f)),
        new("+target.bloc", 0, static (c, f) => c.ConjoinedBloc(f)),
        new("", 0, static (c, f) => SentForces(f)),
        new("+target.bound", 0, static (c, f) => c.OfferedForces(f)),
        new("+target.served", 0, static (c, f) => c.ServedPeople(f)),
        new("+target.sued", 0, static (c, f) => c.SuedSide(f)),
        new("", 0, static (c, f) => c.AnsweredTarget(f)),
        new("+target.judged", 0, static (c, f) => c.JudgedAuthor(f)),
        WhenEmpty("+target.court", 0, static (c, f) => c.JudgedCourt(f)),
        WhenEmpty("+target.relative", 0, static (c, f) => c.RelativeThingAuthor(f)),
        new("+target.accuser", 0, static (c, f) => c.DeniedAccuser(f)),
        new("+target.inquiry", 0, static (c, f) => c.InquiryAtHome(f, empty: false)),
        WhenEmpty("+target.own", 0, static (c, f) => c.OwnPerson(f)),
        new("+target.recipient", 0, static (c, f) => c.HandoverRecipient(f)),
        // A side read from the sentence.
        WhenEmpty("+target.talks", 0, static (c, f) => c.VisitTalksPartner(f)),
        WhenEmpty("+target.host", 0, static (c, f) => VisitedHost(f)),
        WhenEmpty("+target.victims", 0, static (c, f) => c.VictimsOwn(f)),
        new("+target.possessor", 0, static (c, f) => c.PossessedVictim(f)),
        WhenEmpty("+target.foe", 0, static (c, f) => c.FoughtFoe(f)),
        WhenEmpty("+target.let", 0, static (c, f) => c.NotPermitted(f)),
        WhenEmpty("+target.pronoun", 0.1, static (c, f) => c.PronounObject(f)),
        WhenEmpty("", 0, static (c, f) => c.UncodedObject(f)),
        WhenEmpty("+target.holder", 0, static (c, f) => c.ReturnHolder(f)),
        WhenEmpty("+target.trigger", 0, static (c, f) => c.BodyInTrigger(f)),
        WhenEmpty("+target.embassy", 0, static (c, f) => c.ProtestedMission(f)),
        WhenEmpty("+target.holder", 0, static (c, f) => DetentionState(f)),
        WhenEmpty("+target.conjoined", 0, static (c, f) => c.ConjoinedPartner(f)),
        WhenEmpty("+target.region", 0, static (c, f) => RegionParty(f)),
        WhenEmpty("+target.listed", 0, static (c, f) => c.ListedMembers(f)),
        WhenEmpty("+target.unnamed", 0, static (c, f) => c.UnnamedReceiver(f)),
        WhenEmpty("+target.proposer", 0, static (c, f) => c.ProposalAuthor(f)),
        WhenEmpty("+target.world", 0, static (c, f) => WorldAtLarge(f)),
        WhenEmpty("+target.pressure", 0, static (c, f) => c.NamedPressers(f)),
        WhenEmpty("+target.pressure", 0, static (c, f) => c.UnnamedAsker(f)),
        WhenEmpty("+target.street", 0, static (c, f) => StreetPressure(f)),
        WhenEmpty("+target.deed", 0, static (c, f) => c.DeedAuthor(f)),
        WhenEmpty("", 0, static (c, f) => c.UnnamedSideOf(f)),
        WhenEmpty("+target.provoker", 0, static (c, f) => c.Provoker(f)),
        WhenEmpty("+target.left", 0, static (c, f) => c.CountryLeft(f)),
        WhenEmpty("+target.border", 0, static (c, f) => c.AcrossBorder(f)),
        WhenEmpty("+target.held", 0, static (c, f) => c.SentIntoHeld(f)),
        WhenEmpty("+target.domestic", 0, static (c, f) => c.ReleasedOwnPrisoners(f)),
        WhenEmpty("+target.purpose", 0, static (c, f) => AidPurpose(f)),
        WhenEmpty("+target.sanctioned", 0.1, static (c, f) => c.Sanctioned(f)),
        WhenEmpty("+target.host", 0, static (c, f) => TalksHost(f)),
        new("", 0, static (c, f) => PassingConsultation(f)),
        new("", 0, static (c, f) => OneSidedMeeting(f)),
        // "officials would meet over the weekend": a gathering with no one after its verb is one side among itself
        // (SoloMeetings): no side from the story is lent to it.
        WhenEmpty("", 0, static (c, f) => SoloGathering(f)),
        // A side read from the story, or at home.
        WhenEmpty("+target.inquiry", 0, static (c, f) => c.InquiryAtHome(f, empty: true)),
        WhenEmpty("+target.mediated", 0.1, static (c, f) => c.MediatedPair(f)),
        WhenEmpty("+target.government", 0.2, static (c, f) => c.OpposedGovernment(f)),
        WhenEmpty("+target.accord", 0.1, static (c, f) => c.AccordParties(f)),
        // Round 70: an accusation of someone at home, read from its object, before any side lent from the story.
        WhenEmpty("+target.accused-home", 0, static (c, f) => c.AccusedHome(f)),
        WhenEmpty("+target.counterpart", 0.2, static (c, f) => c.ReplyCounterpart(f)),
        WhenEmpty("+target.rupture", 0.1, static (c, f) => RupturedWith(f)),
        WhenEmpty("+target.closure", 0.1, static (c, f) => ClosedAgainst(f)),
        WhenEmpty("+target.border", 0.1, static (c, f) => PostureAcrossBorder(f)),
        WhenEmpty("+target.fighting", 0.1, static (c, f) => c.RestrainedSides(f)),
        WhenEmpty("+target.domestic", 0, static (c, f) => c.OwnPeople(f)),
        WhenEmpty("+target.domestic", 0, static (c, f) => c.PermittedPeople(f)),
        WhenEmpty("+target.ruler", 0, static (c, f) => ProtestRuler(f)),
        WhenEmpty("+target.rulers", 0, static (c, f) => ProtestRulers(f)),
        WhenEmpty("+target.territory", 0, static (c, f) => OwnTerritory(f)),
        WhenEmpty("+target.capital", 0, static (c, f) => c.CapitalParty(f)),
        WhenEmpty("+target.affair", 0, static (c, f) => AffairCountry(f)),
        WhenEmpty("+target.location", 0, static (c, f) => LandingPlace(f)),
        WhenEmpty("+target.home", 0, static (c, f) => c.RestrictedHome(f)),
        WhenEmpty("+target.counterpart", 0.2, static (c, f) => LastFoe(f)),
        WhenEmpty("+target.state", 0, static (c, f) => c.ProtestedState(f)),
        WhenEmpty("+target.aided", 0.1, static (c, f) => LastAided(f)),
        WhenEmpty("+target.accuser", 0.1, static (c, f) => c.LastAccuserOf(f)),
        WhenEmpty("+target.story", 0.15, static (c, f) => c.StoryCountry(f)),
        WhenEmpty("+target.crisis", 0.15, static (c, f) => CrisisPeople(f)),
        WhenEmpty("+target.stricken", 0.15, static (c, f) => StrickenCountry(f)),
        // Late readings of the sentence, then the lone other state.
        WhenEmpty("+target.menaced", 0.1, static (c, f) => c.Menaced(f)),
        WhenEmpty("+target.author", 0, static (c, f) => c.DeedAuthorNamedByKind(f)),
        WhenEmpty("+target.partner", 0, static (c, f) => c.DealPartner(f)),
        WhenEmpty("+target.other", 0.15, static (c, f) => c.LoneOtherState(f)),
        // Last: an act with a counterpart whose sentence names nothing abroad is aimed at home.
        WhenEmpty("+target.self", 0, static (c, f) => c.OwnCountry(f)),
        WhenEmpty("+target.dyad", 0.2, static (c, f) => c.StoryDyadSide(f)),
        // The domestic-target convention: an act of a body at home with no side named in its sentence is aimed at home (DomesticSides).
        WhenEmpty("+target.home-side", 0.1, static (c, f) => c.HomeSide(f)),
        new("+target.body", 0, static (c, f) => InternationalBodies(f)),
        // Last of all: the one whose release an appeal seeks is not the one asked (EventCoder.TargetFinishers.Beneficiaries.cs).
        new("+target.beneficiary", 0, static (c, f) => c.ReleaseBeneficiary(f)),
    ];

    /// <summary>What a target finisher reads, and the target and rule it completes.</summary>
    private sealed class TargetFill(Document document, Sentence sentence, Reading reading, TriggerMatch trigger, Arguments arguments, string plover,
        List<EventActor> source, List<EventActor> target, List<ActorGroup> groups, DateOnly? date, TokenIndex index, DiscourseContext context,
        Gazetted? place, Factuality factuality, CodedEvent? aboutScheduled, string rule)
    {
        /// <summary>What <see cref="TargetFinisher.Try"/> returns to drop the event.</summary>
        public const int Drop = -1;

        public readonly Document Document = document;
        public readonly Sentence Sentence = sentence;
        public readonly Reading Reading = reading;
        public readonly TriggerMatch Trigger = trigger;
        public readonly Arguments Arguments = arguments;
        public readonly string Plover = plover;
        public readonly List<EventActor> Source = source;
        public readonly List<EventActor> Target = target;
        public readonly List<ActorGroup> Groups = groups;
        public readonly DateOnly? Date = date;
        public readonly TokenIndex Index = index;
        public readonly DiscourseContext Context = context;
        public readonly Gazetted? Place = place;
        public readonly Factuality Factuality = factuality;
        public readonly CodedEvent? AboutScheduled = aboutScheduled;
        /// <summary>The rule so far; finishers with no fixed suffix add their own here.</summary>
        public string Rule = rule;

        /// <summary>The hand-set confidence so far, after the finishers that already fired lowered it.</summary>
        public double Confidence;

        /// <summary>Why the event is dropped when a finisher returns <see cref="Drop"/>; a finisher with a reason of its own sets it.</summary>
        public string DropReason = UncodedReasons.NoTarget;
    }

    /// <summary>
    /// The other side of an event whose sentence names none, by the <see cref="TargetFinishers"/> in order, each adding its suffix
    /// to <paramref name="rule"/>: the host visited, an unnamed receiver, the provoker of a show of force or the country left, the
    /// sanctioned, the government an opposition answers, the counterpart of a reply or a scheduled encounter, a state's own people,
    /// the ruler a protest is aimed at, the land a state coerces, the place where the act lands. Returns why the event is dropped
    /// when it says too little to keep ("the ASEAN meeting": a meeting with one side only; "officials would meet": one side
    /// among itself), null when it is kept.
    /// </summary>
    private string? FillTarget(Document document, Sentence sentence, Reading reading, TriggerMatch trigger, Arguments arguments, string plover,
        List<EventActor> source, List<EventActor> target, List<ActorGroup> groups, DateOnly? date, TokenIndex index, DiscourseContext context,
        Gazetted? place, Factuality factuality, CodedEvent? aboutScheduled, ref string rule, ref double confidence)
    {
        var fill = new TargetFill(document, sentence, reading, trigger, arguments, plover, source, target, groups, date, index, context, place, factuality, aboutScheduled, rule)
        {
            Confidence = confidence,
        };
        foreach (var finisher in TargetFinishers)
        {
            if (finisher.OnlyWhenEmpty && target.Count > 0)
                continue;
            var fired = finisher.Try(this, fill);
            if (fired == TargetFill.Drop)
            {
                rule = fill.Rule;
                return fill.DropReason;
            }
            if (fired == 0)
                continue;
            for (var k = 0; k < fired; k++)
                fill.Rule += finisher.Suffix;
            confidence -= finisher.Penalty;
            fill.Confidence = confidence;
        }
        rule = fill.Rule;
        return null;
    }

    /// <summary>The source of the latest accusation coded in the story against the country of <paramref name="denier"/>, not of that country itself; null when none.</summary>
    private EventActor? LastAccuser(Document document, DiscourseContext context, List<EventActor> denier, DateOnly? date, TokenIndex index)
    {
        if (!DeniedAccusations.CanBeAccused(denier))
            return null;
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var act = context.Acts[i];
            if (act.Plover != "ACCUSE" || Resolve(document, act.Target, date, index) is not { } accused || !DeniedAccusations.Accuses(accused, denier))
                continue;
            return DeniedAccusations.AccuserOf(Resolve(document, act.Source, date, index), denier);
        }
        return null;
    }

    /// <summary>Whether <paramref name="cameo"/> gives or pledges material aid (033, 07x).</summary>
    internal static bool IsAidCode(string? cameo) =>
        cameo is not null && (cameo.StartsWith("033", StringComparison.Ordinal) || cameo.StartsWith("07", StringComparison.Ordinal));

    /// <summary>The people served at <paramref name="start"/>: a named group of another country than the source's, else a phrase naming them by what they are.</summary>
    private EventActor? Served(Document document, Sentence sentence, int start, string plover, List<EventActor> source, List<ActorGroup> groups, DateOnly? date, TokenIndex index)
    {
        if (GroupSearch.GroupStartingNear(groups, start, 1) is { } g && Resolve(document, g.Mentions, date, index) is [{ } named, ..]
            && named.Code.Country is { Length: 3 } && !source.Exists(x => x.Code.Country == named.Code.Country))
            return named;
        return UnnamedTargets.PhraseAt(document, kb, sentence, start, plover, source) is { } unnamed && !source.Exists(x => x.Code.Country == unnamed.Code.Country) ? unnamed : null;
    }

    /// <summary>
    /// The state the story is mostly about as the other side of an act that names no one: an outsider's appeal, reproach,
    /// measure, threat, support, aid or refusal is aimed at it (its government); its own actors' violence, reproach, refusal,
    /// demand or coercion is aimed at home. Concern voiced at no one stays a comment (012). Null when neither holds.
    /// </summary>
    private EventActor? StorySide(Document document, TriggerMatch trigger, string plover, List<EventActor> source)
    {
        if (source.Count == 0 || Cues.VoicesConcern(document, trigger, concerned: true) || TargetHomes.StoryCountry(document) is not { Length: 3 } story)
            return null;
        if (source.TrueForAll(a => a.Code.Country == story))
            return plover is "ASSAULT" or "ACCUSE" or "REJECT" or "REQUEST" or "COERCE" ? StoryActor(document, story, null) : null;
        return !source.Exists(a => a.Code.Country == story) && plover is "REQUEST" or "ACCUSE" or "SANCTION" or "THREATEN" or "SUPPORT" or "AID" or "REJECT"
            ? StoryActor(document, story, "GOV") : null;
    }

    /// <summary>The story's country as an actor of <paramref name="sector"/>, at its first mention as a state; null when the text never names the state.</summary>
    private EventActor? StoryActor(Document document, string country, string? sector)
    {
        var key = "country:" + country;
        foreach (var m in document.Mentions)
            if (document.Entities[m.Entity].KbKey == key)
                return new EventActor(m.Range, m.Entity, kb.Countries.TryGetValue(country, out var c) ? c.Name : country, new ActorCode(country, sector), null);
        return null;
    }
}
