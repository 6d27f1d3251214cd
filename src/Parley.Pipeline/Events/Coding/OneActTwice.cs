using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// One act told with two words in one sentence, which the event key (type, code, time, sides) does not join because the two
/// words find different sides or codes:
/// <list type="bullet">
/// <item>two verbs of one type joined by "and" with nothing between them share their subject and their object ("gunmen shot
/// and killed two guards", "rebels attacked and overran the base"): one act, told by the later verb, which holds the object;</item>
/// <item>an appositive noun naming an act of the type just told sums up the clause before it ("X blamed the police for the
/// deaths, an accusation the police deny"): it names that act again, it is not a second one;</item>
/// <item>a participle after a comma telling an act of the type just told ("protesters gathered outside the court, chanting
/// slogans") tells how that act was done;</item>
/// <item>an act with no target beside an act of its type, its source and its code (or its root's general code) that has
/// one ("an Israeli strike killed two men in Tyre", "launched a raid, hitting a rebel base": the
/// strike, aimed at no one, is the act the verb aims): one act, the aimed one; finite verbs joined by "and" ("stormed a
/// hotel and killed nine guests") stay two acts.</item>
/// </list>
/// </summary>
internal static class OneActTwice
{
    /// <summary>How many modifier words may stand between an appositive's determiner and its noun ("a sweeping new ban").</summary>
    private const int ModifierReach = 2;

    /// <summary>
    /// True when trigger <paramref name="i"/> is the second of two verbs of one type joined by a bare "and" or "or" to trigger
    /// <paramref name="i"/> - 1 ("shot and killed"): the earlier verb has no words of its own and names the same act.
    /// </summary>
    public static bool ConjoinedVerbs(Document document, List<TriggerMatch> triggers, int i)
    {
        if (i == 0)
            return false;
        var first = triggers[i - 1];
        var second = triggers[i];
        return first.Pattern.Kind == TriggerKind.Verb && second.Pattern.Kind == TriggerKind.Verb && !first.Pattern.IsBlocker
            && first.Pattern.Plover == second.Pattern.Plover && second.FirstToken == first.EndToken + 1
            && document.Slice(document.Tokens[first.EndToken].Range) is "and" or "or";
    }

    /// <summary>
    /// The index of the event from <paramref name="first"/> on coded from <paramref name="earlier"/>, when it has the type, the
    /// CAMEO root and the source of <paramref name="found"/>, the event the later of two conjoined verbs tells again; -1 when there
    /// is none. Verbs read with two roots ("stormed and looted": 18x, 17x) keep both readings.
    /// </summary>
    public static int EarlierVerb(List<CodedEvent> events, int first, TriggerMatch earlier, CodedEvent found)
    {
        for (var k = events.Count - 1; k >= first; k--)
            if (events[k].Trigger == earlier.Range)
                return events[k].Plover == found.Plover && events[k].Cameo.AsSpan(0, 2).SequenceEqual(found.Cameo.AsSpan(0, 2))
                    && SetAside.SameCodes(events[k].Source, found.Source) ? k : -1;
        return -1;
    }

    /// <summary>
    /// True when <paramref name="found"/>, coded from a noun, heads an appositive (", an accusation ...") after an event of its
    /// type told earlier in the sentence (from <paramref name="first"/> on).
    /// </summary>
    public static bool AppositiveRetelling(Document document, Sentence sentence, TriggerMatch trigger, CodedEvent found, List<CodedEvent> events, int first)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun)
            return false;
        var comma = -1;
        for (var t = trigger.FirstToken - 1; t > sentence.FirstToken && t >= trigger.FirstToken - 1 - ModifierReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word.Length == 0 || !char.IsLetter(word[0]))
                return false;
            if (!s_determiners.Contains(word))
                continue;
            if (document.Slice(document.Tokens[t - 1].Range) is ",")
                comma = document.Tokens[t - 1].Range.Start;
            break;
        }
        if (comma < 0)
            return false;
        for (var k = first; k < events.Count; k++)
            if (events[k].Plover == found.Plover && events[k].Trigger.End <= comma)
                return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="found"/> is told by a participle after a comma ("carried out airstrikes, hitting ...", "blamed
    /// India, accusing it of ...", "gathered outside the court, chanting slogans") and the event coded just before it in the
    /// sentence is of its type and its code, or of its root when the participle's code is the root's general one (190 after
    /// 195): the participle tells how that act was done. A more specific code ("attacked a train, taking hostages") is a new act.
    /// </summary>
    public static bool ParticipleManner(Document document, Sentence sentence, TriggerMatch trigger, CodedEvent found, List<CodedEvent> events, int first)
    {
        if (events.Count <= first || trigger.FirstToken <= sentence.FirstToken
            || !document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || document.Slice(document.Tokens[trigger.FirstToken - 1].Range) is not ",")
            return false;
        var before = events[^1];
        if (before.Trigger.End > document.Tokens[trigger.FirstToken - 1].Range.Start || before.Plover != found.Plover)
            return false;
        return CodeOrGeneral(found.Cameo, before.Cameo);
    }

    /// <summary>
    /// True when <paramref name="found"/>, a general act of violence (180, 190) told by a participle after a comma ("missiles struck
    /// the city centre, killing 30 people and wounding dozens", "drones hit the port, setting a depot ablaze and killing two"), follows
    /// an act of violence of the sentence by the same source and of the same factuality: the participle tells the toll of that
    /// act, not a second act. The participle may close a chain of participles ("..., setting ... and killing ..."); a finite verb
    /// after "and" ("stormed a hotel and killed nine guests") is another act, and a more specific code ("..., taking hostages")
    /// is read as before (<see cref="ParticipleManner"/>). Gold coders code a ", killing|wounding|injuring" participle in 5
    /// of 129 read-set sentences, none of them a 180/190 after a strike by the same side (round 67, docs/PATTERNS.md).
    /// </summary>
    public static bool HarmToll(Document document, Sentence sentence, TriggerMatch trigger, CodedEvent found, List<CodedEvent> events, int first)
    {
        var t = trigger.FirstToken;
        if (found.Cameo is not ("180" or "190") || events.Count <= first || t <= sentence.FirstToken
            || !document.Slice(document.Tokens[t].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || document.Slice(document.Tokens[t - 1].Range) is not ("," or "and"))
            return false;
        for (var k = events.Count - 1; k >= first; k--)
        {
            var e = events[k];
            if (e.Trigger.End > document.Tokens[t].Range.Start || e.Plover != "ASSAULT" || e.Factuality != found.Factuality || !SetAside.SameCodes(e.Source, found.Source))
                continue;
            return OpensChain(document, e.Trigger.End, t);
        }
        return false;
    }

    /// <summary>How far after the act of violence its participle chain may run.</summary>
    private const int ChainReach = 30;

    /// <summary>
    /// True when a comma followed by an "-ing" participle stands between the act ending at <paramref name="actEnd"/> and the
    /// participle at <paramref name="participle"/> (it may be that participle), with no clause end (";", ":", a dash) between:
    /// "struck X on Sunday, killing 34 people, including two children, and wounding 110".
    /// </summary>
    private static bool OpensChain(Document document, int actEnd, int participle)
    {
        var opened = false;
        for (var u = participle - 1; u >= 0 && document.Tokens[u].Range.Start >= actEnd && u >= participle - ChainReach; u--)
        {
            var word = document.Slice(document.Tokens[u].Range);
            if (word is ";" or ":" or "—" or "–" or "\"" or "“" or "”")
                return false;
            if (word is "," && document.Slice(document.Tokens[u + 1].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                opened = true;
        }
        return opened;
    }

    /// <summary>
    /// Removes each event of the sentence (from <paramref name="first"/> on) that has no target when another event of the
    /// sentence with a target has its type, its factuality, its sources and its code, or a code of its root of which the
    /// targetless one is the general code (190 beside 195); the removed trigger is listed as a duplicate.
    /// </summary>
    public static void DropTargetless(Document document, List<CodedEvent> events, int first, List<UncodedTrigger> uncoded)
    {
        for (var k = events.Count - 1; k >= first; k--)
        {
            var bare = events[k];
            if (bare.Target.Count > 0 || bare.Source.Count == 0)
                continue;
            for (var m = first; m < events.Count; m++)
            {
                var aimed = events[m];
                if (m == k || aimed.Target.Count == 0 || aimed.Plover != bare.Plover || aimed.Factuality != bare.Factuality
                    || !SetAside.SameCodes(aimed.Source, bare.Source) || !CodeOrGeneral(bare.Cameo, aimed.Cameo) || Coordinated(document, bare.Trigger, aimed.Trigger))
                    continue;
                // Kept in start order: later triggers of the sentence may already be listed.
                SetAside.One(uncoded, bare, UncodedReasons.Duplicate);
                events.RemoveAt(k);
                break;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="trigger"/>, whose event <paramref name="found"/> repeats one already coded in this sentence (from
    /// <paramref name="first"/> on), is a past verb opening a second predicate of the subject after "and" with words of the
    /// earlier act between them ("the minister welcomed the truce and praised the mediators", "condemned the raid and
    /// denounced the arrests"): two acts told one after the other, not one act named twice. Verbs with nothing between them
    /// ("shot and killed") are one act (<see cref="ConjoinedVerbs"/>).
    /// </summary>
    public static bool SecondPredicate(Document document, Sentence sentence, TriggerMatch trigger, CodedEvent found, List<CodedEvent> events, int first)
    {
        var t = trigger.FirstToken;
        if (trigger.Pattern.Kind == TriggerKind.Noun || t - 2 <= sentence.FirstToken || document.Slice(document.Tokens[t - 1].Range) is not "and")
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        if (!char.IsLower(word[0]) || !word.EndsWith("ed", StringComparison.Ordinal) && !Inflections.IsIrregularPast(word))
            return false;
        var and = document.Tokens[t - 1].Range.Start;
        for (var k = first; k < events.Count; k++)
            if (events[k].Plover == found.Plover && events[k].Cameo == found.Cameo && SetAside.SameCodes(events[k].Source, found.Source) && SetAside.SameCodes(events[k].Target, found.Target)
                && events[k].Trigger.End < and && document.Tokens[t - 2].Range.End > events[k].Trigger.End)
                return true;
        return false;
    }

    /// <summary>"stormed a hotel and killed nine guests": finite verbs joined by "and" or "or" are two acts, as coders count them.</summary>
    private static bool Coordinated(Document document, TextRange a, TextRange b)
    {
        var between = a.End <= b.Start ? new TextRange(a.End, b.Start) : b.End <= a.Start ? new TextRange(b.End, a.Start) : default;
        var text = document.Slice(between);
        return text.Contains(" and ", StringComparison.Ordinal) || text.Contains(" or ", StringComparison.Ordinal);
    }

    /// <summary>The same code, or the root's general code ("190", "040") beside one of its root.</summary>
    private static bool CodeOrGeneral(string bare, string aimed) =>
        bare == aimed || bare.Length == 3 && bare[2] == '0' && aimed.StartsWith(bare.AsSpan(0, 2), StringComparison.Ordinal);


    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "another").GetAlternateLookup<ReadOnlySpan<char>>();
}
