using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Where a trigger's clause starts and ends, and how much a clause's position says about its news.</summary>
internal static class Clauses
{
    internal static int ClauseStart(Document document, Sentence sentence, int triggerToken, List<ActorGroup> groups)
    {
        for (var t = triggerToken - 1; t >= sentence.FirstToken; t--)
        {
            // "If the rebels attack, we will retaliate": the condition's clause closes at its comma; its subject is not the main clause's.
            if (document.Slice(document.Tokens[t].Range) is "," && ClosesCondition(document, t, sentence.FirstToken, groups))
                return t + 1;
            if (!StartsClause(document, t, sentence.FirstToken, groups))
                continue;
            // "Najib, whose coalition lost in 2018, seldom criticized ...": a relative clause closed by a comma before
            // the trigger is an aside; the trigger belongs to the clause around it.
            if (document.Slice(document.Tokens[t].Range) is "who" or "whom" or "whose" or "which" && HasComma(document, t, triggerToken))
                continue;
            if (InsideSubject(document, t, triggerToken, sentence.FirstToken))
                continue;
            // "Erdogan, addressing supporters after a prayer gathering, accused ...": an opener inside a participle aside of the subject.
            if (ParticipleAsides.Encloses(document, t, triggerToken, sentence.FirstToken))
                continue;
            // "Bio described the unrest as a plot and thanked the police": the "as" of a describing verb is a preposition.
            if (DescribedConjuncts.Joins(document, t, triggerToken, sentence.FirstToken))
                continue;
            if (ParticipleOfSaying(document, t, triggerToken, groups))
                continue;
            return t + 1;
        }
        return sentence.FirstToken;
    }

    /// <summary>Verbs of saying that open a reported clause (<see cref="Cues.ClauseStart"/>) but may have only adjuncts after them.</summary>
    private static readonly FrozenSet<string> s_sayings = ReportingVerbs.Sayings;

    private static readonly FrozenSet<string> s_finiteWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "must", "should", "may", "might",
        "do", "does", "did", "not", "who", "which", "he", "she", "it", "they", "we", "i", "you");

    /// <summary>Words that open an adjunct of the verb of saying: "said in a televised address", "said on Monday", "said last week".</summary>
    private static readonly FrozenSet<string> s_adjunctOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "during", "after", "before", "from", "via", "through", "last", "earlier", "later", "late", "yesterday", "today",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>How far after the participle its own actor object may start: "accusing the Chinese coast guard".</summary>
    private const int ObjectReach = 3;

    private static readonly FrozenSet<string> s_modifierOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "a", "an", "the", "its", "their", "his", "her", "our", "this");

    /// <summary>
    /// "Maduro said in a televised address last week, accusing Colombia of ...": after a verb of saying followed only by its
    /// adjuncts (no verb of a reported clause: "said Colombia plotted"), a participle after the comma adjoins the saying clause,
    /// whose subject is its own; the verb of saying opens no clause for it.
    /// </summary>
    private static bool ParticipleOfSaying(Document document, int saying, int triggerToken, List<ActorGroup> groups)
    {
        if (!s_sayings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[saying].Range))
            || triggerToken - 1 <= saying + 1 || document.Slice(document.Tokens[triggerToken - 1].Range) is not ","
            || !document.Slice(document.Tokens[triggerToken].Range).EndsWith("ing", StringComparison.Ordinal)
            || !s_adjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[saying + 1].Range)))
            return false;
        // the participle names its own other side ("accusing Colombia of", "calling the Chinese raid piracy"): one the story would
        // otherwise have to guess is no reading worth the sayer's
        var named = false;
        foreach (var g in groups)
            named |= g.FirstToken > triggerToken && g.FirstToken <= triggerToken + ObjectReach;
        if (!named)
            return false;
        for (var t = saying + 1; t < triggerToken - 1; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || s_finiteWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !s_modifierOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range))
                || word.EndsWith('s') && t > saying + 1 && document.Tokens[t - 1].Is(TokenShape.Capitalized) && !word.EndsWith("'s", StringComparison.Ordinal))
                return false;
        }
        return true;
    }

    /// <summary>The comma closes a clause opened by "if" or "unless" with no other clause opener between them.</summary>
    private static bool ClosesCondition(Document document, int comma, int sentenceStart, List<ActorGroup> groups)
    {
        for (var t = comma - 1; t >= sentenceStart; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("if", StringComparison.OrdinalIgnoreCase) || text.Equals("unless", StringComparison.OrdinalIgnoreCase))
                return true;
            if (text is "," || StartsClause(document, t, sentenceStart, groups))
                return false;
        }
        return false;
    }

    /// <summary>
    /// "The Taliban's announcement that they will bar him is a step backwards", "the sanctions that Washington imposed are
    /// illegal": a "that" clause after a noun belongs to the subject of the copula after it, so the copula's clause starts
    /// before the noun (a "that" after a verb, "said that", still opens the clause).
    /// </summary>
    internal static bool InsideSubject(Document document, int that, int triggerToken, int sentenceStart)
    {
        if (that <= sentenceStart || document.Slice(document.Tokens[that].Range) is not "that"
            || document.Slice(document.Tokens[triggerToken].Range) is not ("is" or "are" or "was" or "were") || HasComma(document, that, triggerToken))
            return false;
        var noun = document.Slice(document.Tokens[that - 1].Range);
        var stem = noun.EndsWith('s') ? noun[..^1] : noun;
        // The "that" clause needs a verb of its own before the copula ("Beijing's claim that Tokyo was reckless": the copula is the claim's).
        return HasOwnVerb(document, that + 1, triggerToken) && (stem.EndsWith("ment", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("tion", StringComparison.OrdinalIgnoreCase)
            || stem.EndsWith("sion", StringComparison.OrdinalIgnoreCase) || stem.EndsWith("ence", StringComparison.OrdinalIgnoreCase)
            || stem is "fact" or "claim" or "news" or "idea" or "notion" or "move" or "plan" or "promise" or "pledge" or "threat"
                or "warning" or "report" or "sanction" or "measure" or "step" or "policy" or "policie" or "law" or "rule" or "ban" or "demand");
    }

    private static bool HasOwnVerb(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || text is "will" or "would" or "can" or "could" or "may" or "might" or "must"
                or "should" or "has" or "have" or "had" or "is" or "are" or "was" or "were" or "does" or "do" or "did")
                return true;
        }
        return false;
    }

    internal static int ClauseEnd(Document document, Sentence sentence, int fromToken, List<ActorGroup> groups)
    {
        for (var t = fromToken; t < sentence.EndToken; t++)
            if (StartsClause(document, t, sentence.FirstToken, groups))
                return t;
        return sentence.EndToken;
    }

    /// <summary>
    /// A clause-opening word, or ", and" / ", but" joining two clauses ("Egypt protested, and Jordan recalled ..."),
    /// unless it joins the members of one actor group ("Rubio, and China's Wang Yi, met").
    /// </summary>
    internal static bool StartsClause(Document document, int t, int sentenceStart, List<ActorGroup> groups)
    {
        var text = document.Slice(document.Tokens[t].Range);
        if (Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return true;
        if (text is not ("and" or "or") || t <= sentenceStart || document.Slice(document.Tokens[t - 1].Range) is not ",")
            return false;
        foreach (var g in groups)
            if (g.FirstToken < t && g.EndToken > t)
                return false;
        return true;
    }

    /// <summary>
    /// Main clauses tell a sentence's news; relative, temporal, conditional and purpose clauses ("after a jet shot down", "who has
    /// vowed", "to protest") tell background, so their events are less likely the one the sentence is about.
    /// </summary>
    internal static double ClauseWeight(Document document, int clauseStart, int sentenceStart, int triggerToken)
    {
        // "suspected of blowing up", "the decision of sending troops": a gerund after a preposition is background.
        if (triggerToken > sentenceStart && document.Slice(document.Tokens[triggerToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            && Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[triggerToken - 1].Range)))
            return -0.15;
        // "blockaded roads, demanding ...", "killed 14 villagers, accusing them of ...": a participle after a comma tells
        // why the main act was done; the act before the comma is the news. A result ("blew up a bus, killing 20") is the news.
        if (triggerToken > sentenceStart
            && document.Slice(document.Tokens[triggerToken - 1].Range) is "," && IsReasonParticiple(document.Slice(document.Tokens[triggerToken].Range)))
            return -0.15;
        if (IsGrievance(document, triggerToken, sentenceStart) || InCondition(document, triggerToken, sentenceStart) || InReasonAdjunct(document, triggerToken, sentenceStart))
            return -0.15;
        if (triggerToken > 1 && document.Slice(document.Tokens[triggerToken - 1].Range) is "to")
        {
            // "is expected to raise", "set to meet" carry the clause's news; "gathered in Lagos to protest" is a purpose.
            var governor = document.Slice(document.Tokens[triggerToken - 2].Range);
            var lookup = Cues.Future.GetAlternateLookup<ReadOnlySpan<char>>();
            return lookup.Contains(governor) || Cues.Hypothetical.GetAlternateLookup<ReadOnlySpan<char>>().Contains(governor)
                || governor is "set" or "poised" or "slated" or "able" or "trying" or "tried" or "attempted" or "sought" ? 0 : -0.15;
        }
        if (clauseStart == sentenceStart)
            return 0;
        var opener = document.Slice(document.Tokens[clauseStart - 1].Range);
        return opener is "who" or "whom" or "whose" or "which" or "after" or "before" or "when" or "because" or "as" or "while" or "although" or "though" or "whereas" ? -0.15 : -0.05;
    }

    /// <summary>Words of complaint whose "against", "over" or "about" names the grievance: "to protest against the sentence".</summary>
    private static readonly FrozenSet<string> s_complaints = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "protest", "protests", "protested", "protesting", "complain", "complained", "complaining", "complaint", "complaints",
        "object", "objected", "objecting", "objection", "objections", "outrage", "demarche");

    /// <summary>
    /// "summoned the ambassador to protest against the death sentence passed on ...": an act named as what is protested is
    /// the grievance behind the complaint, background to the news (the complaint), at most three words after the preposition.
    /// </summary>
    private static bool IsGrievance(Document document, int triggerToken, int sentenceStart)
    {
        for (int t = triggerToken - 1, steps = 0; t - 1 >= sentenceStart && steps < 4; t--, steps++)
        {
            var token = document.Tokens[t];
            if (!token.Is(TokenShape.Word))
                return false;
            var text = document.Slice(token.Range);
            if (text is "against" or "over" or "about")
                return s_complaints.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
        }
        return false;
    }

    /// <summary>
    /// "would pay a heavy price if it sold arms to Taiwan": an act in a condition, a few words after "if" or "unless" with
    /// no punctuation between, is what the news is conditional on, not the news.
    /// </summary>
    private static bool InCondition(Document document, int triggerToken, int sentenceStart)
    {
        for (int t = triggerToken - 1, steps = 0; t >= sentenceStart && steps < 5; t--, steps++)
        {
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
            if (document.Slice(document.Tokens[t].Range) is "if" or "If" or "unless" or "Unless")
                return true;
        }
        return false;
    }

    /// <summary>
    /// "appealed for food aid, warning that drought threatened millions", "occupied the building, vowing to stay until ...":
    /// an act inside a reason participle's clause (after the nearest comma) is what was warned, vowed or said, background to the main act.
    /// </summary>
    private static bool InReasonAdjunct(Document document, int triggerToken, int sentenceStart)
    {
        for (var t = triggerToken - 1; t > sentenceStart; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or ":" or "—" or "–")
                return false;
            if (text is ",")
                return t + 1 < triggerToken && IsReasonParticiple(document.Slice(document.Tokens[t + 1].Range));
        }
        return false;
    }

    private static bool IsReasonParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !ResultParticiples.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Participles that report the main act's outcome, which is itself the news.</summary>
    private static readonly FrozenSet<string> ResultParticiples = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killing", "wounding", "injuring", "leaving", "destroying", "damaging", "burning", "sinking", "forcing", "prompting");

    internal static bool IsNominalInPhrase(Document document, int triggerToken, int floor)
    {
        for (int t = triggerToken - 1, steps = 0; t >= floor && steps < 3; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "was shot dead at a rally": a nominal act after "at" is the scene of the news, not the news
            if (text is "in" or "for" or "during" or "amid" or "after" or "over" or "despite" or "following" or "at")
                return true;
            if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
                return false;
        }
        return false;
    }

    internal static bool HasComma(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return true;
        return false;
    }

    /// <summary>The group opens its comma segment ("..., the Chinese army"), rather than being an object ("criticized China").</summary>
    internal static bool StartsSegment(Document document, int first)
    {
        for (var t = first - 1; t >= 0; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ",")
                return true;
            if (text is not ("the" or "The") && !document.Tokens[t].Is(TokenShape.Capitalized))
                return false;
        }
        return false;
    }

    /// <summary>The start of the comma-delimited stretch holding the subject: ", a senior official warned" starts after the comma.</summary>
    internal static int SegmentStart(Document document, int subjectToken, int floor)
    {
        for (var t = subjectToken - 1; t >= floor; t--)
            if (document.Slice(document.Tokens[t].Range) is "," or "(" or "\"" or "“" or "”")
                return t + 1;
        return floor;
    }

    /// <summary>How far after a consultation verb its partner may still be named ("discuss upgrading India's defense ties with ...").</summary>
    private const int PartnerReach = 12;

    /// <summary>
    /// "discussed China's role" names no partner; "Lavrov and Wang discussed" does in its subject, and "discuss upgrading
    /// ties with the island nation" after its topic.
    /// </summary>
    internal static bool NamesPartner(Document document, Sentence sentence, int clauseStart, int triggerToken, int fromToken)
    {
        for (var t = Math.Max(clauseStart, sentence.FirstToken); t < triggerToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "and" or "both")
                return true;
        var end = Math.Min(sentence.EndToken, fromToken + PartnerReach);
        for (var t = fromToken; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or ":")
                return false;
            if (text is "with" or "between")
                return true;
        }
        return false;
    }
}
