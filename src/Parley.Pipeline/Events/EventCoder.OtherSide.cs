using Parley.Core;

namespace Parley.Pipeline.Events;

public sealed partial class EventCoder
{
    /// <summary>
    /// The other side of an event whose sentence names none, rule by rule, each adding its suffix to <paramref name="rule"/>:
    /// the host visited, an unnamed receiver, the provoker of a show of force or the country left, the sanctioned, the
    /// government an opposition answers, the counterpart of a reply or a scheduled encounter, a state's own people, the
    /// ruler a protest is aimed at, the land a state coerces, the place where the act lands. False when the event says too
    /// little to keep ("the ASEAN meeting": a meeting with one side only).
    /// </summary>
    private bool FillTarget(Document document, Sentence sentence, Reading reading, TriggerMatch trigger, Arguments arguments, string plover,
        List<EventActor> source, List<EventActor> target, List<ActorGroup> groups, DateOnly? date, TokenIndex index, DiscourseContext context,
        Gazetted? place, Factuality factuality, CodedEvent? aboutScheduled, ref string rule, ref double confidence)
    {
            // "blamed Pakistan-based militants": agents named by what they are, based in a country, are of it.
            for (var i = 0; i < target.Count; i++)
                if (IsBareAgent(document, target[i]) && TargetHomes.BasedIn(document, kb, target[i], index.TokenAt) is { } based)
                {
                    target[i] = target[i] with { Code = target[i].Code with { Country = based } };
                    rule += "+target.based";
                }
            // "blamed the ambush on gunmen sheltering on Syrian soil": armed men placed abroad by their own phrase are of where they are.
            for (var i = 0; i < target.Count; i++)
                if (target[i].Code.Sector == "REB" && IsBareAgent(document, target[i]) && TargetHomes.Harboured(document, kb, target[i], index.TokenAt, sentence.EndToken) is { } harboured
                    && !source.Exists(x => x.Code.Country == harboured))
                {
                    target[i] = target[i] with { Code = target[i].Code with { Country = harboured } };
                    rule += "+target.based";
                }
            // "bombed rebel positions near the Syrian city of Idlib": an armed group's struck holdings are of the country they lie in
            // (a state's own named rebels stay its own wherever they are struck: "struck PKK bases in northern Iraq").
            if (plover == "ASSAULT")
                for (var i = 0; i < target.Count; i++)
                    if (target[i].Code.Sector == "REB" && (IsBareAgent(document, target[i]) || !source.Exists(x => x.Code.Country == target[i].Code.Country))
                        && StruckHoldings.Country(document, target[i], sentence.EndToken, index) is { } lies
                        && !source.Exists(x => x.Code.Country == lies))
                    {
                        target[i] = target[i] with { Code = target[i].Code with { Country = lies } };
                        rule += "+target.holdings";
                    }
            // "asked Washington and its European allies": a bloc joined to the target the clause names by "and" is a side too.
            if (target.Count > 0 && TargetConjoined.BlocAfter(document, target[^1], sentence.EndToken, index) is { } blocStart
                && UnnamedTargets.PhraseAt(document, kb, sentence, blocStart, plover, source) is { Code.Country: "IGO" } bloc && !target.Exists(t => t.Code.Country == "IGO"))
            {
                target.Add(bloc);
                rule += "+target.bloc";
            }
            // "deployed hundreds of police officers to the streets": the forces a state sends are its instrument, not its other side.
            if (plover == "MOBILIZE" && reading.Framed is null && source.Count > 0)
                target.RemoveAll(t => t.Code.Sector is "MIL" or "COP" && source.Exists(x => x.Code.Country == t.Code.Country && x.Code.Sector is null or "GOV" or "MIL" or "COP"));
            // "opened a clinic in northern Kenya to treat Somali refugees": aid is aimed at whom its purpose serves, not at the
            // clinic it sets up or the place where it is given (a side named by name stays: "sent Ukraine arms to help its army").
            if (plover == "AID" && source.Count > 0 && target.TrueForAll(t => IsBareAgent(document, t)) && AidBeneficiaries.Start(document, sentence, reading.Act ?? trigger) is { } served
                && Served(document, sentence, served, plover, source, groups, date, index) is { } beneficiary)
            {
                target.Clear();
                target.Add(beneficiary);
                rule += "+target.served";
            }
            if (Sued(document, sentence, reading.Act ?? trigger, reading.Framed?.Cameo ?? trigger.Pattern.Cameo, source, target, groups, date, index) is { } sued)
            {
                target.Clear();
                target.AddRange(sued);
                rule += "+target.sued";
            }
            if (AnsweredSide(document, sentence, reading.Act ?? trigger, arguments, plover, source, target, groups, date, index) is { } answered)
            {
                target.Clear();
                target.AddRange(answered.Target);
                rule += answered.Rule;
            }
            // "Aung San Suu Kyi was placed under house arrest by Burma's junta": a state's coercion of a person of its own code is
            // still aimed at that person (only a mention of the state itself is no other side).
            if (target.Count == 0 && plover is "COERCE" or "ASSAULT" && arguments.Target.Length > 0 && source.Count > 0
                && source[0].Code.Sector is null or "GOV" or "MIL" or "COP" or "JUD")
            {
                var kept = Resolve(document, arguments.Target, date, index);
                kept.RemoveAll(t => document.Entities[t.Entity].Type != EntityType.Person || source.Exists(x => x.Entity == t.Entity));
                if (kept.Count > 0)
                {
                    target.AddRange(kept);
                    rule += "+target.own";
                }
            }
            // "will cede sovereignty of the islands and pay Mauritius": the land a handover gives is no side; its recipient is.
            if (plover is "CONCEDE" or "COOPERATE" or "AGREE" or "RETREAT" && TargetRecipients.Of(document, reading.Act ?? trigger, arguments.Target, groups) is { } recipients
                && Resolve(document, recipients, date, index) is { Count: > 0 } given && !given.Exists(g => source.Exists(x => x.Code.Country == g.Code.Country)))
            {
                target.Clear();
                target.AddRange(given);
                rule += "+target.recipient";
            }
            // "flew to Cairo", "a visit to Beijing": a visit abroad is to the country of the place visited, its host.
            if (target.Count == 0 && reading.Act is null && trigger.Pattern.Mode == "visit" && source.Count > 0 && EventPlaces.LocationTarget(document, sentence, trigger, index) is { } host
                && !source.Exists(a => a.Code.Country == host.Code.Country))
            {
                target.Add(host);
                rule += "+target.host";
            }
            // "freed Walter Sisulu", "shut down the Daily News", "removed Bashir and jailed him": a named object Parley cannot code is of its home country.
            if (target.Count == 0 && reading.Framed is null or { Plover: "REQUEST" } && TargetUncoded.Of(document, kb, sentence, trigger, arguments.ClauseStartToken, plover, source, index,
                    m => _actors.Resolve(document, m, date, index)) is { } uncoded)
            {
                target.Add(uncoded.Actor);
                rule += uncoded.Rule;
            }
            // "requested the return of the statues from the Egyptian Museum": a return is asked of whoever holds it.
            if (target.Count == 0 && plover == "REQUEST" && source.Count > 0 && RequestedFrom.Of(document, kb, sentence, reading.Act ?? trigger, source) is { } holder)
            {
                target.Add(holder);
                rule += "+target.holder";
            }
            // "levied tariffs on copper from 20 countries, including the EU bloc": the named members of a listed side are the target.
            if (target.Count == 0 && TargetListed.Members(document, sentence, reading.Act ?? trigger, groups) is { Length: > 0 } members)
            {
                var listed = Resolve(document, members, date, index);
                listed.RemoveAll(t => source.Exists(x => x.Code.Country == t.Code.Country));
                if (listed.Count > 0)
                {
                    target.AddRange(listed);
                    rule += "+target.listed";
                }
            }
            // "the reporter received a press freedom prize from the ambassador": a receiver named by what it is, not by a country, is of the story's country.
            if (target.Count == 0 && source.Count > 0 && trigger.Pattern.Source == SourceSlot.Giver && reading.Framed is null
                && UnnamedTargets.Bearer(document, kb, sentence, arguments.ClauseStartToken, trigger) is { } receiver && !source.Exists(a => a.Code.Country == receiver.Code.Country))
            {
                target.Add(receiver);
                rule += "+target.unnamed";
            }
            // "appealed for international help", "bowed to international pressure": help or pressure from the world at large is the international community's.
            if (target.Count == 0 && WorldSides.Of(document, sentence, trigger, reading.Act ?? trigger, plover, source) is { } world)
            {
                target.Add(world);
                rule += "+target.world";
            }
            // "bowed to pressure from Western donors", "brushing aside calls from Britain": a refusal or a concession answers who pressed for it.
            if (target.Count == 0 && plover is "REJECT" or "CONCEDE" && source.Count > 0 && PressureSources.Of(document, kb, sentence, groups, arguments.Source, source, out var pressingCapital) is { } pressing)
            {
                var pressers = pressingCapital is { } c ? [c] : Resolve(document, pressing, date, index);
                pressers.RemoveAll(t => source.Exists(x => x.Entity == t.Entity || x.Code == t.Code));
                if (pressers.Count > 0)
                {
                    target.AddRange(pressers);
                    rule += "+target.pressure";
                }
            }
            // "turned down a request from Quebec's premier": the presser named by what it is, of the source's own country too.
            if (target.Count == 0 && plover is "REJECT" or "CONCEDE" && source.Count > 0 && PressureSources.Unnamed(document, kb, sentence, plover, source) is { } asker)
            {
                target.Add(asker);
                rule += "+target.pressure";
            }
            // "bowing to weeks of protests, the president resigned", "yielded to Solidarity": a concession to street pressure is to the source's own country.
            if (target.Count == 0 && ConcededProtests.Of(document, sentence, plover, source) is { } street)
            {
                target.Add(street);
                rule += "+target.street";
            }
            // "vowed a response to the tariffs imposed by Ottawa", "opened an inquiry into killings by soldiers": the author of the
            // deed a response answers or an investigation looks into.
            var inquiry = reading.Framed is null && trigger.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal);
            if (target.Count == 0 && source.Count > 0 && (plover == "THREATEN" || inquiry) && DeedAuthors.Of(document, sentence, trigger, groups, inquiry) is { } deedAuthor
                && !deedAuthor.Mentions.Any(arguments.Source.Contains) && Resolve(document, deedAuthor.Mentions, date, index) is { Count: > 0 } authors
                && !authors.Exists(a => source.Exists(x => x.Code.Country == a.Code.Country)))
            {
                target.AddRange(authors);
                rule += "+target.deed";
            }
            if (target.Count == 0 && UnnamedSide(document, sentence, reading, trigger, arguments, plover, source, groups, date, index, context, place) is { } side)
            {
                target.AddRange(side.Target);
                rule += side.Rule;
            }
            // "put its forces on alert after Turkish commandos landed": a show of force answers the one whose act it followed;
            // "the last troops crossed out of Afghanistan": a withdrawal is from the country left.
            if (target.Count == 0 && source.Count > 0 && plover is "MOBILIZE" or "RETREAT" && reading.Framed is null
                && (plover == "MOBILIZE" ? OtherSides.Provoker(document, sentence, trigger, groups) : OtherSides.Left(document, sentence, groups)) is { } other
                && !other.Mentions.Any(arguments.Source.Contains))
            {
                var others = Resolve(document, other.Mentions, date, index);
                others.RemoveAll(t => source.Exists(x => x.Code.Country == t.Code.Country) || plover == "RETREAT" && !IsState(document, t));
                if (others.Count > 0)
                {
                    target.AddRange(others);
                    rule += plover == "MOBILIZE" ? "+target.provoker" : "+target.left";
                }
            }
            // "gathered tanks near its border with Kosovo": a show of force at a shared border faces the country across it.
            if (target.Count == 0 && source.Count > 0 && plover == "MOBILIZE" && reading.Framed is null && OtherSides.Across(document, sentence, trigger, groups) is { } across
                && !across.Mentions.Any(arguments.Source.Contains) && Resolve(document, across.Mentions, date, index) is { Count: > 0 } faced
                && !faced.Exists(t => source.Exists(x => x.Code.Country == t.Code.Country)))
            {
                target.AddRange(faced);
                rule += "+target.border";
            }
            // "plunged Turkey into recession after Trump's imposition of sanctions": sanctions that name no object are aimed at
            // the one other country their sentence names.
            if (target.Count == 0 && plover == "SANCTION" && source.Count > 0 && source[0].Code.Sector is null or "GOV" && OnlyOtherCountry(document, groups, source) is { } sanctioned
                && Resolve(document, [sanctioned], date, index) is [{ } hit])
            {
                target.Add(hit);
                rule += "+target.sanctioned";
                confidence -= 0.1;
            }
            // "arrived in Beijing on Thursday for talks": talks a visitor came for are with the host.
            if (target.Count == 0 && source.Count == 1 && plover == "CONSULT" && reading.Framed is null && OtherSides.Host(document, sentence, trigger, source) is { } arrivedIn)
            {
                target.Add(arrivedIn);
                rule += "+target.host";
            }
            // "the ASEAN meeting", "a trade deal": a meeting or an agreement named with one side only says nothing about who met whom.
            if (trigger.Pattern.Kind == TriggerKind.Noun && trigger.Pattern.Plover is "CONSULT" or "AGREE" or "COOPERATE" && target.Count == 0 && source.Count < 2)
                return false;
            // "Opposition parties rejected the budget": an opposition that names nobody answers its own government.
            // With no government named yet, the state itself, at its first mention ("Cameroon's opposition alleged fraud").
            if (target.Count == 0 && source.Count > 0 && source.TrueForAll(a => a.Code.Sector == "OPP") && (reading.Framed?.Plover ?? trigger.Pattern.Plover) is "REJECT" or "ACCUSE" or "REQUEST"
                && (context.GovernmentOf(source[0].Code.Country) ?? (source[0].Code.Country is { Length: 3 } opposed ? StoryActor(document, opposed, "GOV") : null)) is { } government)
            {
                target.Add(government);
                rule += "+target.government";
                confidence -= 0.2;
            }
            // The unnamed other side of a scheduled encounter ("he is expected to raise concerns") is the partner already named;
            // so is the other side of a reply ("rejected the resolution", "denied the claims", "is negotiating a loan").
            if (target.Count == 0 && (factuality is Factuality.Future or Factuality.Hypothetical || (reading.Framed?.Plover ?? trigger.Pattern.Plover) is "REJECT" or "CONSULT" or "REQUEST" or "ACCUSE" or "THREATEN")
                && (trigger.Pattern.TargetIsObject || trigger.Pattern.TargetPrepositions.Length > 0)
                && (context.CounterpartOf(source) ?? DiscourseContext.OtherSide(aboutScheduled, source)) is { Code.Country.Length: > 0 } partner
                && !source.Exists(a => a.Code == partner.Code))
            {
                target.Add(partner);
                rule += "+target.counterpart";
                confidence -= 0.2;
            }
            // "Afghan authorities barred girls from school", "legalised opposition parties": the unnamed people a state coerces or
            // concedes to are its own (not those it deports, unless a demonym places them: "deported Indonesian workers").
            if (target.Count == 0 && reading.Framed is null or { Plover: "THREATEN" or "AGREE" }
                && DomesticTargets.Of(document, kb, trigger, reading.Act, plover, !(reading.Act ?? trigger).Pattern.Cameo.StartsWith("174", StringComparison.Ordinal), arguments.ClauseStartToken, sentence.EndToken, source) is { } own)
            {
                target.Add(own);
                rule += "+target.domestic";
            }
            // "relaxed curbs on private business, allowing farmers to sell their crops": a concession is to those it permits.
            if (target.Count == 0 && plover is "CONCEDE" or "AGREE" && reading.Framed is null && DomesticTargets.Permitted(document, kb, trigger, sentence.EndToken, source) is { } permitted)
            {
                target.Add(permitted);
                rule += "+target.domestic";
            }
            // "Rioters looted shops in protest at price rises imposed by the government": a protest at home is aimed at its own rulers.
            if (target.Count == 0 && plover == "PROTEST" && DomesticTargets.Ruler(document, trigger, sentence.EndToken, source) is { } ruler)
            {
                target.Add(ruler);
                rule += "+target.ruler";
            }
            // "Rioters looted shops for a day after the government raised prices": the unnamed government later in the sentence is the protest's target.
            if (target.Count == 0 && ProtestGovernments.Of(document, sentence, trigger, plover, source) is { } rulers)
            {
                target.Add(rulers);
                rule += "+target.rulers";
            }
            // "imposed martial law on three southern provinces": a state's coercion of an unnamed part of its land is aimed at home.
            if (target.Count == 0 && plover is "COERCE" or "MOBILIZE" && reading.Framed is null && DomesticTargets.Territory(document, trigger, sentence.EndToken, source, sent: plover == "MOBILIZE") is { } land)
            {
                target.Add(land);
                rule += "+target.territory";
            }
            // "Serbia lifted a curfew in Montenegro", "tanks fired at targets in Jericho": where a domestic or military act
            // lands names its target, the country of that place.
            // The act's own type decides, not a frame's: "will evacuate settlements in Gaza" lands in Gaza.
            // A place near a rejection or an appeal is what it is about ("dismissed claims it bought arms from North Korea");
            // asylum sought "in Germany" is sought from it. Deportees sent "to China" or "from Guantanamo" are the ones expelled, not the place.
            // "in exchange for fuel oil from Washington", "relations with Islamabad": a capital named as a party is its government.
            if (target.Count == 0 && TargetCapitals.Party(document, kb, sentence, trigger, source) is { } capital)
            {
                target.Add(capital);
                rule += "+target.capital";
            }
            // "hailed the handover of power in Ghana", "a return to civilian rule in Niger was demanded by ECOWAS": the country of the affair.
            // "agreed to recognise diplomas awarded in Kosovo": so is a governed act of praise or demand, read from its own words.
            var affairAct = reading.Act is { Pattern: { Plover: "SUPPORT" or "REQUEST", Kind: TriggerKind.Verb } } governed ? governed : trigger;
            if (target.Count == 0 && source.Count > 0 && (plover is "SUPPORT" or "REQUEST" || affairAct != trigger) && affairAct.Pattern.Kind == TriggerKind.Verb
                && TargetAffairs.Of(document, sentence, affairAct, arguments.ClauseStartToken, Undergoers.IsPassive(document, affairAct), index) is { } affair
                && !source.Exists(a => a.Code.Country == affair.Code.Country))
            {
                target.Add(affair);
                rule += "+target.affair";
            }
            var landing = reading.Act?.Pattern ?? trigger.Pattern;
            if (target.Count == 0 && landing.Plover is not ("CONSULT" or "AGREE" or "SUPPORT" or "COOPERATE" or "REJECT") && !(landing.Plover == "REQUEST" && landing.Kind == TriggerKind.Frame)
                && !landing.Cameo.StartsWith("174", StringComparison.Ordinal)
                && EventPlaces.LocationTarget(document, sentence, trigger, index) is { } location)
            {
                target.Add(location);
                rule += "+target.location";
                if (TargetConjoined.PlaceAfter(document, location, index) is { } second && !source.Exists(a => a.Code.Country == second.Code.Country))
                    target.Add(second); // "appealed to Tehran and Baghdad"
            }
            // "imposed a state of emergency", "cracked down": restrictions and repression that name no one are aimed at home.
            if (target.Count == 0 && reading.Framed is null && TargetStates.Restricted(document, kb, trigger, trigger.Pattern.Cameo, source) is { } home)
            {
                target.Add(home);
                rule += "+target.home";
            }
            // "Several months later, North Korea invaded.": an attack told with nothing after it is on the one its source last dealt with.
            if (target.Count == 0 && plover == "ASSAULT" && reading.Framed is null && trigger.Pattern.Kind == TriggerKind.Verb && trigger.EndToken - trigger.FirstToken == 1 && source.Count > 0
                && trigger.EndToken < sentence.EndToken && document.Slice(document.Tokens[trigger.EndToken].Range) is "." or ";" or "!"
                && context.CounterpartOf(source) is { Code.Country.Length: 3 } foe && !source.Exists(a => a.Code.Country == foe.Code.Country))
            {
                target.Add(foe);
                rule += "+target.counterpart";
                confidence -= 0.2;
            }
            // "Coal miners stayed off work, demanding their wages": people protesting at home with no one named protest against their own state.
            if (target.Count == 0 && plover == "PROTEST" && reading.Framed is null && TargetStates.Protested(document, kb, trigger, source) is { } state)
            {
                target.Add(state);
                rule += "+target.state";
            }
            // "pledged 30 million euros in aid for Yemen. ... Spain pledged 5 million": a pledge or gift of aid that names no one is
            // for the recipient of the aid the story told before.
            if (target.Count == 0 && source.Count > 0 && (IsAidCode(trigger.Pattern.Cameo) || IsAidCode(reading.Act?.Pattern.Cameo) || IsAidCode(reading.Framed?.Cameo))
                && context.LastAidRecipient is { } aided && !source.Exists(a => a.Code.Country == aided.Code.Country))
            {
                target.Add(aided);
                rule += "+target.aided";
                confidence -= 0.1;
            }
            // "Prosecutors accused Iran of the plot. ... Tehran called the allegations baseless": a denial that names no one answers
            // the last accusation the story told against the denier's country.
            if (target.Count == 0 && source.Count > 0 && (reading.Framed?.Cameo ?? trigger.Pattern.Cameo) == "016" && LastAccuser(document, context, source, date, index) is { } accuser)
            {
                target.Add(accuser);
                rule += "+target.accuser";
                confidence -= 0.1;
            }
            // "The U.N. mediator for Yemen urged a halt to the fighting", "the Taliban detonated a car bomb": in a story about one
            // country, an act that names no one is aimed at that country (StorySide).
            if (target.Count == 0 && StorySide(document, trigger, plover, source) is { } story)
            {
                target.Add(story);
                rule += "+target.story";
                confidence -= 0.15;
            }
            // "In Laos, charities handed out blankets": humanitarian relief that names no one is for the people of the crisis (ReliefRecipients).
            if (target.Count == 0 && source.Count > 0 && (reading.Framed?.Cameo ?? trigger.Pattern.Cameo) == "073"
                && ReliefRecipients.Of(document, sentence, trigger, index) is { Count: > 0 } crisis)
            {
                target.AddRange(crisis);
                rule += "+target.crisis";
                confidence -= 0.15;
            }
            // "vowed that warships would stop a Turkish vessel": a threat is aimed at the first other side its own clause
            // names (read late: a place the act lands in or the story's side comes first).
            // A noun's own phrase names its maker ("threats of Washington sanctions"), not whom it menaces: verbs only.
            if (target.Count == 0 && source.Count > 0 && plover == "THREATEN" && trigger.Pattern.Kind != TriggerKind.Noun)
                foreach (var m in FramedObjects.InClause(document, sentence, trigger, arguments.Source))
                {
                    var menaced = Resolve(document, [m], date, index);
                    menaced.RemoveAll(t => source.Exists(x => x.Entity == t.Entity || x.Code.Country == t.Code.Country));
                    if (menaced.Count == 0)
                        continue;
                    target.AddRange(menaced);
                    rule += "+target.menaced";
                    confidence -= 0.1;
                    break;
                }
            // "denounced what she termed a coup by the generals": so is blame for a deed named in a free relative.
            // "cannot accept the ruling of the international boundary commission": a refusal of a deed, or blame for it, is aimed at its
            // author named by what it is. Accepting a ruling is aimed at the side it settles with, whom the lone other state names.
            if (target.Count == 0 && source.Count > 0 && plover is "REJECT" or "ACCUSE" && reading.Framed is null
                && TargetOwners.AuthorStart(document, Targets.SkipFreeRelative(document, Targets.ObjectStart(document, trigger), sentence.EndToken), sentence.EndToken) is { } authorStart
                && UnnamedTargets.PhraseAt(document, kb, sentence, authorStart, plover, source) is { } author && !source.Exists(a => a.Code == author.Code))
            {
                target.Add(author);
                rule += "+target.author";
            }
            // "agreed to confine its fighters under a deal struck with the prime minister": an act done under a deal is aimed at the deal's partner.
            if (target.Count == 0 && source.Count > 0 && plover is "AGREE" or "RETREAT" or "CONCEDE" or "COOPERATE"
                && TargetPartners.Of(document, sentence, (reading.Act ?? trigger).EndToken, groups) is { } dealPartner
                && Resolve(document, dealPartner.Mentions, date, index) is { Count: > 0 } partners && !partners.Exists(p => source.Exists(x => x.Entity == p.Entity || x.Code == p.Code)))
            {
                target.AddRange(partners);
                rule += "+target.partner";
            }
            // "agreed to freeze its reactors under an accord concluded with the United States": an act between states that names
            // no other side is aimed at the one other state its sentence names.
            // A frame's act counts as its verb: "agreed to dismantle ... under a deal worked out with Britain".
            if (target.Count == 0 && source.Count > 0 && plover is not ("CONSULT" or "PROTEST") && (reading.Act ?? trigger) is { Pattern.Kind: TriggerKind.Verb } acted
                && (reading.Framed is null || reading.Act is not null) && (acted.Pattern.TargetIsObject || acted.Pattern.TargetPrepositions.Length > 0)
                && acted.Pattern.Cameo != "016" // "dismissed accusations it buys drones from Iran": the state is in what is denied
                && OnlyOtherCountry(document, groups, source) is { } onlyOther && document.Mentions[onlyOther].Start > acted.Range.End
                && !Clauses.HasComma(document, acted.EndToken, index.TokenAt(document.Mentions[onlyOther].Start)) // ", accusing them of spying for American forces"
                && Resolve(document, [onlyOther], date, index) is [{ } lone])
            {
                target.Add(lone);
                rule += "+target.other";
                confidence -= 0.15;
            }
            // "appealed to the Paris Club": a place's name before Club or Group names an international body, not its state.
            for (var i = 0; i < target.Count; i++)
                if (TargetBodies.Of(document, target[i], plover) is { } body)
                {
                    target[i] = body;
                    rule += "+target.body";
                }
        return true;
    }

    /// <summary>The source of the latest accusation coded in the story against the country of <paramref name="denier"/>, not of that country itself; null when none.</summary>
    private EventActor? LastAccuser(Document document, DiscourseContext context, List<EventActor> denier, DateOnly? date, TokenIndex index)
    {
        var country = denier[0].Code.Country;
        if (country is not { Length: 3 } || country is "IGO" or "NGO" or "---")
            return null;
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var act = context.Acts[i];
            // The denier's own side: "the Taliban" accused is not the Afghan government that denies.
            if (act.Plover != "ACCUSE" || Resolve(document, act.Target, date, index) is not { } accused
                || !accused.Exists(a => a.Code.Country == country && (a.Code.Sector is null || denier[0].Code.Sector is null || a.Code.Sector == denier[0].Code.Sector)))
                continue;
            var accusers = Resolve(document, act.Source, date, index);
            return accusers.Find(a => a.Code.Country is { Length: 3 } c && c != country && c != "---");
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
