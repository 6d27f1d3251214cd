using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// How triggers in one sentence govern each other: the act a frame governs ("offered to <b>release</b>"), infinitive
/// complements that are not events of their own ("met to <b>discuss</b>"), and statements of intent with a modal in
/// reported speech ("said it <b>will release</b>").
/// </summary>
internal static class Complements
{
    private const int ActWindow = 8;

    private static readonly FrozenSet<string> s_modals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "will", "would", "'ll", "shall", "wo");

    /// <summary>Modals of possibility: "said it could retaliate" is a threat, "said it could meet" no intent.</summary>
    private static readonly FrozenSet<string> s_possibility = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "could", "might", "may");

    /// <summary>Words that may stand between a modal and its verb: "would not immediately release", "will also send".</summary>
    private static readonly FrozenSet<string> s_modalFillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "not", "n't", "never", "no", "longer", "also", "soon", "immediately", "eventually", "still", "only", "then", "now", "again", "gradually", "be");

    /// <summary>Negators between a modal and its verb: "would not attend", "would no longer attend" ("no" stands only before "longer" there).</summary>
    private static readonly FrozenSet<string> s_negators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "not", "n't", "never", "no");

    /// <summary>Words that mark reported speech or an announcement: the sentence states someone's intent.</summary>
    private static readonly FrozenSet<string> s_reporting = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "announced", "announces", "stated", "told", "declared", "statement", "according", "confirmed",
        "insisted", "pledged", "promised", "vowed", "added", "indicated", "signalled", "signaled", "decided",
        "warned", "warns", "warn", "warning", "cautioned", "hinted", "hints", "threatened", "threatens");

    /// <summary>Reporting verbs that announce a possibility as the speaker's own: "hinted that it could retaliate" (not "said the rebels could attack").</summary>
    private static readonly FrozenSet<string> s_warning = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "warned", "warns", "warn", "warning", "cautioned", "hinted", "hints", "threatened", "threatens", "signalled", "signaled");

    private static readonly FrozenSet<string> s_that = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "that");

    /// <summary>Words that make what a modal announces conditional on the other side: "unless", "otherwise", "or else".</summary>
    private static readonly FrozenSet<string> s_conditions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "unless", "otherwise", "else");

    /// <summary>The index of the trigger a frame governs: the next one within a few words, after "to" or "that".</summary>
    public static int? ActOf(Document document, List<TriggerMatch> triggers, int frame)
    {
        if (frame + 1 >= triggers.Count)
            return null;
        var f = triggers[frame];
        var index = frame + 1;
        // "vowed to press ahead with nationwide protests": an aspect phrase that is a blocker of its own (no one is pressed) stands
        // between the frame and its act as "keep" does.
        if (triggers[index].Pattern.IsBlocker && PhaseVerbs.IsPhrase(document, triggers[index]) && index + 1 < triggers.Count
            && PhaseVerbs.Reaches(document, f.EndToken, triggers[index + 1].FirstToken))
            index++;
        var next = triggers[index];
        if (next.Pattern.IsBlocker || next.FirstToken - f.EndToken > ActWindow)
            return null;
        // A wish governs a cooperative act told at once after its "to" ("hopes to resume talks", "wants to continue to sell"),
        // and is no act of another frame ("insisted that Georgia still intended to").
        if (IsWish(next.Pattern) || IsWish(f.Pattern) && (Array.IndexOf(s_wishedActs, next.Pattern.Plover) < 0
            || next.FirstToken != f.EndToken && !PhaseVerbs.Reaches(document, f.EndToken, next.FirstToken)))
            return null;
        if (ConjoinedInfinitive(document, f, next))
            return index;
        if (NewPredicate(document, f, next))
            return null;
        if (CoordinatedAddressees(document, f, next))
            return index;
        if (Boundary(document, f.EndToken, next.FirstToken))
            return null;
        var last = document.Slice(document.Tokens[f.EndToken - 1].Range);
        // An infinitive holds no modal of its own: in "failure to renew the truce would mean war" the modal is the main clause's verb.
        if (last is "to" && IsModal(document.Slice(document.Tokens[next.FirstToken].Range)))
            return null;
        // "called for Lai's immediate release", "demanded that ...": the act may stand a few words after "for" or "that".
        var modal = last.StartsWith("must", StringComparison.OrdinalIgnoreCase) || last.StartsWith("should", StringComparison.OrdinalIgnoreCase); // "shouldn't" is one token
        var adjacent = (last is "to" or "that" or "for" || modal) && next.FirstToken - f.EndToken <= (last is "that" or "for" ? ActWindow : 2);
        return adjacent || PrecededByTo(document, next.FirstToken) || PhaseVerbs.Reaches(document, f.EndToken, next.FirstToken) || Contains(document, s_that, f.EndToken, next.FirstToken) || NounObjects.IsObject(document, f, next)
            || last is not "to" && ModalGap(document, f.EndToken, next.FirstToken) || WarnedSides.Guards(f.Pattern) && ModalGap(document, f.EndToken - 1, next.FirstToken) ? index : null;
    }

    /// <summary>
    /// "hopes to resume talks", "wants to meet", "intends to visit": a wish told by the actor expresses intent (CAMEO 03) only
    /// of a cooperative act; alone, or over a hostile act ("wants to seize the region"), it names no event of its own.
    /// </summary>
    public static bool IsWish(EventPattern frame) => frame.Id.StartsWith("frame.wish.", StringComparison.Ordinal);

    private static readonly string[] s_wishedActs = ["CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"];

    /// <summary>
    /// "vowed to disrupt the elections and <b>step up</b> attacks": a second infinitive joined by "and" or "or" is governed by
    /// the same frame; a finite verb after "and" ("vowed to fight and attacked") starts a new predicate.
    /// </summary>
    private static bool ConjoinedInfinitive(Document document, TriggerMatch frame, TriggerMatch next)
    {
        if (next.Pattern.Kind == TriggerKind.Frame || document.Slice(document.Tokens[frame.EndToken - 1].Range) is not "to"
            || next.FirstToken - 1 <= frame.EndToken || document.Slice(document.Tokens[next.FirstToken - 1].Range) is not ("and" or "or")
            || Finite(document.Slice(document.Tokens[next.FirstToken].Range)) || document.Slice(document.Tokens[next.FirstToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        return !Boundary(document, frame.EndToken, next.FirstToken - 1);
    }

    /// <summary>
    /// "called for a truce and <b>urged</b> both sides to talk", "demanded an apology and <b>threatened</b> to sue": a frame or a
    /// finite verb right after "and" or "or", past the frame's own words, opens a second predicate of the subject, a second act
    /// told beside the frame's, not the act the frame asks for (<see cref="ContentBoundary"/> ends the frame's content there too).
    /// </summary>
    internal static bool NewPredicate(Document document, TriggerMatch frame, TriggerMatch next)
    {
        var t = next.FirstToken;
        if (t - 1 <= frame.EndToken || document.Slice(document.Tokens[t - 1].Range) is not ("and" or "or"))
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        // a past form only: "called for a ceasefire and talks" keeps the plural noun as what is asked for
        return next.Pattern.Kind == TriggerKind.Frame || next.Pattern.Kind == TriggerKind.Verb && char.IsLower(word[0])
            && Inflections.IsPastForm(word);
    }

    /// <summary>
    /// "warned that it <b>would</b> use force", "warned that its troops <b>could</b> strike": the frame's clause reaches its act
    /// through a modal, with at most a few words of subject before it and only adverbs after it.
    /// </summary>
    private static bool ModalGap(Document document, int from, int to)
    {
        for (var t = from; t < to && t - from <= 3; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (!IsModal(text) && !s_possibility.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            // "warned that it would keep attacking", "... would step up its strikes": aspect verbs may follow the adverbs.
            for (var k = t + 1; k < to; k++)
                if (!s_modalFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[k].Range)))
                    return PhaseVerbs.Spans(document, k, to);
            return true;
        }
        return false;
    }

    private static bool IsModal(ReadOnlySpan<char> text) =>
        s_modals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text.EndsWith("'ll", StringComparison.Ordinal);

    /// <summary>Nouns that name what someone else said: "rejected accusations that ...", "denied reports that ...".</summary>
    private static readonly FrozenSet<string> s_claims = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "reports", "report", "suggestions", "criticism");

    /// <summary>Words that open a relative or adverbial clause: "... seal border areas <b>where</b> rebels attack" is a new clause.</summary>
    private static readonly FrozenSet<string> s_newClause = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "where", "when", "which", "who", "whom", "whose", "because", "although", "though", "whereas", "since", "after", "before", "as", "until");

    private static readonly FrozenSet<string> s_contentMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "of", "for", "that", "to");

    /// <summary>
    /// "accused Iran of <b>supporting</b> the rebels", "rejected claims that the army <b>attacked</b> ...", "urged Iran to
    /// release the men and <b>end</b> the siege": what an accusation, a denial or a demand is about is not an asserted event
    /// of its own. Returns the index after the last trigger inside the content of trigger <paramref name="index"/> (the
    /// index itself plus one when it has none). The content runs from "of", "for" or "that" (for a frame, from its act)
    /// to the end of the clause.
    /// </summary>
    public static int ContentEnd(Document document, List<TriggerMatch> triggers, int index, int? act)
    {
        var t = triggers[index];
        var after = index + 1;
        int from;
        if (act is { } a)
            (from, after) = (triggers[a].EndToken, a + 1);
        else if (IsWish(t.Pattern))
            return after; // "want to kill her": a wish over no act of its own leaves the act to be read alone, as before
        else if ((TakesContent(document, t) || t.Pattern.Kind == TriggerKind.Frame) && Marker(document, t) is { } marker)
            from = marker;
        else if (ConcernTopics.Start(document, t) is { } topic)
            from = topic; // "voiced concern over the protests": the worry's topic, no event of its own
        else if (t.Pattern.Plover == "PROTEST" && t.Pattern.Kind == TriggerKind.Verb && Grievance(document, t) is { } grievance)
            from = grievance;
        // "summoned the ambassador to protest against the death sentence passed on ...": the grievance of a protest told as
        // the purpose of another act is no asserted event either.
        else if (after < triggers.Count && triggers[after].Pattern is { Plover: "PROTEST", Kind: TriggerKind.Verb } && IsInfinitiveComplement(document, triggers, after)
            && Grievance(document, triggers[after]) is { } purposeGrievance)
            (from, after) = (purposeGrievance, after + 1);
        // "demanded the immediate release of the blogger", "appealed for food aid": the act asked for, named within a few
        // words and not as a finite verb of its own ("a request ... was rejected"), is no event of its own.
        else if (AsksForAct(document, t))
        {
            var asked = after < triggers.Count && triggers[after].FirstToken - t.EndToken <= ActWindow && !FiniteVerb(document, triggers[after], t.EndToken)
                && !ContentBoundary(document, t.EndToken, triggers[after]);
            return asked ? after + 1 : after;
        }
        else if (after < triggers.Count && (t.Pattern.Plover is "COERCE" or "SANCTION" or "ACCUSE" || PunishmentGrounds.Praise(t)) && PunishmentGrounds.Follow(document, t, triggers[after]))
            return after + 1;
        // "expelled the envoy over the raid", "an investigation into the shelling", "condemned the invasion": an act noun that
        // is what the act is about is no event of its own (TopicNouns).
        else if (after < triggers.Count && TopicNouns.Follow(document, t, triggers[after]))
            return after + 1;
        else
            return after;
        var end = after;
        for (var k = after; k < triggers.Count; k++)
        {
            var next = triggers[k];
            if (next.FirstToken < from || ContentBoundary(document, from, next))
                break;
            end = k + 1;
        }
        return end;
    }

    /// <summary>A request or demand verb read as a verb ("demanded", not "a request by Kuwait").</summary>
    private static bool AsksForAct(Document document, TriggerMatch t) =>
        t.Pattern.Kind == TriggerKind.Verb && t.Pattern.Plover == "REQUEST" && t.FirstToken > 0 && VerbUse.IsVerb(document, t.FirstToken, t.FirstToken - 1);

    private static bool FiniteVerb(Document document, TriggerMatch t, int floor) =>
        t.Pattern.Kind != TriggerKind.Noun && Finite(document.Slice(document.Tokens[t.FirstToken].Range)) && VerbUse.IsVerb(document, t.FirstToken, floor);

    /// <summary>
    /// An accusation (CAMEO 112), a denial (016), a charge "with" a deed (173: "charged the officer with killing two protesters")
    /// or a rejection of someone's claims carries another act as its content (a frame always does).
    /// </summary>
    private static bool TakesContent(Document document, TriggerMatch t) =>
        t.Pattern.Cameo is "112" or "016" || ChargesWith(document, t)
        || t.Pattern.Plover == "REJECT" && s_claims.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t.EndToken - 1].Range));

    /// <summary>"charged the security forces with", "charged the officer with": the deed charged follows the trigger's "with".</summary>
    private static bool ChargesWith(Document document, TriggerMatch t) =>
        t.Pattern.Cameo is "112" or "173" && document.Slice(document.Tokens[t.EndToken - 1].Range).Equals("with", StringComparison.OrdinalIgnoreCase);

    /// <summary>The token after which the content starts: the trigger's own last word ("alleged that") or the first "of", "for", "that" or "to" within a few words ("urged all sides to ...").</summary>
    private static int? Marker(Document document, TriggerMatch t)
    {
        var last = document.Slice(document.Tokens[t.EndToken - 1].Range);
        // "charged the security forces with torturing detainees": the deed an accusation charges "with" is its content.
        if (s_contentMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) || ChargesWith(document, t))
            return t.EndToken;
        for (var k = t.EndToken; k < Math.Min(document.Tokens.Length, t.EndToken + ActWindow); k++)
        {
            var text = document.Slice(document.Tokens[k].Range);
            if (text is ";" or "," or ":" or "." or "but" or "while" or "and" && !NounObjects.JoinsModifiers(document, k))
                return null;
            if (s_contentMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return k + 1;
        }
        return null;
    }

    private static readonly FrozenSet<string> s_grievanceMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "against", "over", "at");

    private const int GrievanceWindow = 12;

    /// <summary>
    /// "demonstrated outside the embassy on Wednesday against NATO air strikes": what a protest is against is its
    /// grievance, not an event the sentence reports. The token after "against", "over" or "at" within the protest's clause.
    /// </summary>
    private static int? Grievance(Document document, TriggerMatch t)
    {
        for (var k = t.EndToken; k < Math.Min(document.Tokens.Length, t.EndToken + GrievanceWindow); k++)
        {
            var text = document.Slice(document.Tokens[k].Range);
            if (text is ";" or "," or ":" or "." or "but" or "while" or "and")
                return null;
            if (s_grievanceMarkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return k + 1;
        }
        return null;
    }

    /// <summary>"attacked", "calls": a past or third-person form after "and" starts a new predicate; "release", "torturing" continue the content.</summary>
    private static bool Finite(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The content ends at punctuation or "but"/"while"; at "and" only when a new frame or a finite verb follows it ("accused
    /// Iran of killing and torturing", "urged Iran to release and return" stay inside; "... and attacked" does not).
    /// </summary>
    private static bool ContentBoundary(Document document, int from, TriggerMatch next)
    {
        // "Russia's decision to expel the diplomats was a step backwards": a finite copula after an infinitive's object is the
        // main clause's verb, not part of the content ("claims that the army was reckless" keeps it: "that" opens a clause).
        if (document.Slice(document.Tokens[next.FirstToken].Range) is "is" or "are" or "was" or "were" && !Contains(document, s_that, from - 1, next.FirstToken))
            return true;
        // "failure to reach a deal would mean open war", "a decision to send warships will mean war": a modal after the
        // infinitive's object opens the main clause's verb as the copula does (not after "and": "... and would take measures").
        if (MainClauseModal(document, from, next))
            return true;
        // "urged Iran to resume cooperation or face new sanctions": the alternative laid on the one asked is the asker's threat, not what is asked.
        if (document.Slice(document.Tokens[next.FirstToken].Range) is "or" && next.FirstToken + 1 < next.EndToken
            && document.Slice(document.Tokens[next.FirstToken + 1].Range) is "face" or "risk")
            return true;
        for (var t = from; t < next.FirstToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," && (ListsGerund(document, t, next) || JoinsBareVerb(document, next)))
                continue;
            if (text is ";" or ":" or "," or "." or "but" or "while" or "—" or "–" or "saying"
                || s_newClause.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (text is "and" && (next.Pattern.Kind == TriggerKind.Frame || t + 1 == next.FirstToken && Finite(document.Slice(document.Tokens[next.FirstToken].Range))))
                return true;
            // "urged Manila to stop and said Beijing would respond": a report after "and" is no part of what was urged
            if (text is "and" && t + 1 < next.FirstToken && ReportedFutures.OpensSecondReport(document.Slice(document.Tokens[t + 1].Range)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the trigger opens with a modal of the main clause right after an infinitive's object: "failure to reach a deal
    /// <b>would</b> mean war". Not after "and" or "or" (a second predicate of the content) nor when "that" or "who" opened a clause
    /// whose subject the modal may have ("urged Iran to release the men that would ...").
    /// </summary>
    private static bool MainClauseModal(Document document, int from, TriggerMatch next)
    {
        var word = document.Slice(document.Tokens[next.FirstToken].Range);
        if (!IsModal(word) && !s_possibility.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || next.FirstToken < Math.Max(from, 1))
            return false;
        var before = document.Slice(document.Tokens[next.FirstToken - 1].Range);
        return before is not ("and" or "or" or "it" or "they" or "he" or "she" or "we" or "I") && !Contains(document, s_that, from - 1, next.FirstToken)
            && !Contains(document, s_newClause, from, next.FirstToken);
    }

    /// <summary>
    /// "urged Kabul to hold the planners, financiers and gunmen accountable and <b>cooperate</b> with Islamabad": a bare verb
    /// right after "and" or "or" is one more act of the same infinitive, whatever commas list the objects before it; a finite
    /// verb ("and attacked") or a comma before the "and" starts a new clause.
    /// </summary>
    private static bool JoinsBareVerb(Document document, TriggerMatch next)
    {
        var t = next.FirstToken;
        if (next.Pattern.Kind != TriggerKind.Verb || t < 2 || document.Slice(document.Tokens[t - 1].Range) is not ("and" or "or")
            || document.Tokens[t - 2].Is(TokenShape.Punctuation))
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        return char.IsLower(word[0]) && !Finite(word) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "had urged voters to stay home, accusing the government of rigging", "ordered them held, turning down the lawyers'
    /// request": an "-ing" verb right after a comma is the main clause's participle, done by its subject; what a frame with no
    /// act of its own leaves open does not reach it (round 67, rule <c>scope.participle-adjunct</c>).
    /// </summary>
    public static bool ParticipleAdjunct(Document document, TriggerMatch trigger)
    {
        var first = trigger.FirstToken;
        if (trigger.Pattern.Kind != TriggerKind.Verb || first < 1 || document.Slice(document.Tokens[first - 1].Range) is not ",")
            return false;
        var word = document.Slice(document.Tokens[first].Range);
        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>
    /// "accused the rebels of killing, raping, looting and burning": a comma (and "and"/"or" after it) right before a gerund
    /// lists one more act of the same content.
    /// </summary>
    private static bool ListsGerund(Document document, int comma, TriggerMatch next)
    {
        var t = comma + 1;
        if (t < next.FirstToken && document.Slice(document.Tokens[t].Range) is "and" or "or")
            t++;
        if (t < next.FirstToken && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            t++; // "and regularly displacing"
        return t <= next.FirstToken && next.Pattern.Kind != TriggerKind.Frame && document.Tokens[t].Is(TokenShape.Word)
            && document.Slice(document.Tokens[t].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"met to discuss", "sent troops to attack": an infinitive right after another trigger is its purpose, not a new event.</summary>
    public static bool IsInfinitiveComplement(Document document, List<TriggerMatch> triggers, int index)
    {
        if (index == 0 || !PrecededByTo(document, triggers[index].FirstToken))
            return false;
        var previous = triggers[index - 1];
        if (IsWish(previous.Pattern))
            return false; // "want to kill her": a wish governs only cooperative acts; another is read alone, as before
        return !previous.Pattern.IsBlocker && triggers[index].FirstToken - previous.EndToken <= ActWindow
            && (!Boundary(document, previous.EndToken, triggers[index].FirstToken) || NamesOnly(document, previous.EndToken, triggers[index].FirstToken - 1));
    }

    /// <summary>How many words may stand between a verb and the nominal act it takes as object or purpose ("praised his first summit").</summary>
    private const int ObjectNounWindow = 3;

    private static readonly FrozenSet<string> s_objectBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "to", "that", "which", "who", "while", "as", "because", "after", "before", "since", "when", "than", "said", "says");

    /// <summary>
    /// "praised his first summit with Kim", "condemned the raid": a meeting or an act named as the object of praise, blame or
    /// rejection is what the judgement is about; "travelled to Ottawa for meetings with the ministers": talks named as a
    /// visit's purpose are the same trip. Neither is an event of its own.
    /// </summary>
    public static bool IsObjectNoun(Document document, List<TriggerMatch> triggers, int index)
    {
        var noun = triggers[index];
        // "his meeting with" may match the verb row of "meet" too: after a possessive or "for" it is the noun all the same.
        if (index == 0 || noun.Pattern.Kind == TriggerKind.Frame || noun.Pattern.Plover != "CONSULT")
            return false;
        var verb = triggers[index - 1];
        if (verb.Pattern.Kind != TriggerKind.Verb || verb.Pattern.IsBlocker || noun.FirstToken - verb.EndToken > ObjectNounWindow)
            return false;
        // Only the judge's own meeting ("his first summit"): "welcomed the talks between Seoul and Tokyo" names others' talks.
        var judged = verb.Pattern.Plover is "SUPPORT" or "ACCUSE" or "REJECT" && verb.Pattern.TargetIsObject && verb.EndToken < noun.FirstToken
            && document.Slice(document.Tokens[verb.EndToken].Range) is "his" or "her" or "its" or "their" or "our" or "my";
        var purpose = verb.Pattern.Plover == "CONSULT" && verb.Pattern.Mode == "visit";
        if (!judged && !purpose)
            return false;
        var sawFor = false;
        for (var t = verb.EndToken; t < noun.FirstToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (!document.Tokens[t].Is(TokenShape.Word) || s_objectBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
            sawFor |= text.Equals("for", StringComparison.OrdinalIgnoreCase);
        }
        return judged || sawFor;
    }

    /// <summary>
    /// "left duties on Peru, Chile and Brazil in force to squeeze them": commas and "and" that only list names stay
    /// inside the object, so the infinitive after the list is still the first act's purpose.
    /// </summary>
    private static bool NamesOnly(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or ":" or "." or "but" or "while")
                return false;
            if (text is "," or "and" or "or" && (t == from || t + 1 >= to || !document.Tokens[t - 1].Is(TokenShape.Capitalized) || !document.Tokens[t + 1].Is(TokenShape.Capitalized)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// "Syria says it will not accept ...", "officials said they would boycott ...": a modal before the trigger in a reported
    /// statement makes the statement an intent (AGREE), a refusal (REJECT, negated) or a threat (THREATEN, conditional).
    /// Returns the frame type and the modal's token, or null.
    /// </summary>
    /// <summary>The frame type of a modal that foretells the act itself: the act keeps its own code, marked future.</summary>
    public const string Foretold = "FORETOLD";

    /// <summary>
    /// The frame type of a "would" that announces a trip or a mission: CAMEO codes the trip foretold (042 future), PLOVER the
    /// announcement, an agreement to meet (AGREE), as its coders tag "said it would send a delegation to ... for talks".
    /// </summary>
    public const string Scheduled = "SCHEDULED";

    public static (string Frame, int ModalToken)? ModalIntent(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || trigger.Pattern.Plover is "REQUEST" or "ACCUSE" or "THREATEN")
            return null;
        var negated = false;
        var modal = -1;
        for (var t = trigger.FirstToken - 1; t >= Math.Max(sentence.FirstToken, trigger.FirstToken - 4); t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (IsModal(text) || s_possibility.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            {
                modal = t;
                break;
            }
            // "said it would keep up its strikes", "will continue to attack": aspect words stand between the modal and its act.
            if (!s_modalFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && !PhaseVerbs.IsPart(text))
                return null;
            negated |= s_negators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
        }
        if (modal < 0)
            return null;
        // "will send refugees home unless donors pay": a condition laid on the other side makes the statement a threat, reported or not.
        var conditional = Contains(document, s_conditions, trigger.EndToken, sentence.EndToken);
        // "we will retaliate if they attack", "if they approach us positively, we will react positively": an "if" laid on the
        // other side makes a will-statement a promise or, of a hostile act, a threat, reported or not.
        var onCondition = !conditional && (Contains(document, s_if, trigger.EndToken, sentence.EndToken) || ConditionBefore(document, sentence.FirstToken, modal));
        if (!conditional && !onCondition && !Contains(document, s_reporting, sentence.FirstToken, sentence.EndToken))
            return null;
        var word = document.Slice(document.Tokens[modal].Range);
        var possible = s_possibility.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        var hostile = IntentCodes.IsHostile(trigger.Pattern.Plover);
        if (negated)
            return possible ? null : ("REJECT", modal);
        // "hinted it could retaliate", "warned it might send troops": a possibility is a threat only when the actor's own warning
        // announces it ("officials said the rebels could attack" is an assessment) and the act is hostile or conditional.
        if (possible && (!hostile && !conditional || !Contains(document, s_warning, sentence.FirstToken, trigger.FirstToken)))
            return null;
        // "said on Monday it would end its budget aid": a decision to reduce relations reported in the past, with no
        // condition laid on the other side, is the reduction itself, foretold (CAMEO 16x; "will expel unless" stays a threat).
        // A response ("would respond with tariffs", "would retaliate") answers the other side's act, so it stays conditional.
        if (!conditional && !onCondition && word is "would" && trigger.Pattern.Plover == "SANCTION" && !IsResponse(document.Slice(document.Tokens[trigger.FirstToken].Range)))
            return (Foretold, modal);
        // "will resign on Wednesday": a resignation announced as fact with no condition is the yielding of office itself,
        // foretold (0831); "would resign if the court ruled against him", "said he would step aside" and "will hand power
        // after elections" stay offers (03x): a past "would" reports a pledge, and handing power over is promised, not scheduled.
        if (!conditional && !onCondition && !possible && word is "will" or "shall" or "'ll" or "’ll"
            && trigger.Pattern.Id.StartsWith("concede.resign.", StringComparison.Ordinal))
            return (Foretold, modal);
        // "said they would hold another rally on Sunday", "will march on Friday": a demonstration announced with no condition
        // is the demonstration foretold (141 future), as a meeting so announced is (round 68: the 98 read sets' gold codes
        // "would/will hold, stage, march" 141 future 12 times in 14); "would hold a march if talks fail" stays a threat (133).
        if (!conditional && !onCondition && !possible && word is "would" or "will" && IsAnnouncedDemonstration(trigger.Pattern))
            return (Foretold, modal);
        // "would withdraw unless ..." is a threat; "would meet if ..." an offer; "will meet" a scheduled meeting.
        if (!conditional && !onCondition && (trigger.Pattern.Plover is "REJECT" or "AGREE" || trigger.Pattern.Plover == "CONSULT" && word is not "would"))
            return null;
        // "said it would send a delegation to Juba", "said he would travel to Ankara next year": a trip, a mission sent or a
        // meeting convened or hosted, announced with no condition, is the trip itself, foretold (CAMEO 042, 043, 040 future),
        // as "will travel" is (PLOVER keeps the announcement, AGREE: Scheduled); meetings and talks one "would hold", "meet" or
        // "attend" too (040, 043, 046 future, round 63); a trip "when conditions allow" stays an intent to meet (036): a time
        // laid on it is a condition.
        if (!conditional && !onCondition && !possible && word is "would" && IsScheduledMove(document, trigger)
            && !Contains(document, s_whenever, trigger.EndToken, sentence.EndToken))
            return (Scheduled, modal);
        return (conditional && !hostile ? "THREATEN" : "AGREE", modal);
    }

    /// <summary>
    /// Whether a pattern is a demonstration held by its subject ("hold a rally", "stage protests", "march", "take to the
    /// streets": PROTEST 141, a verb), which "would" or "will" with no condition foretells; strikes, boycotts and blockades
    /// (143, 144) are left to the intent reading (no gold count for them).
    /// </summary>
    private static bool IsAnnouncedDemonstration(EventPattern pattern) =>
        pattern.Kind == TriggerKind.Verb && pattern.Plover == "PROTEST" && pattern.Cameo == "141";

    /// <summary>Consult rows of a trip, a mission or a meeting one calls or hosts (not talks held): what "would" announces is scheduled.</summary>
    private static readonly string[] s_scheduledMoves =
        ["consult.travel.", "consult.visit.", "consult.tour.", "consult.send-delegation.", "consult.convene.", "consult.host.", "consult.play-host.",
         // "said he would meet party leaders on Monday", "would hold talks with X in the coming days", "would attend a summit":
         // the read sets' gold codes a meeting so announced as the meeting foretold (04x future) 11 times in 14 (round 63).
         "consult.meet.", "consult.hold-meeting.", "consult.have-meeting.", "consult.have-a-meeting."];

    /// <summary>
    /// Whether the trigger is a trip, a mission sent or a meeting called or hosted. An envoy one "would dispatch" is sent to
    /// mediate ("would dispatch a special envoy to help ease tensions": an intent to mediate, 039), not a scheduled visit.
    /// </summary>
    private static bool IsScheduledMove(Document document, TriggerMatch trigger)
    {
        var last = document.Slice(document.Tokens[trigger.EndToken - 1].Range);
        if (last.StartsWith("envoy", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var prefix in s_scheduledMoves)
            if (trigger.Pattern.Id.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>Words that lay a time of the other side or of circumstance on an announced trip: "when conditions allow", "once the war ends".</summary>
    private static readonly FrozenSet<string> s_whenever = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "when", "once", "whenever");

    private static bool IsResponse(ReadOnlySpan<char> word) =>
        word.StartsWith("respon", StringComparison.OrdinalIgnoreCase) || word.StartsWith("retaliat", StringComparison.OrdinalIgnoreCase) || word.StartsWith("reciprocat", StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_if = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "if");

    /// <summary>"If they attack us, we will ...": an "if" clause closed by a comma before the modal's clause lays a condition on it.</summary>
    private static bool ConditionBefore(Document document, int from, int modal)
    {
        var opened = false;
        for (var t = from; t < modal; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("if", StringComparison.OrdinalIgnoreCase))
                opened = true;
            else if (opened && text is ",")
                return true;
        }
        return false;
    }

    private static bool PrecededByTo(Document document, int token) =>
        token > 0 && document.Slice(document.Tokens[token - 1].Range) is "to";

    /// <summary>
    /// "urged the government and the rebels to withdraw", "called on officials at home and in Europe to ease the curbs": an
    /// appeal's addressees joined by "and" or "or" stand between the frame and the act it asks for, which follows their
    /// "to". The "and" joins addressees, not predicates, when no punctuation, relative word or finite verb (by the tagger)
    /// stands between the frame and that "to"; the act is the appeal's content, not an asserted act of its own (VOA review
    /// round 20, #33).
    /// </summary>
    private static bool CoordinatedAddressees(Document document, TriggerMatch frame, TriggerMatch next)
    {
        if (frame.Pattern.Kind != TriggerKind.Frame || frame.Pattern.Plover != "REQUEST" || !PrecededByTo(document, next.FirstToken)
            || next.FirstToken - 1 <= frame.EndToken || document.Slice(document.Tokens[frame.EndToken - 1].Range) is "to" or "that" or "for")
            return false;
        var joined = false;
        for (var t = frame.EndToken; t < next.FirstToken - 1; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "and" or "or")
                joined = true;
            else if (word is ";" or ":" or "," or "." or "but" or "while" or "who" or "which" or "that"
                || document.TagAt(t) is PosTag.VBD or PosTag.VBZ or PosTag.VBP or PosTag.MD)
                return false;
        }
        return joined;
    }

    private static bool Boundary(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is ";" or ":" or "," or "." or "but" or "while" or "and" && !NounObjects.JoinsModifiers(document, t))
                return true;
        return false;
    }

    private static bool Contains(Document document, FrozenSet<string> words, int from, int to)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = from; t < to; t++)
            if (lookup.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }
}
