using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>PLOVER's auxiliary modes from cues before the trigger in its clause, and from the event's time against publication.</summary>
internal static class FactualityClassifier
{
    public static Factuality Classify(Document document, int fromToken, int triggerToken)
    {
        var negated = false;
        var hypothetical = false;
        var future = false;
        fromToken = CueScopes.PastOpenClause(document, CommittedConjuncts.After(document, AfterConjunct(document, fromToken, triggerToken), triggerToken), triggerToken);
        // "Kabul's announcement that it will no longer admit him is a step backwards": the cues of a "that" clause inside
        // the subject are that clause's, not the copula's.
        var end = triggerToken;
        for (var t = triggerToken - 1; t > fromToken; t--)
            if (Clauses.InsideSubject(document, t, triggerToken, fromToken))
                end = t;
        // "If they attack us, we will retaliate": the threat or promise a modal states is made, whatever its condition.
        var stated = end < document.Tokens.Length && Cues.IntentModals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[end].Range));
        for (var t = fromToken; t < end; t++)
        {
            // "Peru, which doubts the plan, expelled the envoy": the relative clause's cues are its own (CueScopes)
            if (CueScopes.RelativeClauseEnd(document, t, end, fromToken) is > 0 and var closed)
            {
                t = closed;
                continue;
            }
            var text = document.Slice(document.Tokens[t].Range);
            // "Governor Hope Uzodimma", "Theresa May", "the No campaign": a cue word with a capital inside the sentence is a name
            if (HedgeScopes.NamedCue(document, t, text))
                continue;
            var lookup = Cues.Negation.GetAlternateLookup<ReadOnlySpan<char>>();
            // "would resign and was ready to talk", "did not vote and walked out": a modal takes no finite verb after "and"
            if (CueScopes.BeforeFiniteConjunct(document, t, triggerToken) || CueScopes.DescribingParticiple(document, t, triggerToken))
                continue;
            // "Chile said it would open talks": a reported "will", shifted back, foretells the act
            if (ReportedFutures.Foretells(document, t))
            {
                future = true;
                continue;
            }
            if (stated && text.Equals("if", StringComparison.OrdinalIgnoreCase) && ClosedBefore(document, t, end))
                continue;
            // "accept a U.S.-proposed ceasefire ... or face sanctions": a hyphened "-proposed", "-backed" names who stands behind
            // a noun of its own; it hedges nothing after it.
            if (HyphenedModifier(document, t))
                continue;
            if (lookup.Contains(text) && !IsNotOnly(document, t, text) || StopsShort(document, t, text))
                negated = true;
            else if (text.Equals("instead", StringComparison.OrdinalIgnoreCase))
                negated = false; // "seldom criticized China and instead accepted its funding": the act instead is done
            else if (Cues.Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                hypothetical = true;
            else if (IsForecast(document, t, text, triggerToken))
                hypothetical = true;
            else if (Cues.Future.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || IsSetTo(document, t, text))
                future = true;
            else if (IsCalledFor(document, t, text) || IsEnlistedFor(document, t, text, triggerToken) || IsSeeming(document, t, text) || IsDesired(document, t, text)
                || IsEnabled(document, t, text, triggerToken))
                hypothetical = true;
            else if (IsLookedForwardTo(document, t, text) || IsAheadOf(document, t, text, triggerToken) || IsOnTheWay(document, t, text, triggerToken))
                future = true;
            else if (!stated && (text.Equals("any", StringComparison.OrdinalIgnoreCase) && triggerToken - t <= 2 || AttemptedActs.Opens(document, t, text, triggerToken)))
                hypothetical = true; // "a strong response to any attack", "any attempt to impose", "in an effort to arrest": no particular act
                                     // ("any attempt to ... would have consequences": the warning a modal states is made, whatever it is about)
            else if (Cues.Facing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && IsUltimatum(document, t, triggerToken))
                hypothetical = true;
            else if (HabitsAndUses.Marks(document, t, text, triggerToken))
                hypothetical = true; // "frequently conducts bombings", "a plane used to share intelligence": no particular act
        }
        if (triggerToken + 1 < document.Tokens.Length && StopsShort(document, triggerToken + 1, document.Slice(document.Tokens[triggerToken + 1].Range)))
            negated = true; // "stop short of banning imports" read whole as a halt of imports: the ban is not made
        if (EitherModal(document, triggerToken) is { } shared)
            (hypothetical, future) = (hypothetical || Cues.Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>().Contains(shared), future || Cues.Future.GetAlternateLookup<ReadOnlySpan<char>>().Contains(shared));
        if (triggerToken < document.Tokens.Length && HabitsAndUses.Statistic(document, triggerToken))
            hypothetical = true; // "supplies 40 percent of Europe's gas": a share or a comparison is a state of affairs
        if (triggerToken < document.Tokens.Length && HabitsAndUses.RunningToll(document, triggerToken, fromToken))
            hypothetical = true; // "have been killed since October": a running toll over a span is a statistic
        if (triggerToken < document.Tokens.Length && StandingSpans.Spans(document, triggerToken))
            hypothetical = true; // "has long denied", "has hosted the office since 2015": a position or state kept for years, no one act
        if (triggerToken < document.Tokens.Length && StandingSpans.OverEarlierYears(document, triggerToken))
            hypothetical = true; // "fought a border war from 1977 to 1978": history summed over a span of years, no one act
        if (triggerToken < document.Tokens.Length && StandingStates.Holds(document, triggerToken))
            hypothetical = true; // "troops stationed in Chad", "Sall, who is barred from seeking a third term", "the constitution bars him", "Qatar hosts the base": a standing state, no act
        if (triggerToken < document.Tokens.Length && StandingStates.Tally(document, triggerToken))
            hypothetical = true; // "has launched more than 100 missiles since the start of 2022": a running tally of many acts
        if (triggerToken < document.Tokens.Length && BackgroundRelatives.Told(document, triggerToken))
            hypothetical = true; // "the council, which has mediated earlier rounds": a side's background in a relative clause, not the news
        return negated ? Factuality.Negated : hypothetical ? Factuality.Hypothetical : future ? Factuality.Future : Factuality.Asserted;
    }

    /// <summary>"they stop short of banning imports", "fell short of recognising": what a side stops short of, it does not do.</summary>
    private static bool StopsShort(Document document, int t, ReadOnlySpan<char> text) =>
        text.Equals("short", StringComparison.OrdinalIgnoreCase) && t > 0 && t + 1 < document.Tokens.Length && document.Slice(document.Tokens[t + 1].Range) is "of"
        && document.Slice(document.Tokens[t - 1].Range) is "stop" or "stops" or "stopped" or "stopping" or "fall" or "falls" or "fell" or "falling";

    /// <summary>Whether token <paramref name="t"/> is the second half of a hyphened modifier ("U.S.-proposed", "Saudi-backed").</summary>
    private static bool HyphenedModifier(Document document, int t)
    {
        var start = document.Tokens[t].Start;
        return start > 0 && document.Text[start - 1] == '-';
    }

    /// <summary>
    /// "said Kyiv was ready for a truce, and welcomed the plan": a verb coordinated after ", and" (or a closing quote and
    /// "and") is out of reach of the first conjunct's cues; its own cues start at the "and".
    /// </summary>
    private static int AfterConjunct(Document document, int fromToken, int triggerToken)
    {
        var k = triggerToken - 1;
        while (k > fromToken && document.Slice(document.Tokens[k].Range) is "\"" or "“" or "”" or "'" or "‘" or "’")
            k--;
        // ", and he threatened to ...": a subject pronoun after ", and" opens a clause of its own (round 29, scope.new-subject)
        if (k - 2 > fromToken && document.Slice(document.Tokens[k].Range) is "he" or "she" or "they" or "we" or "it" or "I"
            && document.Slice(document.Tokens[k - 1].Range).Equals("and", StringComparison.OrdinalIgnoreCase) && document.Slice(document.Tokens[k - 2].Range) is ",")
            return k - 1;
        if (k - 1 <= fromToken || !document.Slice(document.Tokens[k].Range).Equals("and", StringComparison.OrdinalIgnoreCase))
            return fromToken;
        return document.Slice(document.Tokens[k - 1].Range) is "," or "\"" or "”" or "’" ? k : fromToken;
    }

    /// <summary>
    /// "The talks ... remain uncertain", "a deal is unlikely": a nominal trigger is the subject of a hedging predicate
    /// after it, up to the end of its clause.
    /// </summary>
    public static bool HedgedAfter(Document document, int fromToken, int sentenceEnd)
    {
        for (var t = fromToken; t < sentenceEnd; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or "but" or "while" or "whereas")
                return false;
            if (Cues.HedgesAfter.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && !DegreeIdiom(document, t, fromToken) && !HedgeScopes.SeenBare(document, t, sentenceEnd))
                return true;
            if (Refused(document, t, sentenceEnd))
                return true; // "talks with the Dalai Lama were out of the question": the refused step is not reported as done
            // "US support crucial", "talks are vital": a word of need right after the noun calls for the act, it does not report it.
            if (t - fromToken <= NeedReach && !text.Equals("time", StringComparison.OrdinalIgnoreCase) && Cues.Needed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
        }
        return false;
    }

    /// <summary>"out of the question", "not an option" at token <paramref name="t"/>: the step that is its subject is refused (reject.out-of-question codes the refusal).</summary>
    private static bool Refused(Document document, int t, int sentenceEnd)
    {
        bool Is(int k, string word) => k < sentenceEnd && document.Slice(document.Tokens[k].Range).SequenceEqual(word);
        return Is(t, "out") && Is(t + 1, "of") && Is(t + 2, "the") && Is(t + 3, "question")
            || Is(t, "not") && Is(t + 1, "an") && Is(t + 2, "option");
    }

    /// <summary>
    /// "wanted a treaty as soon as possible", "talks, where possible, in person": "possible" after "as", "if", "where" or "when"
    /// measures how soon or how far; it hedges nothing (round 29, rule <c>scope.degree-idiom</c>).
    /// </summary>
    private static bool DegreeIdiom(Document document, int hedge, int fromToken) =>
        hedge > fromToken && document.Slice(document.Tokens[hedge].Range).Equals("possible", StringComparison.OrdinalIgnoreCase)
        && document.Slice(document.Tokens[hedge - 1].Range) is "as" or "if" or "where" or "when" or "wherever" or "whenever";

    /// <summary>
    /// "sanctions can snap back if ...", "strikes on Gaza could resume": a nominal act that is the subject of a modal of
    /// possibility right after it is a possibility, not a report.
    /// </summary>
    public static bool PossibleAfter(Document document, TriggerMatch trigger, Sentence sentence)
    {
        // A verb's form is a noun when a modal follows it: "sanctions can", "strikes could" (a finite verb takes no modal after it).
        var reach = trigger.Pattern.Kind == TriggerKind.Noun || !VerbUse.IsVerb(document, trigger.FirstToken, sentence.FirstToken) ? ModalReach
            : trigger.EndToken - trigger.FirstToken == 1 && document.Slice(document.Tokens[trigger.FirstToken].Range).EndsWith('s') ? 0 : -1;
        var fromToken = trigger.EndToken;
        for (var t = fromToken; t < sentence.EndToken && t - fromToken <= reach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.PossibilityModals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false; // "sanctions, which could ...", "strikes that may ...": the modal is another clause's
        }
        return false;
    }

    /// <summary>
    /// "It is unclear that the two leaders will sit down", "officials doubt that ...": a hedge in the clause that
    /// introduces the trigger's clause makes it hypothetical.
    /// </summary>
    public static bool HedgedBefore(Document document, int sentenceStart, int clauseStart)
    {
        for (var t = HedgeScopes.AfterContrast(document, AfterClosedQuote(document, sentenceStart, clauseStart), clauseStart); t < clauseStart; t++)
            if (Cues.HedgesBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)) && HedgeScopes.Introduces(document, t, clauseStart))
                return true;
        return false;
    }

    /// <summary>
    /// "“The outlook is uncertain,” the envoy said, adding that Chile would send aid": a quote closed before the clause is
    /// its own statement; its hedges do not introduce the clause after it (round 29, rule <c>scope.closed-quote</c>). Returns
    /// the token after the last closing quote before <paramref name="clauseStart"/>, or <paramref name="sentenceStart"/>.
    /// </summary>
    private static int AfterClosedQuote(Document document, int sentenceStart, int clauseStart)
    {
        var straight = 0;
        var after = sentenceStart;
        for (var t = sentenceStart; t < clauseStart; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "”")
                after = t + 1;
            else if (text is "\"" && ++straight % 2 == 0)
                after = t + 1;
        }
        return after;
    }

    /// <summary>An asserted event dated after publication has not happened yet.</summary>
    public static Factuality WithTime(Factuality factuality, EventTime time, Publication? published)
    {
        if (factuality != Factuality.Asserted || time.Basis != TimeBasis.Explicit || published is not { } p)
            return factuality;
        return TimeValue.Period(time.Value) is { } period && period.First > p.Date ? Factuality.Future : factuality;
    }

    /// <summary>
    /// "must withdraw or face air strikes", "faced sanctions unless it complied": what one faces under a condition is
    /// threatened, not done. Bare "faced an attack" stays asserted.
    /// </summary>
    private static bool IsUltimatum(Document document, int facing, int trigger)
    {
        if (facing > 0 && document.Slice(document.Tokens[facing - 1].Range) is "or")
            return true;
        for (var t = trigger + 1; t < document.Tokens.Length && t <= trigger + UltimatumReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "?" or "!")
                return false;
            if (text is "unless" or "if")
                return true;
        }
        return false;
    }

    private const int UltimatumReach = 25;

    /// <summary>A comma between a condition word and the modal closes the condition's clause.</summary>
    private static bool ClosedBefore(Document document, int condition, int modal)
    {
        for (var t = condition + 1; t < modal; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return true;
        return false;
    }

    /// <summary>"are not only angry with X but also ...": "not only" adds, it does not negate.</summary>
    private static bool IsNotOnly(Document document, int token, ReadOnlySpan<char> text) =>
        text.Equals("not", StringComparison.OrdinalIgnoreCase) && NextIs(document, token, "only");

    /// <summary>How far after a nominal trigger its modal may stand: "strikes on Gaza could resume".</summary>
    private const int ModalReach = 2;

    /// <summary>How far after a nominal trigger a word of need still speaks of it: "talks are now crucial".</summary>
    private const int NeedReach = 2;

    /// <summary>"was necessary to resist", "it is time to end": a word of need right before "to".</summary>
    private static bool IsCalledFor(Document document, int token, ReadOnlySpan<char> text) =>
        Cues.Needed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && NextIs(document, token, "to");

    /// <summary>"Tokyo will be interested in encouraging Manila", "Ankara is keen to mend ties", "eager to host talks": an act one is keen on is wished, not done.</summary>
    private static bool IsDesired(Document document, int token, ReadOnlySpan<char> text) =>
        text is "interested" or "keen" or "eager" or "anxious" or "desperate" && token + 1 < document.Tokens.Length
        && document.Slice(document.Tokens[token + 1].Range) is "in" or "to" or "on";

    /// <summary>"Pyongyang appears to be preparing a launch", "the rebels seem to have withdrawn": an act that only seems so is not reported as done.</summary>
    private static bool IsSeeming(Document document, int token, ReadOnlySpan<char> text) =>
        text is "appears" or "appear" or "appeared" or "seems" or "seem" or "seemed" && NextIs(document, token, "to");

    /// <summary>"hired a gunman to kill the journalist", "paid smugglers to attack": what someone is enlisted for is a plan.</summary>
    private static bool IsEnlistedFor(Document document, int token, ReadOnlySpan<char> text, int trigger) =>
        trigger - token <= EnlistReach && trigger > 0 && document.Slice(document.Tokens[trigger - 1].Range) is "to"
        && Cues.Enlisting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    private const int EnlistReach = 6;

    /// <summary>
    /// "Trump could either return to threats, which could lead to war, or accept ...": the second choice of "either ... or"
    /// shares the modal before "either", however far the first choice runs. Returns that modal, or null.
    /// </summary>
    private static string? EitherModal(Document document, int trigger)
    {
        var or = trigger - 1;
        if (or < 1 || !document.Slice(document.Tokens[or].Range).Equals("or", StringComparison.OrdinalIgnoreCase))
            return null;
        for (var t = or - 1; t >= 1 && t >= or - EitherReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "?" or "!")
                return null;
            if (!text.Equals("either", StringComparison.OrdinalIgnoreCase))
                continue;
            var modal = document.Slice(document.Tokens[t - 1].Range);
            return Cues.Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>().Contains(modal) || Cues.Future.GetAlternateLookup<ReadOnlySpan<char>>().Contains(modal)
                ? modal.ToString() : null;
        }
        return null;
    }

    /// <summary>How far "either" may stand before the "or" of its second choice.</summary>
    private const int EitherReach = 30;

    /// <summary>
    /// "the admiral said he expects Pyongyang to fire another rocket", "analysts predict Beijing to retaliate": what one
    /// expects another to do is a forecast, not a plan or a report. "is expected to visit" (no one else between) stays future.
    /// </summary>
    private static bool IsForecast(Document document, int token, ReadOnlySpan<char> text, int trigger)
    {
        if (trigger - token > EnlistReach || trigger - token < 3 || document.Slice(document.Tokens[trigger - 1].Range) is not "to"
            || !Cues.Forecasting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return false;
        for (var t = token + 1; t < trigger - 1; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation) || document.Slice(document.Tokens[t].Range) is "to" or "that")
                return false; // "expected, to ...", "expects to ...": no one else is expected to act
        return true;
    }

    /// <summary>
    /// "the law allows the government to seize assets", "a resolution that authorizes states to inspect ships": what a rule
    /// permits is a power, not an act done. Only present forms: "allowed aid trucks to enter" may report what happened.
    /// </summary>
    private static bool IsEnabled(Document document, int token, ReadOnlySpan<char> text, int trigger) =>
        trigger - token <= EnlistReach && trigger > 0 && document.Slice(document.Tokens[trigger - 1].Range) is "to"
        && Cues.Enabling.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>"I look forward to discussing", "looking forward to the talks": what one looks forward to is still to come.</summary>
    private static bool IsLookedForwardTo(Document document, int token, ReadOnlySpan<char> text) =>
        text.Equals("forward", StringComparison.OrdinalIgnoreCase) && NextIs(document, token, "to") && token > 0
        && document.Slice(document.Tokens[token - 1].Range).StartsWith("look", StringComparison.OrdinalIgnoreCase);

    /// <summary>"ahead of talks in Doha", "spoke ahead of a summit": the act "ahead of" names is still to come.</summary>
    private static bool IsAheadOf(Document document, int token, ReadOnlySpan<char> text, int trigger) =>
        text.Equals("ahead", StringComparison.OrdinalIgnoreCase) && NextIs(document, token, "of") && trigger - token <= AheadReach;

    /// <summary>"envoys on their way to Moscow for talks", "en route to Cairo for a summit": the act a journey is for has not happened.</summary>
    private static bool IsOnTheWay(Document document, int token, ReadOnlySpan<char> text, int trigger)
    {
        if (trigger - token > JourneyReach)
            return false;
        if (text.Equals("route", StringComparison.OrdinalIgnoreCase))
            return token > 0 && document.Slice(document.Tokens[token - 1].Range).Equals("en", StringComparison.OrdinalIgnoreCase);
        return text.Equals("way", StringComparison.OrdinalIgnoreCase) && (NextIs(document, token, "to") || NextIs(document, token, "for"))
            && token > 1 && document.Slice(document.Tokens[token - 2].Range).Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    private const int AheadReach = 4;

    private const int JourneyReach = 10;

    private static bool NextIs(Document document, int token, string word) =>
        token + 1 < document.Tokens.Length && document.Slice(document.Tokens[token + 1].Range).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsSetTo(Document document, int token, ReadOnlySpan<char> text) =>
        (text is "set" or "poised" or "slated") && token + 1 < document.Tokens.Length && document.Slice(document.Tokens[token + 1].Range) is "to";
}
