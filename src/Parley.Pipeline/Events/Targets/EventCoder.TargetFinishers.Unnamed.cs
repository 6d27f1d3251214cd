using Parley.Core;

namespace Parley.Pipeline.Events;

// The target finishers that read a side from the story or from home, then the late readings of the sentence and the lone
// other state, in table order (EventCoder.OtherSide). Each returns how often it fired; its suffix and confidence change are
// in its TargetFinishers entry.
public sealed partial class EventCoder
{
    /// <summary>
    /// "Opposition parties rejected the budget": an opposition that names nobody answers its own government.
    /// With no government named yet, the state itself, at its first mention ("Cameroon's opposition alleged fraud").
    /// </summary>
    private int OpposedGovernment(TargetFill f)
    {
        var (source, reading, trigger) = (f.Source, f.Reading, f.Trigger);
        if (source.Count > 0 && source.TrueForAll(a => a.Code.Sector == "OPP") && (reading.Framed?.Plover ?? trigger.Pattern.Plover) is "REJECT" or "ACCUSE" or "REQUEST"
            && (f.Context.GovernmentOf(source[0].Code.Country) ?? (source[0].Code.Country is { Length: 3 } opposed ? StoryActor(f.Document, opposed, "GOV") : null)) is { } government)
        {
            f.Target.Add(government);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "welcomed the ceasefire and urged both sides to keep it", "criticised the deal": praise or blame of an accord named by its
    /// noun alone is aimed at its parties (<see cref="WelcomedAccords"/>): the pair "both sides" names in the sentence, else the
    /// sides of the latest agreement the story told; never the source's own country.
    /// </summary>
    private int AccordParties(TargetFill f)
    {
        var (document, source, trigger) = (f.Document, f.Source, f.Trigger);
        if (source.Count == 0 || f.Reading.Framed is not null || f.Plover is not ("SUPPORT" or "ACCUSE") || trigger.Pattern.Kind != TriggerKind.Verb
            || !WelcomedAccords.IsBareAccord(document, f.Sentence, Targets.ObjectStart(document, trigger)))
            return 0;
        var parties = WelcomedAccords.NamesBothSides(document, f.Sentence) && f.Context.LastPlural is { } pair ? pair : LatestAgreement(f.Context);
        if (parties is null)
            return 0;
        var sides = Resolve(document, parties, f.Date, f.Index);
        sides.RemoveAll(t => !t.Code.KnownCountry || HasCountry(source, t.Code.Country));
        if (sides.Count == 0)
            return 0;
        f.Target.AddRange(sides);
        return 1;
    }

    /// <summary>
    /// "The talks were mediated by Norway", "Qatar brokered the exchange": a mediation of a dealing that names no parties is between
    /// the two sides of the latest dealing of the last few sentences that are not the mediator's (<see cref="DiscourseContext.CounterpartReach"/>).
    /// </summary>
    private int MediatedPair(TargetFill f)
    {
        var (document, source, trigger) = (f.Document, f.Source, f.Trigger);
        if (source.Count == 0 || f.Reading.Framed is not null || f.Plover != "CONSULT" || trigger.Pattern.Mode != "mediate" || trigger.Pattern.Kind != TriggerKind.Verb
            || !(Undergoers.IsPassive(document, trigger) || MediatedInPassing(document, trigger, f.Sentence.FirstToken)
                 || WelcomedAccords.MediatesDealing(document, f.Sentence, trigger)))
            return 0;
        var context = f.Context;
        for (var i = context.Acts.Count - 1; i >= 0 && context.Sentence - context.Acts[i].Sentence <= DiscourseContext.CounterpartReach; i--)
        {
            var sides = Resolve(document, [.. context.Acts[i].Source, .. context.Acts[i].Target], f.Date, f.Index);
            if (SharesCountry(sides, source))
                continue;
            sides.RemoveAll(t => !t.Code.KnownCountry);
            if (sides.Count < 2 || sides.TrueForAll(t => t.Code.Country == sides[0].Code.Country))
                continue;
            f.Target.AddRange(sides);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "The deal, mediated by Qatar, requires ...", "a truce brokered by Egypt took effect": a mediation participle with its "by" phrase
    /// right after a noun (a reduced relative, "which was" left out) is a passive of that noun like "was mediated by".
    /// </summary>
    private static bool MediatedInPassing(Document document, TriggerMatch trigger, int sentenceStart)
    {
        var first = trigger.FirstToken;
        if (first - 1 <= sentenceStart || first + 1 >= document.Tokens.Length || document.Slice(document.Tokens[first + 1].Range) is not "by"
            || !document.Slice(document.Tokens[first].Range).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        var before = document.Tokens[first - 1];
        return document.Slice(before.Range) is "," || before.Is(TokenShape.Word) && !before.Is(TokenShape.Capitalized);
    }

    /// <summary>The mentions of both sides of the latest agreement coded in the story with both sides named; null when none.</summary>
    private static int[]? LatestAgreement(DiscourseContext context)
    {
        for (var i = context.Acts.Count - 1; i >= 0; i--)
            if (context.Acts[i] is { Plover: "AGREE" } act)
                return [.. act.Source, .. act.Target];
        return null;
    }

    /// <summary>
    /// The unnamed other side of a scheduled encounter ("he is expected to raise concerns") is the partner already named;
    /// so is the other side of a reply ("rejected the resolution", "denied the claims", "is negotiating a loan"). Not when the
    /// object is the source's own circle ("urged his rivals to concede defeat", <see cref="OwnCircles"/>): that is done at home.
    /// </summary>
    private int ReplyCounterpart(TargetFill f)
    {
        var (source, reading, trigger) = (f.Source, f.Reading, f.Trigger);
        if ((f.Factuality is Factuality.Future or Factuality.Hypothetical || (reading.Framed?.Plover ?? trigger.Pattern.Plover) is "REJECT" or "CONSULT" or "REQUEST" or "ACCUSE" or "THREATEN" or "AGREE")
            // "was ready to hold talks", "remained committed to the deal": an intent is aimed at the partner as a reply is; not a pledge
            // over no act ("vowed to enforce law and order" is made at home), and not "officials would convene this weekend", one side
            // gathering among itself (SoloGathering drops it unless the agreement is coded other than 036)
            && !((reading.Framed?.Plover ?? trigger.Pattern.Plover) == "AGREE" && (reading.Act is null && trigger.Pattern.Kind == TriggerKind.Frame
                || SoloMeetings.Solo(f.Document, f.Sentence, reading.Act ?? trigger, "036", source.Count, 0)))
            && (trigger.Pattern.TargetIsObject || trigger.Pattern.TargetPrepositions.Length > 0)
            && !OwnCircles.Addressed(f.Document, f.Sentence, trigger, source) // "urged his rivals to concede defeat": at home, not the partner
            && (f.Context.CounterpartOf(source) ?? DiscourseContext.OtherSide(f.AboutScheduled, source)) is { Code.Country.Length: > 0 } partner
            && !HasCode(source, partner.Code)
            && !PlaceCounterparts.IsMerePlace(f.Document, kb, partner) // "condemned the attack" after one in Balochistan: a province is no side
            && !StoryCounterparts.Yields(f.Document, f.Sentence, trigger, source, partner.Code.Country)) // "declined to join the EU's plan": not the partner
        {
            f.Target.Add(partner);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Afghan authorities barred girls from school", "legalised opposition parties": the unnamed people a state coerces or
    /// concedes to are its own (not those it deports, unless a demonym places them: "deported Indonesian workers").
    /// </summary>
    private int OwnPeople(TargetFill f)
    {
        var (reading, trigger) = (f.Reading, f.Trigger);
        if (reading.Framed is null or { Plover: "THREATEN" or "AGREE" }
            && DomesticTargets.Of(f.Document, kb, trigger, reading.Act, f.Plover, !(reading.Act ?? trigger).Pattern.Cameo.StartsWith("174", StringComparison.Ordinal), f.Arguments.ClauseStartToken, f.Sentence.EndToken, f.Source) is { } own)
        {
            f.Target.Add(own);
            return 1;
        }
        return 0;
    }

    /// <summary>"relaxed curbs on private business, allowing farmers to sell their crops": a concession is to those it permits.</summary>
    private int PermittedPeople(TargetFill f)
    {
        if (f.Plover is "CONCEDE" or "AGREE" && f.Reading.Framed is null && DomesticTargets.Permitted(f.Document, kb, f.Trigger, f.Sentence.EndToken, f.Source) is { } permitted)
        {
            f.Target.Add(permitted);
            return 1;
        }
        return 0;
    }

    /// <summary>"Rioters looted shops in protest at price rises imposed by the government": a protest at home is aimed at its own rulers.</summary>
    private static int ProtestRuler(TargetFill f)
    {
        if (f.Plover == "PROTEST" && DomesticTargets.Ruler(f.Document, f.Trigger, f.Sentence.EndToken, f.Source) is { } ruler)
        {
            f.Target.Add(ruler);
            return 1;
        }
        return 0;
    }

    /// <summary>"Rioters looted shops for a day after the government raised prices": the unnamed government later in the sentence is the protest's target.</summary>
    private static int ProtestRulers(TargetFill f)
    {
        if (ProtestGovernments.Of(f.Document, f.Sentence, f.Trigger, f.Plover, f.Source) is { } rulers)
        {
            f.Target.Add(rulers);
            return 1;
        }
        return 0;
    }

    /// <summary>"imposed martial law on three southern provinces": a state's coercion of an unnamed part of its land is aimed at home.</summary>
    private static int OwnTerritory(TargetFill f)
    {
        if (f.Plover is "COERCE" or "MOBILIZE" && f.Reading.Framed is null
            && DomesticTargets.Territory(f.Document, f.Trigger, f.Sentence.EndToken, f.Source, sent: f.Plover == "MOBILIZE") is { } land)
        {
            f.Target.Add(land);
            return 1;
        }
        return 0;
    }

    /// <summary>"in exchange for fuel oil from Washington", "relations with Islamabad": a capital named as a party is its government.</summary>
    private int CapitalParty(TargetFill f)
    {
        if (TargetCapitals.Party(f.Document, kb, f.Sentence, f.Trigger, f.Source) is { } capital)
        {
            f.Target.Add(capital);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "hailed the handover of power in Ghana", "a return to civilian rule in Niger was demanded by ECOWAS": the country of the affair.
    /// "agreed to recognise diplomas awarded in Kosovo": so is a governed act of praise or demand, read from its own words.
    /// </summary>
    private static int AffairCountry(TargetFill f)
    {
        var (source, trigger) = (f.Source, f.Trigger);
        var affairAct = f.Reading.Act is { Pattern: { Plover: "SUPPORT" or "REQUEST", Kind: TriggerKind.Verb } } governed ? governed : trigger;
        if (source.Count > 0 && (f.Plover is "SUPPORT" or "REQUEST" || affairAct != trigger) && affairAct.Pattern.Kind == TriggerKind.Verb
            && TargetAffairs.Of(f.Document, f.Sentence, affairAct, f.Arguments.ClauseStartToken, Undergoers.IsPassive(f.Document, affairAct), f.Index) is { } affair
            && !HasCountry(source, affair.Code.Country))
        {
            f.Target.Add(affair);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Serbia lifted a curfew in Montenegro", "tanks fired at targets in Jericho": where a domestic or military act
    /// lands names its target, the country of that place.
    /// The act's own type decides, not a frame's: "will evacuate settlements in Gaza" lands in Gaza.
    /// A place near a rejection or an appeal is what it is about ("dismissed claims it bought arms from North Korea");
    /// asylum sought "in Germany" is sought from it. Deportees sent "to China" or "from Guantanamo" are the ones expelled, not the place.
    /// A retreat from a town of the retreating side's own country yields it to the foe, not to its own state: no target here.
    /// </summary>
    private static int LandingPlace(TargetFill f)
    {
        var target = f.Target;
        var landing = f.Reading.Act?.Pattern ?? f.Trigger.Pattern;
        if (landing.Plover is not ("CONSULT" or "AGREE" or "SUPPORT" or "COOPERATE" or "REJECT") && !(landing.Plover == "REQUEST" && landing.Kind == TriggerKind.Frame)
            && !landing.Cameo.StartsWith("174", StringComparison.Ordinal)
            && EventPlaces.LocationTarget(f.Document, f.Sentence, f.Trigger, f.Index) is { } location
            && !(landing.Plover == "RETREAT" && HasCountry(f.Source, location.Code.Country)))
        {
            target.Add(location);
            if (TargetConjoined.PlaceAfter(f.Document, location, f.Index) is { } second && !HasCountry(f.Source, second.Code.Country))
                target.Add(second); // "appealed to Tehran and Baghdad"
            return 1;
        }
        return 0;
    }

    /// <summary>"imposed a state of emergency", "cracked down": restrictions and repression that name no one are aimed at home.</summary>
    private int RestrictedHome(TargetFill f)
    {
        var trigger = f.Trigger;
        if (f.Reading.Framed is null && TargetStates.Restricted(f.Document, kb, trigger, trigger.Pattern.Cameo, f.Source) is { } home)
        {
            f.Target.Add(home);
            return 1;
        }
        return 0;
    }

    /// <summary>"Several months later, North Korea invaded.": an attack told with nothing after it is on the one its source last dealt with.</summary>
    private static int LastFoe(TargetFill f)
    {
        var (document, source, trigger, sentence) = (f.Document, f.Source, f.Trigger, f.Sentence);
        if (f.Plover == "ASSAULT" && f.Reading.Framed is null && trigger.Pattern.Kind == TriggerKind.Verb && trigger.EndToken - trigger.FirstToken == 1 && source.Count > 0
            && trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is "." or ";" or "!"
            && f.Context.CounterpartOf(source) is { Code.Country.Length: 3 } foe && !HasCountry(source, foe.Code.Country))
        {
            f.Target.Add(foe);
            return 1;
        }
        return 0;
    }

    /// <summary>"Coal miners stayed off work, demanding their wages": people protesting at home with no one named protest against their own state.</summary>
    private int ProtestedState(TargetFill f)
    {
        if (f.Plover == "PROTEST" && f.Reading.Framed is null && TargetStates.Protested(f.Document, kb, f.Trigger, f.Source) is { } state)
        {
            f.Target.Add(state);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "pledged 30 million euros in aid for Yemen. ... Spain pledged 5 million": a pledge or gift of aid that names no one is
    /// for the recipient of the aid the story told before.
    /// </summary>
    private static int LastAided(TargetFill f)
    {
        var (source, reading) = (f.Source, f.Reading);
        if (source.Count > 0 && (IsAidCode(f.Trigger.Pattern.Cameo) || IsAidCode(reading.Act?.Pattern.Cameo) || IsAidCode(reading.Framed?.Cameo))
            && f.Context.LastAidRecipient is { } aided && !HasCountry(source, aided.Code.Country))
        {
            f.Target.Add(aided);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Prosecutors accused Iran of the plot. ... Tehran called the allegations baseless": a denial that names no one answers
    /// the last accusation the story told against the denier's country.
    /// </summary>
    private int LastAccuserOf(TargetFill f)
    {
        if (f.Source.Count > 0 && (f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo) == "016" && LastAccuser(f.Document, f.Context, f.Source, f.Date, f.Index) is { } accuser)
        {
            f.Target.Add(accuser);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "The U.N. mediator for Yemen urged a halt to the fighting", "the Taliban detonated a car bomb": in a story about one
    /// country, an act that names no one is aimed at that country (<see cref="StorySide"/>).
    /// </summary>
    private int StoryCountry(TargetFill f)
    {
        if (StorySide(f.Document, f.Trigger, f.Plover, f.Source) is { } story)
        {
            f.Target.Add(story);
            return 1;
        }
        return 0;
    }

    /// <summary>"In Laos, charities handed out blankets": humanitarian relief that names no one is for the people of the crisis (ReliefRecipients).</summary>
    private static int CrisisPeople(TargetFill f)
    {
        if (f.Source.Count > 0 && (f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo) == "073"
            && ReliefRecipients.Of(f.Document, f.Sentence, f.Trigger, f.Index) is { Count: > 0 } crisis)
        {
            f.Target.AddRange(crisis);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "vowed that warships would stop a Turkish vessel": a threat is aimed at the first other side its own clause
    /// names (read late: a place the act lands in or the story's side comes first).
    /// A noun's own phrase names its maker ("threats of Washington sanctions"), not whom it menaces: verbs only.
    /// </summary>
    private int Menaced(TargetFill f)
    {
        var (source, trigger) = (f.Source, f.Trigger);
        if (source.Count > 0 && f.Plover == "THREATEN" && trigger.Pattern.Kind != TriggerKind.Noun)
            foreach (var m in FramedObjects.InClause(f.Document, f.Sentence, trigger, f.Arguments.Source))
            {
                var menaced = Resolve(f.Document, [m], f.Date, f.Index);
                RemoveSameOrOfCountries(menaced, source);
                if (menaced.Count == 0)
                    continue;
                f.Target.AddRange(menaced);
                return 1;
            }
        return 0;
    }

    /// <summary>
    /// "denounced what she termed a coup by the generals": so is blame for a deed named in a free relative.
    /// "cannot accept the ruling of the international boundary commission": a refusal of a deed, or blame for it, is aimed at its
    /// author named by what it is. Accepting a ruling is aimed at the side it settles with, whom the lone other state names.
    /// </summary>
    private int DeedAuthorNamedByKind(TargetFill f)
    {
        var (document, source, sentence) = (f.Document, f.Source, f.Sentence);
        if (source.Count > 0 && f.Plover is "REJECT" or "ACCUSE" && f.Reading.Framed is null
            && TargetOwners.AuthorStart(document, Targets.SkipFreeRelative(document, Targets.ObjectStart(document, f.Trigger), sentence.EndToken), sentence.EndToken) is { } authorStart
            && UnnamedTargets.PhraseAt(document, kb, sentence, authorStart, f.Plover, source) is { } author && !HasCode(source, author.Code))
        {
            f.Target.Add(author);
            return 1;
        }
        return 0;
    }

    /// <summary>"agreed to confine its fighters under a deal struck with the prime minister": an act done under a deal is aimed at the deal's partner.</summary>
    private int DealPartner(TargetFill f)
    {
        var source = f.Source;
        if (source.Count > 0 && f.Plover is "AGREE" or "RETREAT" or "CONCEDE" or "COOPERATE"
            && TargetPartners.Of(f.Document, f.Sentence, (f.Reading.Act ?? f.Trigger).EndToken, f.Groups) is { } dealPartner
            && Resolve(f.Document, dealPartner.Mentions, f.Date, f.Index) is { Count: > 0 } partners && !SharesSide(partners, source))
        {
            f.Target.AddRange(partners);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "agreed to freeze its reactors under an accord concluded with the United States": an act between states that names
    /// no other side is aimed at the one other state its sentence names.
    /// A frame's act counts as its verb: "agreed to dismantle ... under a deal worked out with Britain".
    /// </summary>
    private int LoneOtherState(TargetFill f)
    {
        var (document, source, reading) = (f.Document, f.Source, f.Reading);
        if (source.Count > 0 && f.Plover is not ("CONSULT" or "PROTEST") && (reading.Act ?? f.Trigger) is { Pattern.Kind: TriggerKind.Verb } acted
            && (reading.Framed is null || reading.Act is not null) && (acted.Pattern.TargetIsObject || acted.Pattern.TargetPrepositions.Length > 0)
            && acted.Pattern.Cameo != "016" // "dismissed accusations it buys drones from Iran": the state is in what is denied
            && OnlyOtherCountry(document, f.Groups, source) is { } onlyOther && document.Mentions[onlyOther].Start > acted.Range.End
            && !Clauses.HasComma(document, acted.EndToken, f.Index.TokenAt(document.Mentions[onlyOther].Start)) // ", accusing them of spying for American forces"
            && Resolve(document, [onlyOther], f.Date, f.Index) is [{ } lone])
        {
            f.Target.Add(lone);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "The rebels declared a unilateral truce", "the minister resigned": an act at home whose sentence names nothing abroad is
    /// aimed at the source's own country (<see cref="SelfDirectedActs"/>); not in quoted words, and not concern voiced at no one
    /// (that stays a comment, 012).
    /// </summary>
    private int OwnCountry(TargetFill f)
    {
        var act = f.Reading.Act ?? f.Trigger;
        if (!InQuote(f.Document, f.Sentence, f.Trigger) && !Cues.VoicesConcern(f.Document, f.Trigger, concerned: false)
            && SelfDirectedActs.Of(f.Document, kb, f.Sentence, f.Trigger, act, f.Plover, act.Pattern.Plover, f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo, f.Factuality,
                f.Trigger.Pattern.Kind == TriggerKind.Frame && !f.Trigger.Pattern.Id.StartsWith("frame.agree", StringComparison.Ordinal)
                && !f.Trigger.Pattern.Id.StartsWith("frame.modal", StringComparison.Ordinal), f.Source) is { } home)
        {
            f.Target.Add(home);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "students marched through the capital", "the opposition leader telephoned the president-elect": by the domestic-target
    /// convention (<see cref="DomesticSides"/>), an act of a body at home that names no side is aimed at the source's own country.
    /// </summary>
    private int HomeSide(TargetFill f)
    {
        if (DomesticSides.Of(f.Document, kb, f.Sentence, f.Trigger, f.Reading.Act, f.Reading.Framed?.Cameo ?? f.Trigger.Pattern.Cameo, f.Source,
                new DomesticSides.Doubt(f.Factuality, f.Confidence, f.Rule)) is not { } home)
            return 0;
        f.Target.Add(home);
        return 1;
    }

    /// <summary>"appealed to the Paris Club": a place's name before Club or Group names an international body, not its state.</summary>
    private static int InternationalBodies(TargetFill f)
    {
        var target = f.Target;
        var fired = 0;
        for (var i = 0; i < target.Count; i++)
            if (TargetBodies.Of(f.Document, target[i], f.Plover) is { } body)
            {
                target[i] = body;
                fired++;
            }
        return fired;
    }
}
