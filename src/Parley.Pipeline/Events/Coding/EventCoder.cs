using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// <c>events.Coder.v1</c>: finds pattern triggers, their source and target actors in the clause, factuality, the
/// event's own time and place, and codes them in PLOVER and CAMEO with the evidence for every field.
/// </summary>
public sealed partial class EventCoder(KnowledgeBase kb, IReadOnlyList<EventPattern> patterns) : IComponent
{
    private readonly TriggerFinder _triggers = new(patterns);

    /// <summary>One-word nominal patterns by word: "Brazil's sanctions" is the noun when the verb reading fails.</summary>
    private readonly FrozenDictionary<string, EventPattern> _nouns = NounsByWord(patterns);

    /// <summary><see cref="_nouns"/> looked up by a word's span, so no string is made for the lookup.</summary>
    private FrozenDictionary<string, EventPattern>.AlternateLookup<ReadOnlySpan<char>> _nounsByWord => _nouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly ActorResolver _actors = new(kb, patterns);

    /// <summary>
    /// Events coded with less confidence are moved to <see cref="Document.Uncoded"/> as "low-confidence" once the document is
    /// coded, so they shape nothing but the output (later sentences still see them as partners and scheduled events).
    /// </summary>
    public double MinConfidence { get; init; }

    /// <summary>
    /// An event whose own time ends at least this many days before publication is marked <see cref="CodedEvent.Background"/>
    /// (<see cref="BackgroundTime"/>; default a year).
    /// </summary>
    public int BackgroundDays { get; init; } = BackgroundTime.DefaultDays;

    /// <summary>Background events are not output but listed as uncoded ("background"), after everything else is coded.</summary>
    public bool SkipBackground { get; init; }

    /// <summary>
    /// The learned confidence (<see cref="ConfidenceModel"/>) that replaces each event's hand-set one once the document is
    /// coded; null keeps the hand-set confidence (<c>eval cameo --hand-set-confidence</c>, and the gold sets' predictions the model learns from).
    /// </summary>
    public ConfidenceModel? Calibration { get; init; } = ConfidenceModel.Default;

    private readonly ConfidenceFeatures _features = new(patterns);

    /// <summary>
    /// The learned side ranker (<see cref="SideModel"/>) that picks a source where the rules find none; null (the default:
    /// cross-validated on the gold sets it added more false events than found ones, docs/evaluation-cameo.md, Sides) leaves such acts uncoded.
    /// </summary>
    public SideModel? Sides { get; init; }

    /// <summary>
    /// The learned event judge over a dropped act's <see cref="JudgeFeatures"/>: with it, the ranker's best candidate is taken
    /// when judge × ranker reaches the judge's threshold (<see cref="SideChooser"/>); null (the default) uses the ranker's own threshold.
    /// </summary>
    public SideModel? Judge { get; init; }

    /// <summary>With a log, every candidate the side ranker sees is logged (<c>eval cameo --side-candidates</c>).</summary>
    public SideCandidateLog? SideCandidates { get; init; }

    public string Name => "events.Coder.v1";
    public Layers Requires => Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times | Layers.Entities | Layers.Places;
    public Layers Assigns => Layers.Events;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var index = new TokenIndex(document);
        var events = new List<CodedEvent>();
        var uncoded = new List<UncodedTrigger>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folds = new Dictionary<string, int>(StringComparer.Ordinal); // event key -> later triggers folded into it
        var context = new DiscourseContext();
        var triggers = new List<TriggerMatch>();
        // The delegates are made once per story, not once per sentence.
        Func<int, bool> codable = m => _actors.Codes(document, m, document.Published?.Date, index);
        Func<int, List<ActorGroup>> groupsOf = n => ActorGroups.Of(document, document.Sentences[n], index, codable, kb.Agents);
        Func<int, DateOnly?, EventActor?> resolveAt = (m, date) => _actors.Resolve(document, m, date, index);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            // "Osama bin Laden's al-Qaeda": a name Parley cannot code does not stand in for the actor next to it.
            var groups = groupsOf(s);
            triggers.Clear();
            _triggers.Find(document, sentence, triggers);
            SaidVerdicts.Add(document, sentence, triggers); // "said the ban was a shameful act": a verdict no row read (round 58)
            context.Quotes.Begin(document, s, groups, groupsOf);
            var sentenceFirst = events.Count;
            var consumed = 0UL; // bit i: trigger i is the act of an earlier frame (sentences rarely hold 64 triggers)
            var open = 0UL; // bit i: trigger i is what an earlier frame asks or offers, so it has not happened
            for (var i = 0; i < triggers.Count; i++)
            {
                var trigger = triggers[i];
                if (Skipped(document, sentence, triggers, i, consumed) is { } skipped)
                {
                    uncoded.Add(new UncodedTrigger(trigger.Range, trigger.Pattern.Id, skipped));
                    continue;
                }
                var reading = ReadingOf(document, sentence, triggers, i, ref consumed, ref open);
                var found = Code(document, s, sentence, reading, groups, index, context, out var why);
                // "claimed responsibility for the attack": the claim (015) is an event beside the attack the row coded, even one
                // the story told before; it follows the attack, so the attack stays the sentence's first reading.
                var claim = found is null ? null : ClaimedActs.Of(document, trigger, found, kb);
                // "The court also ordered the school to ...": an act told as another one is no repeat of the one before.
                // "blamed the police for the deaths, an accusation ...", "gathered outside the court, chanting slogans": an appositive
                // noun or a participle of manner names the act just told again (OneActTwice).
                string? key = null;
                if (found is null || OneActTwice.AppositiveRetelling(document, sentence, trigger, found, events, sentenceFirst)
                    || OneActTwice.ParticipleManner(document, sentence, trigger, found, events, sentenceFirst)
                    || OneActTwice.HarmToll(document, sentence, trigger, found, events, sentenceFirst)
                    || !seen.Add(key = Key(found)) && !Another(document, trigger.FirstToken, sentence.FirstToken)
                    && !OneActTwice.SecondPredicate(document, sentence, trigger, found, events, sentenceFirst))
                {
                    // the same event coded again from a later trigger: folded into the first (CodedEvent.Folded)
                    if (key is not null)
                        CollectionsMarshal.GetValueRefOrAddDefault(folds, key, out _)++;
                    uncoded.Add(new UncodedTrigger(trigger.Range, trigger.Pattern.Id, why ?? UncodedReasons.Duplicate));
                    AddClaim(events, seen, claim);
                    continue;
                }
                // "shot and killed two guards": two conjoined verbs of one type are one act, told by the later verb, which holds the object.
                if (OneActTwice.ConjoinedVerbs(document, triggers, i) && OneActTwice.EarlierVerb(events, sentenceFirst, triggers[i - 1], found) is >= 0 and var earlier)
                {
                    events.RemoveAt(earlier);
                    uncoded.Add(new UncodedTrigger(triggers[i - 1].Range, triggers[i - 1].Pattern.Id, UncodedReasons.Duplicate));
                }
                events.Add(found);
                AddClaim(events, seen, claim);
                // "urged the junta to lift the curfew and to free the students": each conjoined infinitive is one more act asked for.
                if (trigger.Pattern.Kind == TriggerKind.Frame)
                    foreach (var (conjunct, c) in ConjoinedAsks.Of(document, sentence, triggers, i, reading.Act, found, kb))
                    {
                        events.Add(conjunct);
                        seen.Add(Key(conjunct));
                        if (c is >= 0 and < 64)
                            consumed |= 1UL << c;
                    }
                // "rallied in the square to demand the withdrawal of Syrian troops": a protest's purpose is its content, not a
                // second event, and the one it addresses is the protest's target when the protest's own words name none.
                if (found.Plover == "PROTEST" && ProtestPurposes.Of(document, sentence, triggers, i) is { } j && (consumed & (1UL << j)) == 0)
                {
                    var purpose = ReadingOf(document, sentence, triggers, j, ref consumed, ref open);
                    // ", accusing the president of ...": a verdict voiced while protesting is coded too, by the protesters
                    if (ProtestPurposes.VoicedVerdict(document, triggers[j]))
                        context.Adjoin(triggers[j].FirstToken, found.Source);
                    else
                        consumed |= 1UL << j;
                    if (ProtestPurposes.WeakTarget(found) && PurposeAddressees(document, s, sentence, purpose, groups, index, context, found) is { Count: > 0 } addressed)
                        events[^1] = found = found with { Target = addressed, Rule = ProtestPurposes.Retargeted(found.Rule) };
                }
                context.Record(found);
            }
            OneActTwice.DropTargetless(document, events, sentenceFirst, uncoded); // "a drone strike killed two men": the aimed act
            SaidContents.Drop(document, sentence, events, sentenceFirst, uncoded); // "criticised the ruling, saying the court was ignoring ...": said content
            LabelVerdicts.DropSecondVerdict(events, sentenceFirst, uncoded); // "accused the rebels ..., calling it a genocide": one disapproval
            MainClauseRanks.Rank(document, sentence, events, sentenceFirst, groups, index);
            // "Amnesty said security forces had killed ...": a wrong reported by another political actor is also its accusation (ReportedWrongs).
            foreach (var allegation in ReportedWrongs.Of(document, s, sentence, events, sentenceFirst, groups, index, resolveAt, kb))
                AddClaim(events, seen, allegation);
            context.Quotes.End(document, sentence, groups);
            context.EndSentence(document, groups);
        }
        if (folds.Count > 0)
            MarkFolded(events, folds);
        if (Calibration is { } model && events.Count > 0)
        {
            // The hand-set confidences ranked the events inside the coder (MainClauseRanks, ReportedWrongs); the output's is learned.
            var facts = ConfidenceFeatures.FactsOf(document, events);
            var learned = new double[events.Count];
            for (var k = 0; k < events.Count; k++)
                learned[k] = model.Score(_features, events[k], facts[k]);
            ConfidenceModel.KeepSentenceOrder(events, learned);
        }
        // Marked last, once every event is coded: a background event still shapes the story (partners, scheduled acts).
        var published = document.Published?.Date;
        for (var k = 0; published is not null && k < events.Count; k++)
            if (BackgroundTime.Is(events[k].Time, published, BackgroundDays))
                events[k] = events[k] with { Background = true };
        if (SkipBackground)
            SetAside.Where(events, uncoded, static e => e.Background, UncodedReasons.Background);
        if (MinConfidence > 0)
        {
            var floor = MinConfidence;
            SetAside.Where(events, uncoded, e => e.Confidence < floor, UncodedReasons.LowConfidence);
        }
        document.SetEvents([.. events], [.. uncoded]);
    }

    /// <summary>
    /// How trigger <paramref name="i"/> is read (alone, as a frame over its act, or as a modal intent), marking the triggers its
    /// content consumes (an asserted act's content) or leaves open (what a frame with no act of its own asks or offers).
    /// </summary>
    private static Reading ReadingOf(Document document, Sentence sentence, List<TriggerMatch> triggers, int i, ref ulong consumed, ref ulong open)
    {
        var trigger = triggers[i];
        var reading = new Reading(trigger, null, null, trigger.FirstToken, i < 64 && (open & (1UL << i)) != 0);
        var governed = trigger.Pattern.Kind == TriggerKind.Frame ? Complements.ActOf(document, triggers, i) : null;
        // What an accusation, a denial or a demand is about is no asserted event of its own.
        // A frame with no act of its own ("ordered the army to immediately seal ...") leaves its content open, not unsaid.
        var contentEnd = Math.Min(Complements.ContentEnd(document, triggers, i, governed), 64);
        for (var k = i + 1; k < contentEnd; k++)
        {
            if (trigger.Pattern.Kind == TriggerKind.Frame && governed is null)
            {
                if (!Complements.ParticipleAdjunct(document, triggers[k]))
                    open |= 1UL << k;
            }
            else
                consumed |= 1UL << k;
        }
        // "ordered its troops to seal the border": the order carried out by one's own forces is the act, by the one who ordered it.
        if (governed is { } own && trigger.Pattern.Plover == "REQUEST" && StateActs.OrderToOwnForces(document, trigger, triggers[own]))
            reading = reading with { Act = triggers[own], Framed = new FramedCode(triggers[own].Pattern.Plover, triggers[own].Pattern.Cameo, triggers[own].Pattern.Mode) };
        else if (governed is { } j)
            reading = reading with { Act = triggers[j], Framed = IntentCodes.Apply(document, trigger, triggers[j]) };
        // "vowed to crush the plot", "vowing harsh punishment": a vow with no act of its own is a threat (VowedThreats).
        else if (VowedThreats.IsBareVow(document, trigger))
            reading = reading with { Framed = VowedThreats.Threat };
        else if (Complements.ModalIntent(document, sentence, trigger) is { } intent)
        {
            reading = reading with { Framed = IntentCodes.OfModal(intent.Frame, trigger.Pattern), CueEnd = intent.ModalToken };
        }
        return reading;
    }

    /// <summary>Why trigger <paramref name="i"/> is not read at all, or null when it is read.</summary>
    private static string? Skipped(Document document, Sentence sentence, List<TriggerMatch> triggers, int i, ulong consumed)
    {
        var trigger = triggers[i];
        if (trigger.Pattern.IsBlocker)
            return UncodedReasons.Blocker;
        if (i < 64 && (consumed & (1UL << i)) != 0)
            return UncodedReasons.Content;
        // "a row over the killing", "an inquiry into the shelling": an act noun after a topic preposition is what something is about.
        if (TopicNouns.AfterTopicPreposition(document, trigger, sentence.FirstToken))
            return UncodedReasons.Content;
        if (Complements.IsInfinitiveComplement(document, triggers, i) || Complements.IsObjectNoun(document, triggers, i))
            return UncodedReasons.Complement;
        return QuestionAttributions.Closes(document, sentence, trigger) ? UncodedReasons.Question : null;
    }

    /// <summary>How a trigger is read: alone, as a frame over an act ("offered to release"), or as a modal intent ("will release").</summary>
    private readonly record struct Reading(TriggerMatch Trigger, TriggerMatch? Act, FramedCode? Framed, int CueEnd, bool Open = false);

    private static FrozenDictionary<string, EventPattern> NounsByWord(IReadOnlyList<EventPattern> patterns)
    {
        var byWord = new Dictionary<string, EventPattern>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
            if (p.Kind == TriggerKind.Noun && p.Trigger.Length == 1)
                foreach (var form in p.Trigger[0])
                    byWord.TryAdd(form, p);
        return byWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static int QuadOf(string cameo) => int.Parse(cameo[..2], System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    /// <summary>"also ordered", "further banned", "has again detained": an adverb right before the trigger tells a further act.</summary>
    private static bool Another(Document document, int trigger, int floor)
    {
        for (var t = trigger - 1; t >= floor && t >= trigger - 2; t--)
            if (document.Slice(document.Tokens[t].Range) is "also" or "again" or "further" or "additionally" or "separately")
                return true;
        return false;
    }

    private static void AddClaim(List<CodedEvent> events, HashSet<string> seen, CodedEvent? claim)
    {
        if (claim is not null && seen.Add(Key(claim)))
            events.Add(claim);
    }

    /// <summary>Gives the first event of each key in <paramref name="folds"/> its count of folded duplicates (<see cref="CodedEvent.Folded"/>).</summary>
    private static void MarkFolded(List<CodedEvent> events, Dictionary<string, int> folds)
    {
        for (var k = 0; k < events.Count && folds.Count > 0; k++)
            if (folds.Remove(Key(events[k]), out var n))
                events[k] = events[k] with { Folded = n };
    }

    /// <summary>Two codings of the same event in one article (a preview names the meeting twice) are one event.</summary>
    private static string Key(CodedEvent e)
    {
        var key = new System.Text.StringBuilder(64).Append(e.Plover).Append('|').Append(e.Cameo).Append('|').Append(e.Factuality)
            .Append('|').Append(e.Time.Value).Append('|');
        AppendCodes(key, e.Source);
        key.Append('|');
        AppendCodes(key, e.Target);
        return key.ToString();
    }

    /// <summary>A side's actor codes in order, comma-separated: the same actors in another order are the same side.</summary>
    private static void AppendCodes(System.Text.StringBuilder key, IReadOnlyList<EventActor> side)
    {
        if (side.Count == 1)
        {
            key.Append(side[0].Code.Code);
            return;
        }
        var codes = new string[side.Count];
        for (var i = 0; i < codes.Length; i++)
            codes[i] = side[i].Code.Code;
        Array.Sort(codes, StringComparer.Ordinal);
        key.AppendJoin(',', codes);
    }
}
