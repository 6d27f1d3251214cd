using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Who reports a clause: the subject of the reporting verb around it, or the one named after a quote.</summary>
internal static class Speakers
{
    /// <summary>
    /// Who reports the clause holding the trigger ("Russia said that Sudan must ...", "..., Russian officials said", "..., the
    /// bloc's envoy warned"):
    /// the subject before the clause, else the actor next to a reporting verb after it.
    /// </summary>
    public static int[] Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var clauseStart = ReportedClauseStart(document, sentence, trigger, groups);
        if (Before(document, sentence, clauseStart, groups) is { } before)
            return before;
        foreach (var g in groups)
            if (g.EndToken <= clauseStart && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                return g.Mentions;
        // "A senior commander of the Revolutionary Guards warned that ...": one who speaks for a body stands for it.
        if (MemberSubjects.Of(document, groups, sentence.FirstToken, trigger.FirstToken) is { } body)
            return PossessiveHeads.Named(document, groups, body, trigger.FirstToken).Mentions;
        return After(document, sentence, trigger, groups) ?? [];
    }

    /// <summary>
    /// Who a reporting verb says told the clause holding the trigger ("the ministry said 107 people had been detained", "...,
    /// police said"), and no one else: unlike <see cref="Of"/>, a mere subject before the clause is no speaker. Empty when none.
    /// </summary>
    public static int[] Reporter(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups) =>
        Before(document, sentence, ReportedClauseStart(document, sentence, trigger, groups), groups) ?? After(document, sentence, trigger, groups) ?? [];

    private static int ReportedClauseStart(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var clauseStart = Clauses.ClauseStart(document, sentence, trigger.FirstToken, groups);
        return ParticipleReport(document, clauseStart, trigger.FirstToken) ?? clauseStart;
    }

    /// <summary>"Chinese probably understood that Lai said China must quit ...": the subject of the nearest reporting verb before the clause.</summary>
    private static int[]? Before(Document document, Sentence sentence, int clauseStart, List<ActorGroup> groups)
    {
        for (var t = clauseStart - 1; t > sentence.FirstToken; t--)
        {
            if (!ReportingVerbs.IsSpeech(document.Slice(document.Tokens[t].Range)))
                continue;
            foreach (var g in groups)
                if (g.EndToken <= t && g.EndToken >= t - 2 && !Subjects.GovernedByPreposition(document, g, sentence.FirstToken))
                    return g.Mentions;
            // "A spokesman for the Turkish government said Greece must ...": the body its spokesman speaks for.
            if (MemberSubjects.Of(document, groups, sentence.FirstToken, t) is { } speaksFor)
                return PossessiveHeads.Named(document, groups, speaksFor, t).Mentions;
            break;
        }
        return null;
    }

    /// <summary>"..., Russian officials said", "..., the bloc's envoy warned": the actor next to a reporting verb after the trigger.</summary>
    private static int[]? After(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not ("said" or "says" or "announced" or "stated" or "told" or "declared" or "concluded" or "reported" or "warned" or "warns"))
                continue;
            foreach (var g in groups)
                if (g.EndToken >= t - 2 && g.EndToken <= t || g.FirstToken > t && g.FirstToken <= t + 3 || g.EndToken > trigger.EndToken && HeadBetween(document, g.EndToken, t))
                    return g.Mentions;
        }
        return null;
    }

    /// <summary>How many lower-case words a trailing speaker's head may run after its name: "U.N. war crimes investigators concluded".</summary>
    private const int HeadReach = 3;

    /// <summary>Whether only lower-case words (a head noun and its modifiers) stand between a group's end and a reporting verb.</summary>
    private static bool HeadBetween(Document document, int groupEnd, int verb)
    {
        if (verb <= groupEnd || verb - groupEnd > HeadReach)
            return false;
        for (var t = groupEnd; t < verb; t++)
            if (!document.Tokens[t].Is(TokenShape.Word) || !char.IsLower(document.Text[document.Tokens[t].Start]) || document.Slice(document.Tokens[t].Range) is "and" or "or" or "who" or "that" or "which")
                return false;
        return true;
    }

    /// <summary>How far before the trigger the participle of saying may stand.</summary>
    private const int ParticipleReach = 15;

    /// <summary>
    /// "Peru recalled its envoy, saying Bolivia had abused its immunities": where the clause a participle of saying reports
    /// starts (after it and an optional "that"), when the participle follows a comma after <paramref name="clauseStart"/>; else null.
    /// The participle's subject is the main clause's, so the reporter is whoever did the main clause's act.
    /// </summary>
    public static int? ParticipleReport(Document document, int clauseStart, int trigger) =>
        Participle(document, clauseStart, trigger) is { } participle ? ReportedStart(document, participle) : null;

    /// <summary>The participle of saying right after a comma between <paramref name="clauseStart"/> and the trigger; null when none.</summary>
    public static int? Participle(Document document, int clauseStart, int trigger)
    {
        for (var t = trigger - 1; t > clauseStart && t >= trigger - ParticipleReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (ReportingVerbs.SayingParticiples.Contains(word))
                return document.Slice(document.Tokens[t - 1].Range) is "," ? t : null;
            if (word is ";" or ":" or "“" or "”" or "\"")
                return null;
        }
        return null;
    }

    /// <summary>The first token of the clause a participle of saying reports: after it, and after a "that" right behind it.</summary>
    public static int ReportedStart(Document document, int participle) =>
        document.Slice(document.Tokens[participle + 1].Range) is "that" ? participle + 2 : participle + 1;

    /// <summary>
    /// "warned that troops would shoot", "said the police had arrested": a reported clause whose subject is a bare forces
    /// noun no actor names ("troops", "the army", "security forces"); the forces are then the reporting speaker's own.
    /// </summary>
    public static bool OwnForcesSubject(Document document, List<ActorGroup> groups, int clauseStart, int trigger)
    {
        if (clauseStart == 0 || document.Slice(document.Tokens[clauseStart - 1].Range) is not ("that" or "said" or "says" or "warned" or "announced" or "declared" or "claimed" or "reported")
            && document.Slice(document.Tokens[clauseStart].Range) is not "that")
            return false;
        foreach (var g in groups)
            if (g.FirstToken >= clauseStart && g.FirstToken < trigger)
                return false;
        var start = document.Slice(document.Tokens[clauseStart].Range) is "that" ? clauseStart + 1 : clauseStart;
        // "said the last of its troops had withdrawn", "some of our soldiers": a part of the forces is the speaker's too.
        var reach = 2;
        for (var t = start; t < trigger && t <= start + reach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "troops" or "army" or "military" or "police" or "policemen" or "officers" or "soldiers" or "forces")
                return true;
            if (word is "last" or "rest" or "bulk" or "remainder" or "most" or "some" or "all" or "part" or "remaining" or "first" && reach == 2
                && t + 1 < trigger && document.Slice(document.Tokens[t + 1].Range) is "of")
                (reach, t) = (t - start + 4, t + 1);
            else if (word is not ("the" or "its" or "his" or "our" or "their" or "security" or "riot" or "armed" or "government"))
                return false;
        }
        return false;
    }

    /// <summary>Whether a speaker is a state or its officials, who have forces of their own (a rights group or rebel spokesman has none).</summary>
    public static bool CommandsForces(Document document, int[] speaker)
    {
        foreach (var m in speaker)
            if (document.Entities[document.Mentions[m].Entity].Actor is not { } code || code.Country is "IGO" or "NGO" or "IMG" or "MNC" || code.Sector is "REB" or "OPP" or "NGO" or "IGO" or "MED" or "INS")
                return false;
        return true;
    }

    /// <summary>A verb that attributes words to a speaker.</summary>
    public static bool IsReportingVerb(ReadOnlySpan<char> word) =>
        ReportingVerbs.IsSpeech(word) || word is "added" or "wrote" or "asked" or "tweeted" or "posted"; // a speaker who writes or asks too

    /// <summary>
    /// "“...,” Mujahid said", "said the minister", "Bennett told reporters": the actor next to a reporting verb in the
    /// sentence, the one its quotes belong to; [] when none is named.
    /// </summary>
    public static int[] Attribution(Document document, Sentence sentence, List<ActorGroup> groups)
    {
        for (var t = AfterOpeningQuote(document, sentence); t < sentence.EndToken; t++)
        {
            if (!IsReportingVerb(document.Slice(document.Tokens[t].Range)))
                continue;
            foreach (var g in groups)
                if (g.EndToken >= t - 2 && g.EndToken <= t || g.FirstToken > t && g.FirstToken <= t + 2)
                    return g.Mentions;
        }
        return [];
    }

    /// <summary>
    /// Where a sentence's attribution may start: after the quote it opens with ("“We asked Togo to act,” the officials said":
    /// the quoted "asked Togo" attributes nothing), else at its first token.
    /// </summary>
    public static int AfterOpeningQuote(Document document, Sentence sentence)
    {
        if (document.Slice(document.Tokens[sentence.FirstToken].Range) is not ("“" or "\""))
            return sentence.FirstToken;
        for (var close = sentence.FirstToken + 1; close < sentence.EndToken; close++)
            if (document.Slice(document.Tokens[close].Range) is "”" or "\"")
                return close + 1;
        return sentence.FirstToken;
    }

    /// <summary>
    /// "... completely,” Ford told reporters on Friday", "... in Congress,” said a former Turkish ambassador": the actor next to
    /// the reporting verb right after the quote closing in <paramref name="sentence"/>, never one named inside the quote; [] when none.
    /// </summary>
    public static int[] AfterQuote(Document document, Sentence sentence, List<ActorGroup> groups)
    {
        var close = sentence.FirstToken;
        while (close < sentence.EndToken && document.Slice(document.Tokens[close].Range) is not ("”" or "\""))
            close++;
        for (var r = close + 1; r < sentence.EndToken && r <= close + 6; r++)
        {
            if (!IsReportingVerb(document.Slice(document.Tokens[r].Range)))
                continue;
            foreach (var g in groups)
                if (g.FirstToken > close && g.EndToken <= r || g.FirstToken > r && g.FirstToken <= r + 3)
                    return g.Mentions;
            return [];
        }
        return [];
    }

    /// <summary>
    /// "“I urge the Taliban to reverse ...,” Bennett said": a first-person subject in a quote is its speaker, named by the
    /// reporting verb after it, else the speaker of the quote or interview answer the sentence continues (<paramref name="run"/>).
    /// </summary>
    public static int[] Quoted(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart, int[]? run)
    {
        return FirstPerson(document, trigger, clauseStart) ? QuoteSpeaker(document, sentence, trigger, groups, run) : [];
    }

    /// <summary>
    /// The speaker of the quote the trigger stands in: the actor of its reporting verb, after the quote ("...,” Ruto said") or
    /// before it ("Lai said, we ..."), else of the quote or answer the sentence continues (<paramref name="run"/>); empty when untold.
    /// </summary>
    public static int[] QuoteSpeaker(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int[]? run)
    {
        for (var r = trigger.EndToken; r < sentence.EndToken; r++)
        {
            // "...,” he tweeted", "...,” she insisted": any verb that attributes words closes the quote.
            if (!IsReportingVerb(document.Slice(document.Tokens[r].Range)))
                continue;
            // The speaker stands after the quote closes ("...,” Ruto said") or after the verb ("said Ruto"), never inside the quote.
            var quoteEnd = r;
            while (quoteEnd > trigger.EndToken && document.Slice(document.Tokens[quoteEnd - 1].Range) is not ("”" or "\"" or "'"))
                quoteEnd--;
            foreach (var g in groups)
                if (g.FirstToken >= quoteEnd && g.EndToken <= r && quoteEnd > trigger.EndToken || g.FirstToken > r && g.FirstToken <= r + 3)
                    return g.Mentions;
            // "...,” the spokesperson said": an uncoded speaker the run names by a bare title, else none.
            return run ?? [];
        }
        // "Pashinyan said, we are ready for talks": the reporting verb may come first, its speaker right before or after it.
        for (var r = trigger.FirstToken - 1; r > sentence.FirstToken; r--)
        {
            if (document.Slice(document.Tokens[r].Range) is not ("said" or "says" or "added" or "stated"))
                continue;
            foreach (var g in groups)
                if (g.EndToken <= r && g.EndToken >= r - 3 && !Clauses.HasComma(document, g.EndToken, r) || g.FirstToken > r && g.FirstToken <= r + 2 && g.EndToken < trigger.FirstToken)
                    return g.Mentions;
            break;
        }
        // "I had met him before." with no reporting verb: the speaker of the quote or answer it continues.
        return run ?? [];
    }

    /// <summary>"they are threatening us", "They will never accept": the act's subject is "they", in a quote the speaker's other side.</summary>
    public static bool ThirdPersonPlural(Document document, TriggerMatch trigger, int clauseStart) =>
        SubjectWord(document, trigger, clauseStart) is { } t && document.Slice(document.Tokens[t].Range) is "they" or "They";

    /// <summary>The token of the pronoun right before the act, past modals and adverbs ("we will never accept"); null when none.</summary>
    private static int? SubjectWord(Document document, TriggerMatch trigger, int clauseStart)
    {
        var t = trigger.FirstToken - 1;
        while (t >= clauseStart && t >= trigger.FirstToken - 3 && document.Slice(document.Tokens[t].Range) is var w
            && (w.EndsWith("ly", StringComparison.Ordinal) || w is "will" or "would" or "also" or "have" or "has" or "had" or "must" or "again" or "still" or "can" or "certainly"
                or "never" or "not" or "shall" or "should" or "could" or "cannot" or "always" or "are" or "were" or "may" or "might"
                // "we have now frozen", "we have already sent", "I hereby ask": time and speech-act adverbs that do not end in -ly.
                or "now" or "already" or "just" or "even" or "hereby" or "today" or "once" or "long" or "since"))
            t--;
        // "[We] urge ...", "(I) will not resign": an editor's bracketed pronoun is the subject as written.
        if (t - 2 >= clauseStart && document.Slice(document.Tokens[t].Range) is "]" or ")" && document.Slice(document.Tokens[t - 2].Range) is "[" or "(")
            t--;
        return t >= clauseStart ? t : null;
    }

    /// <summary>"we will never accept", "I urge", "reiterate my willingness": the act's subject is the first person, a quote's speaker.</summary>
    public static bool FirstPerson(Document document, TriggerMatch trigger, int clauseStart)
    {
        // "reiterate my willingness", "our readiness to help": a first-person possessive right before the act is the speaker's too.
        var before = trigger.FirstToken - 1;
        if (before >= clauseStart && document.Slice(document.Tokens[before].Range) is "my" or "our" or "My" or "Our")
            return true;
        // "I'm proud of", "we're ready to": a trigger that opens with a first-person contraction holds its own subject.
        if (document.Slice(document.Tokens[trigger.FirstToken].Range) is var first && first.Length > 2
            && (first[0] == 'I' && first[1] is '\'' or '’' || first.StartsWith("we", StringComparison.OrdinalIgnoreCase) && first[2] is '\'' or '’'))
            return true;
        if (SubjectWord(document, trigger, clauseStart) is not { } t)
            return false;
        if (document.Slice(document.Tokens[t].Range) is "I" or "We" or "we")
            return true;
        // "Our government will never accept ...", "my country rejects ...": the speaker's own state is the speaker's side.
        if (t - 1 >= clauseStart && OwnStates.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
            && document.Slice(document.Tokens[t - 1].Range) is "our" or "Our" or "my" or "My")
            return true;
        // "We condemn the jailbreak and urge calm": a verb conjoined by "and" has the subject of the verb before it.
        return document.Slice(document.Tokens[t].Range) is "and" && ConjoinedFirstPerson(document, t, clauseStart);
    }

    /// <summary>Nouns for the speaker's own state after "our" or "my": "our government", "my country".</summary>
    private static readonly FrozenSet<string> OwnStates = FrozenSet.Create(StringComparer.Ordinal, "government", "country", "nation", "state", "administration");

    /// <summary>How many words back from a conjoining "and" the first verb's subject may stand ("we strongly condemn the attack on X and").</summary>
    private const int ConjoinedReach = 16;

    /// <summary>Whether the nearest subject pronoun before the "and" at <paramref name="and"/> is "I" or "we", with no clause boundary between.</summary>
    private static bool ConjoinedFirstPerson(Document document, int and, int clauseStart)
    {
        for (var t = and - 1; t >= clauseStart && t >= and - ConjoinedReach; t--)
        {
            var w = document.Slice(document.Tokens[t].Range);
            if (w is "I" or "We" or "we")
                return true;
            if (w is "," or ";" or ":" or "that" or "who" or "which" or "he" or "she" or "they" or "it" or "He" or "She" or "They" or "It" or "you" or "You")
                return false;
        }
        return false;
    }
}
