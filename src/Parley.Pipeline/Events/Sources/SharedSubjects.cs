using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Ghana's government, which had charged him, dismissed his apology as a stunt and demanded that Togo hand him over", "the
/// minister told a newspaper that the results should not be cheered and called for an overhaul": a past-tense verb joined by
/// "and" to a main verb of the same tense, after an "as" phrase or a reported clause in its object, is that verb's second
/// predicate and shares the sentence's subject. When the words between hold a finite past verb of their own ("said the militia
/// attacked and burned ...") the conjunct may be theirs, and it is left alone; a pluperfect one ("had crossed") does not hold
/// back a speech act (<see cref="SpeechAct"/>).
/// </summary>
internal static class SharedSubjects
{
    /// <summary>How many words the first predicate may span, from its verb to the "and".</summary>
    private const int Reach = 30;

    /// <summary>
    /// The subject of the sentence's first predicate when the trigger is its second one, with the "and" that opens the trigger's
    /// predicate (where its own cues of factuality start: a "not" in the first predicate's object is not the trigger's); or null.
    /// </summary>
    public static (ActorGroup Subject, int Conjunction)? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || trigger.Pattern.Source != SourceSlot.Subject || Undergoers.IsPassive(document, trigger)
            || !Subjects.IsPast(Word(document, trigger.FirstToken)))
            return null;
        var and = trigger.FirstToken - 1;
        while (and > sentence.FirstToken && Adverb(Word(document, and)))
            and--;
        if (and <= sentence.FirstToken + 2 || Word(document, and) is not "and")
            return null;
        if (Opening(document, sentence, groups, and) is not { } s)
            return null;
        // the first predicate: after the subject, or after the comma closing an aside about it ("X, which ..., dismissed")
        var verb = s.EndToken;
        for (var t = and - 1; t >= s.EndToken; t--)
            if (Word(document, t) is ",")
            {
                verb = t + 1;
                break;
            }
        verb = PastPossessiveHead(document, verb, and);
        while (verb < and && Adverb(Word(document, verb)))
            verb++;
        // "Ruto had earlier described the raid as treason and deployed ...": a pluperfect first predicate is its participle's (round 49)
        if (Auxiliary(document, verb, and) is { } participle)
            verb = participle;
        var main = Word(document, verb);
        if (verb >= and - 2 || and - verb > Reach || !Subjects.IsPast(main) || main is "was" or "were" or "had" or "did")
            return null;
        var speech = SpeechAct(trigger);
        // "Tang said the trial would be fair and accused ...": a speech act after a reporting verb's clause that holds no simple
        // past of its own (the past-verb check below) is the reporter's, with or without "that" (round 52).
        var bounded = speech && Speakers.IsReportingVerb(main);
        for (var t = verb + 1; t < and; t++)
        {
            var word = Word(document, t);
            if (word is ";" or ":" or "and" or "but" or "or" or "who" or "which" or "when" or "while" or "after" or "before" or "because" or "if" or "since")
                return null;
            if (Subjects.IsPast(word) && !NonFinite(document, t) && !(speech && (Pluperfect(document, t, and) || Progressive(document, t, and))))
                return null;
            bounded |= word is "as" or "that" || Speakers.IsReportingVerb(word);
        }
        return bounded ? (PossessiveHeads.Named(document, groups, s, trigger.FirstToken), and) : null;
    }

    /// <summary>How many words of its own phrase may stand before the subject: "Kenya's education minister, | Ezekiel Machogu".</summary>
    private const int SubjectReach = 8;

    /// <summary>
    /// The first group of the sentence when only words of its own noun phrase stand before it (no preposition, no verb: not
    /// "On Monday, ..." or "After talks, ..."); null otherwise.
    /// </summary>
    private static ActorGroup? Opening(Document document, Sentence sentence, List<ActorGroup> groups, int and)
    {
        foreach (var g in groups)
        {
            if (g.EndToken <= sentence.FirstToken)
                continue;
            if (g.FirstToken < sentence.FirstToken || g.FirstToken > sentence.FirstToken + SubjectReach || g.EndToken >= and)
                return null;
            var prepositions = Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var t = sentence.FirstToken; t < g.FirstToken; t++)
                if (Word(document, t) is var word && (prepositions.Contains(word) || Subjects.IsPast(word) || Speakers.IsReportingVerb(word) || word is "“" or "\"" or ":"))
                    return null;
            return g;
        }
        return null;
    }

    /// <summary>
    /// "Minsk denied that its drones had crossed the border and accused Warsaw ...": a simple past speech act joined to a
    /// reported clause told in the pluperfect differs from that clause's tense, so it is the main verb's second predicate
    /// ("said the militia had attacked the town and burned it" keeps the militia's deed, which is no speech act).
    /// </summary>
    private static bool SpeechAct(TriggerMatch trigger) =>
        trigger.Pattern.Plover is "REQUEST" or "ACCUSE" or "THREATEN" or "REJECT" or "SUPPORT" or "AGREE";

    /// <summary>"had crossed": the auxiliary "had" before a past participle, or the participle after it.</summary>
    private static bool Pluperfect(Document document, int token, int and) =>
        Word(document, token) is "had" ? token + 1 < and && Subjects.IsPast(Word(document, token + 1)) && Word(document, token + 1) is not ("had" or "was" or "were")
            : Word(document, token - 1) is "had";

    /// <summary>
    /// "said it was following the case closely and urged ...", "said the talks were useful and called for ...": "was" or "were"
    /// telling a state or an ongoing act (no past participle after it: not "was attacked") is no finished act the conjunct
    /// could continue, so it does not hold back a speech act (round 52).
    /// </summary>
    private static bool Progressive(Document document, int token, int and) =>
        Word(document, token) is "was" or "were" && token + 1 < and && !Subjects.IsPast(Word(document, token + 1));

    /// <summary>How many words a possessive's head may run: "Kenya's | foreign minister".</summary>
    private const int HeadReach = 3;

    /// <summary>
    /// "Kenya's president described ... and deployed": past the "'s" and the lower-case head it owns when the subject is a
    /// possessive whose head is no actor of its own (round 49); <paramref name="verb"/> itself otherwise.
    /// </summary>
    private static int PastPossessiveHead(Document document, int verb, int and)
    {
        if (verb >= and || !(Possessive(Word(document, verb - 1)) || Possessive(Word(document, verb))))
            return verb;
        var t = Possessive(Word(document, verb)) ? verb + 1 : verb;
        while (t < and && t <= verb + HeadReach && document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized)
            && !Subjects.IsPast(Word(document, t)) && !Adverb(Word(document, t)) && Word(document, t) is not ("has" or "have"))
            t++;
        return t;
    }

    private static bool Possessive(ReadOnlySpan<char> word) =>
        word is "'" or "’" || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>The past participle after "had" or "has" (over adverbs: "had earlier described") at <paramref name="verb"/>; else null.</summary>
    private static int? Auxiliary(Document document, int verb, int and)
    {
        if (Word(document, verb) is not ("had" or "has" or "have"))
            return null;
        var t = verb + 1;
        while (t < and && Adverb(Word(document, t)))
            t++;
        return t < and && Subjects.IsPast(Word(document, t)) && Word(document, t) is not ("had" or "was" or "were" or "been" or "did") ? t : null;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);

    private static bool Adverb(ReadOnlySpan<char> word) =>
        word is "later" or "earlier" or "already" or "then" or "also" or "subsequently" || word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>"should not be packaged", "to be delivered", "has charged": a participle after an auxiliary is no past of its own.</summary>
    private static bool NonFinite(Document document, int token) =>
        Word(document, token - 1) is "be" or "been" or "being" or "to" or "is" or "are" or "has" or "have" or "not" or "n't";
}
