using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// <c>events.Coder.v1</c>: finds pattern triggers, their source and target actors in the clause, factuality, the
/// event's own time and place, and codes them in PLOVER and CAMEO with the evidence for every field.
/// </summary>
public sealed class EventCoder(KnowledgeBase kb, IReadOnlyList<EventPattern> patterns) : IComponent
{
    private readonly TriggerFinder _triggers = new(patterns);

    /// <summary>One-word nominal patterns by word: "Brazil's sanctions" is the noun when the verb reading fails.</summary>
    private readonly FrozenDictionary<string, EventPattern> _nouns = NounsByWord(patterns);
    private readonly ActorResolver _actors = new(kb, patterns);

    public string Name => "events.Coder.v1";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times | Layers.Entities | Layers.Places;
    public Layers Assigns => Layers.Events;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var index = new TokenIndex(document);
        var events = new List<CodedEvent>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var context = new DiscourseContext();
        var triggers = new List<TriggerMatch>();
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            // "Osama bin Laden's al-Qaeda": a name Parley cannot code does not stand in for the actor next to it.
            var groups = ActorGroups.Of(document, sentence, index, m => _actors.Resolve(document, m, document.Published?.Date, index) is not null, kb.Agents);
            triggers.Clear();
            _triggers.Find(document, sentence, triggers);
            var consumed = 0UL; // bit i: trigger i is the act of an earlier frame (sentences rarely hold 64 triggers)
            var open = 0UL; // bit i: trigger i is what an earlier frame asks or offers, so it has not happened
            for (var i = 0; i < triggers.Count; i++)
            {
                var trigger = triggers[i];
                if (trigger.Pattern.IsBlocker || i < 64 && (consumed & (1UL << i)) != 0 || Complements.IsInfinitiveComplement(document, triggers, i))
                    continue;
                var reading = new Reading(trigger, null, null, trigger.FirstToken, i < 64 && (open & (1UL << i)) != 0);
                var governed = trigger.Pattern.Kind == TriggerKind.Frame ? Complements.ActOf(document, triggers, i) : null;
                // What an accusation, a denial or a demand is about is no asserted event of its own.
                // A frame with no act of its own ("ordered the army to immediately seal ...") leaves its content open, not unsaid.
                var contentEnd = Math.Min(Complements.ContentEnd(document, triggers, i, governed), 64);
                for (var k = i + 1; k < contentEnd; k++)
                {
                    if (trigger.Pattern.Kind == TriggerKind.Frame && governed is null)
                        open |= 1UL << k;
                    else
                        consumed |= 1UL << k;
                }
                if (governed is { } j)
                    reading = reading with { Act = triggers[j], Framed = IntentCodes.Apply(trigger.Pattern.Plover, triggers[j].Pattern) };
                else if (Complements.ModalIntent(document, sentence, trigger) is { } intent)
                {
                    reading = reading with { Framed = IntentCodes.Apply(intent.Frame, trigger.Pattern), CueEnd = intent.ModalToken };
                }
                var found = Code(document, s, sentence, reading, groups, index, context);
                if (found is null || !seen.Add(Key(found)))
                    continue;
                events.Add(found);
                context.Record(found);
            }
            context.EndSentence(document, groups);
        }
        document.SetEvents([.. events]);
    }

    /// <summary>How a trigger is read: alone, as a frame over an act ("offered to release"), or as a modal intent ("will release").</summary>
    private readonly record struct Reading(TriggerMatch Trigger, TriggerMatch? Act, FramedCode? Framed, int CueEnd, bool Open = false);

    private CodedEvent? Code(Document document, int s, Sentence sentence, Reading reading, List<ActorGroup> groups, TokenIndex index, DiscourseContext context)
    {
        var trigger = reading.Trigger;
        if (InName(document, trigger.FirstToken, sentence.FirstToken))
            return null; // "Naval Station Guantanamo", "Meet the Press", "the Hanoi Summit": a word of a name is not a trigger
        // "its readiness to meet": a frame named by a noun still frames its act.
        var nounFrame = reading.Act is not null && document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ness", StringComparison.OrdinalIgnoreCase);
        if (trigger.Pattern.Kind != TriggerKind.Noun && !nounFrame && !VerbUse.IsVerb(document, trigger.FirstToken, sentence.FirstToken))
        {
            // "Beijing's sanctions list", "the attack", "their first meeting": a verb form used as a noun, coded as the noun if one is.
            if (reading.Framed is not null || trigger.EndToken - trigger.FirstToken != 1
                || !_nouns.TryGetValue(document.TextOf(document.Tokens[trigger.FirstToken].Range), out var noun))
                return null;
            trigger = trigger with { Pattern = noun };
        }
        var arguments = ArgumentFinder.Find(document, sentence, trigger, groups, context);
        // "Demonstrators in Baghdad blocked ...": an uncoded subject acts for the place its phrase names.
        var (placeSubject, subjectRule) = arguments.Source.Length == 0 && trigger.Pattern.Kind != TriggerKind.Noun && trigger.Pattern.Source != SourceSlot.Speaker
            ? UncodedSubject(document, sentence, trigger, arguments.ClauseStartToken, index) : (null, "");
        // Violence against a named victim is news even when the text does not say who did it ("three soldiers were killed").
        // "A suicide bomber killed 20 people in Baghdad": where the violence struck names its victim's country.
        var agentless = arguments.Source.Length == 0 && placeSubject is null && trigger.Pattern.Kind == TriggerKind.Verb && trigger.Pattern.Plover is "ASSAULT" or "COERCE"
            && (arguments.Target.Length > 0 || reading.Framed is null && trigger.Pattern.Plover == "ASSAULT" && LocationTarget(document, sentence, trigger, index) is not null)
            && !NaturalCause(document, arguments.ClauseStartToken, Math.Min(sentence.EndToken, trigger.EndToken + LocationWindow));
        if (arguments.Source.Length == 0 && placeSubject is null && !agentless)
            return null;
        if (placeSubject is not null)
            arguments = arguments with { Confidence = arguments.Confidence - 0.1 };
        if (agentless)
            arguments = arguments with { Confidence = arguments.Confidence - 0.25 };
        if (arguments.Target.Length == 0 && reading.Act is { } act)
        {
            // "demanded that Israel ease ...": the one asked is the act's subject, between the frame and the act.
            var asked = reading.Framed is { Plover: "REQUEST" } ? ArgumentFinder.Between(groups, trigger.EndToken, act.FirstToken) : [];
            arguments = arguments with { Target = asked.Length > 0 ? asked : ArgumentFinder.TargetOf(document, sentence, act, groups, arguments.Source) };
        }
        if (trigger.Pattern.Kind == TriggerKind.Frame && reading.Act is null && reading.Framed is null && arguments.Target.Length == 0)
            arguments = arguments with { Confidence = arguments.Confidence - 0.1 }; // "ordered", "vowed" with neither act nor target
        context.NotePair(arguments.Source, arguments.Target);

        var range = reading.Act is { } a ? new TextRange(trigger.Range.Start, a.Range.End)
            : reading.CueEnd < trigger.FirstToken ? new TextRange(document.Tokens[reading.CueEnd].Start, trigger.Range.End) : trigger.Range;
        var time = EventTimeResolver.Resolve(document, s, trigger.Range);
        var factuality = FactualityClassifier.Classify(document, arguments.CueStartToken, reading.CueEnd);
        if (factuality is Factuality.Asserted or Factuality.Future
            && (trigger.Pattern.Kind == TriggerKind.Noun && FactualityClassifier.HedgedAfter(document, trigger.EndToken, sentence.EndToken)
                || FactualityClassifier.HedgedBefore(document, sentence.FirstToken, arguments.ClauseStartToken)))
            factuality = Factuality.Hypothetical;
        if (reading.Open && factuality == Factuality.Asserted)
            factuality = Factuality.Hypothetical;
        factuality = FactualityClassifier.WithTime(factuality, time, document.Published);
        var rule = reading.Framed is null ? trigger.Pattern.Id
            : reading.Act is { } governed ? $"{trigger.Pattern.Id}+{governed.Pattern.Id}" : $"frame.modal.v1+{trigger.Pattern.Id}";
        var confidence = arguments.Confidence;
        Gazetted? place = PlaceOf(document, sentence, trigger, index);

        // A scheduled event's details carry over to what is said about it afterwards ("he is expected to raise ...").
        if (time.Basis != TimeBasis.Explicit && factuality is Factuality.Future or Factuality.Hypothetical && context.LastScheduled is { } scheduled)
        {
            time = scheduled.Time with { Basis = TimeBasis.Inherited };
            // A region named in passing ("activities in the Indo-Pacific") is a topic, not where the scheduled event is.
            if (place is null || place.Feature is PlaceFeature.Region or PlaceFeature.Other)
                place = scheduled.Place ?? place;
        }

        var date = ActorResolver.RoleDate(time, document.Published);
        var source = Resolve(document, arguments.Source, date, index);
        var target = Resolve(document, arguments.Target, date, index);
        if (placeSubject is not null)
        {
            source.Add(placeSubject);
            rule += subjectRule;
        }
        // An actor does not act on itself: the same actor code on the same entity, or on a mention of the state itself ("Wang
        // ... against Beijing"), is a misreading; a state's own agents may act on it ("Croatia is investigating Croatian extremists").
        if (!arguments.Reciprocal)
            target.RemoveAll(t => source.Exists(x => x.Code == t.Code && (x.Entity == t.Entity || IsState(document, t) || IsState(document, x))));
        else
            (source, target) = BothWays(source, target);
        if (source.Count == 0 && !(agentless && (target.Count > 0 || arguments.Target.Length == 0)))
            return null; // an agentless act keeps its victim, named or placed (the place is added below)
        // "A roadside bomb near Samarra killed a soldier": an attack whose subject is a thing, not an actor, is the unidentified
        // armed forces' (UAF) of the country where it happened; a passive without a by-phrase leaves the actor untold.
        if (source.Count == 0 && (reading.Framed?.Plover ?? trigger.Pattern.Plover) == "ASSAULT" && place is { } scene && !ArgumentFinder.IsPassive(document, trigger) && AttachedTargets.ThingBefore(document, sentence, trigger)
            && SceneActor(document, sentence, scene) is { } unidentified)
        {
            source.Add(unidentified);
            rule += "+source.scene";
        }
        // "the ASEAN meeting", "a trade deal": a meeting or an agreement named with one side only says nothing about who met whom.
        if (trigger.Pattern.Kind == TriggerKind.Noun && trigger.Pattern.Plover is "CONSULT" or "AGREE" or "COOPERATE" && target.Count == 0 && source.Count < 2)
            return null;
        // The unnamed other side of a scheduled encounter ("he is expected to raise concerns") is the partner already named.
        if (target.Count == 0 && factuality is Factuality.Future or Factuality.Hypothetical
            && (trigger.Pattern.TargetIsObject || trigger.Pattern.TargetPrepositions.Length > 0) && context.CounterpartOf(source) is { } partner)
        {
            target.Add(partner);
            rule += "+target.counterpart";
            confidence -= 0.2;
        }
        var plover = reading.Framed?.Plover ?? trigger.Pattern.Plover;
        // "Serbia lifted a curfew in Montenegro", "tanks fired at targets in Jericho": where a domestic or military act
        // lands names its target, the country of that place.
        // The act's own type decides, not a frame's: "will evacuate settlements in Gaza" lands in Gaza.
        if (target.Count == 0 && (reading.Act?.Pattern.Plover ?? trigger.Pattern.Plover) is not ("CONSULT" or "AGREE" or "SUPPORT" or "COOPERATE") && LocationTarget(document, sentence, trigger, index) is { } location)
        {
            target.Add(location);
            rule += "+target.location";
        }

        var cameo = reading.Framed?.Cameo ?? trigger.Pattern.Cameo;
        if (reading.Framed is null && trigger.Pattern.Mode == "meet" && place is { } where && !source.Exists(a => a.Code.Country == where.Country) && !target.Exists(a => a.Code.Country == where.Country) && target.Count > 0)
            cameo = "044"; // meeting at a third location
        var entry = kb.CameoOf(cameo);
        var mode = cameo == "044" ? "third-party" : reading.Framed is { } f ? f.Mode : trigger.Pattern.Mode;
        return new CodedEvent(plover, mode, cameo, entry?.Goldstein ?? 0, entry?.Quad ?? QuadOf(cameo), factuality,
            source, target, time, place, range, sentence.Range, Math.Clamp(confidence, 0.05, 0.99), rule);
    }

    /// <summary>A subject Parley cannot code that still says who acted, and the rule suffix saying how it was read.</summary>
    private (EventActor?, string) UncodedSubject(Document document, Sentence sentence, TriggerMatch trigger, int clauseStart, TokenIndex index)
    {
        // "leaders of ISIS, killed in a strike", "was arrested": a passive's subject is its victim, not its actor.
        if (SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken))
            return (null, "");
        EventActor? Resolve(int m) => _actors.Resolve(document, m, document.Published?.Date, index);
        if (trigger.Pattern.Plover == "PROTEST" && UncodedSubjects.Protesters(document, kb, clauseStart, trigger, sentence.EndToken, index) is { } protesters)
            return (protesters, "+source.place");
        return UncodedSubjects.Named(document, sentence.FirstToken, clauseStart, trigger.FirstToken, index, Resolve) is { } named ? (named, "+source.name") : (null, "");
    }

    /// <summary>The first named place within a few words after the trigger, as an actor of its country (no sector: the place, not its government).</summary>
    private static EventActor? LocationTarget(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        foreach (var p in document.Places)
        {
            if (p.Start < trigger.Range.End || p.End > sentence.End || index.TokenAt(p.Start) - trigger.EndToken > LocationWindow)
                continue;
            foreach (var m in document.Mentions)
                if (m.Start <= p.Start && m.End >= p.End)
                    return new EventActor(new TextRange(p.Start, p.End), m.Entity, p.Where.Name, new ActorCode(p.Where.Country, null), null);
            return null;
        }
        return null;
    }

    private const int LocationWindow = 10;

    private static bool IsState(Document document, EventActor actor) =>
        document.Entities[actor.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) == true;

    /// <summary>The scene of an attack as an actor: its country's unidentified armed forces (CAMEO's UAF).</summary>
    private static EventActor? SceneActor(Document document, Sentence sentence, Gazetted scene)
    {
        foreach (var p in document.Places)
        {
            if (p.Start < sentence.Start || p.End > sentence.End || p.Where != scene || p.Where.Country.Length != 3)
                continue;
            foreach (var m in document.Mentions)
                if (m.Start <= p.Start && m.End >= p.End)
                    return new EventActor(new TextRange(p.Start, p.End), m.Entity, p.Where.Name, new ActorCode(p.Where.Country, "UAF"), null);
        }
        return null;
    }

    /// <summary>"The storm killed 20 people", "were killed in a car crash": a death nobody caused is no act of violence.</summary>
    private static bool NaturalCause(Document document, int from, int to)
    {
        var causes = Cues.NaturalCauses.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < to; t++)
            if (causes.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>A capitalised trigger word inside a sentence (not after a colon or dash) belongs to a name, a quoted title included.</summary>
    private static bool InName(Document document, int token, int sentenceStart)
    {
        if (token == sentenceStart || !document.Tokens[token].Is(TokenShape.Capitalized))
            return false;
        var previous = document.Slice(document.Tokens[token - 1].Range);
        return previous is not (":" or "—" or "–");
    }

    private static FrozenDictionary<string, EventPattern> NounsByWord(IReadOnlyList<EventPattern> patterns)
    {
        var byWord = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
            if (p.Kind == TriggerKind.Noun && p.Trigger.Length == 1)
                foreach (var form in p.Trigger[0])
                    byWord.TryAdd(form, p);
        return byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private List<EventActor> Resolve(Document document, int[] mentions, DateOnly? date, TokenIndex index)
    {
        var actors = new List<EventActor>(mentions.Length);
        foreach (var m in mentions)
            if (_actors.Resolve(document, m, date, index) is { } actor && !actors.Exists(a => a.Entity == actor.Entity))
                actors.Add(actor);
        return actors;
    }

    /// <summary>The place named in the sentence nearest the trigger, cities before countries.</summary>
    /// <summary>
    /// A place after the trigger in "a topic noun + in" ("discussed the war in Ukraine") is what was talked about, not
    /// where: the event keeps a venue named elsewhere in the sentence, or none. The trigger's own noun ("fighting in
    /// Gaza") is not a topic.
    /// </summary>
    private static bool IsTopic(Document document, Place place, TriggerMatch trigger, TokenIndex index)
    {
        if (place.Start < trigger.Range.End)
            return false;
        var tokens = document.Tokens;
        var at = index.TokenAt(place.Start);
        if (at < 2 || at - 2 < trigger.EndToken || !document.Slice(tokens[at - 1].Range).Equals("in", StringComparison.OrdinalIgnoreCase))
            return false;
        return Cues.TopicNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[at - 2].Range));
    }

    private static Gazetted? PlaceOf(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        Place? best = null;
        foreach (var p in document.Places)
        {
            if (p.Start < sentence.Start || p.End > sentence.End || IsTopic(document, p, trigger, index))
                continue;
            if (best is null || Rank(p) < Rank(best.Value) || Rank(p) == Rank(best.Value) && Distance(p, trigger) < Distance(best.Value, trigger))
                best = p;
        }
        return best?.Where;

        static int Rank(Place p) => p.Where.Feature switch { PlaceFeature.City => 0, PlaceFeature.Admin1 or PlaceFeature.Admin2 => 1, PlaceFeature.Country => 2, _ => 3 };
        static int Distance(Place p, TriggerMatch t) => Math.Abs(p.Start - t.Range.Start);
    }

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

    private static int QuadOf(string cameo) => int.Parse(cameo[..2], System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    /// <summary>Two codings of the same event in one article (a preview names the meeting twice) are one event.</summary>
    private static string Key(CodedEvent e) =>
        string.Join('|', e.Plover, e.Cameo, e.Factuality, e.Time.Value,
            string.Join(',', e.Source.Select(a => a.Code.Code).Order()), string.Join(',', e.Target.Select(a => a.Code.Code).Order()));
}
