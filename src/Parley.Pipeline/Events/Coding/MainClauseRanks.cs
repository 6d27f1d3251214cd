using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A sentence's news is its main clause's predicate; the acts named by nouns, in adjuncts or in subordinate clauses are
/// its setting or its content: in "Algeria recalled its ambassador in protest at ...", "the protest coalition agreed to
/// share power" and "condemned the death sentence handed to a writer", the recall, the agreement and the condemnation are
/// what the sentence reports. Every act is still coded; each is given a tier, and one of a lower tier is ranked just below
/// the surest of the tier above, so that a reader (or an evaluation) that keeps one event a sentence keeps the main one:
/// (2) a finite verb of the main clause; (1) any other act of the main clause, a noun ("declared a hunger strike") or an
/// "-ing" adjunct; (0) background: an act in a clause a subordinating word opens ("weeks after the two sides signed a pact",
/// "where he was welcomed"; a fronted one, "After talks in Doha, ...", ends at its comma), a participle describing a noun
/// ("Jailed activist X", "journalists detained in raids", "a deal brokered by the church", "four partly occupied regions"),
/// a relative clause with no "which" (<see cref="ContactRelatives"/>: "a road the council had closed", "a ban that had drawn").
/// </summary>
internal static class MainClauseRanks
{
    /// <summary>How far below the main event another one is ranked.</summary>
    private const double Step = 0.05;

    private const int MainVerb = 2, MainClause = 1, Background = 0;

    /// <summary>
    /// Lowers the confidence of the events from <paramref name="first"/> on (one sentence's) of a lower tier to just below
    /// the surest event of the tier above that is not negated, when they are surer.
    /// </summary>
    public static void Rank(Document document, Sentence sentence, List<CodedEvent> events, int first, List<ActorGroup> groups, TokenIndex index)
    {
        if (events.Count - first < 2)
            return;
        var tiers = new int[events.Count - first];
        var tokens = new int[events.Count - first];
        for (var k = first; k < events.Count; k++)
        {
            tokens[k - first] = index.TokenAt(events[k].Trigger.Start);
            tiers[k - first] = TierOf(document, sentence, tokens[k - first], groups);
        }
        // "urged the police to free journalists detained in raids": a past participle right after a noun, once the clause
        // has its verb or with its agent after it ("Under a deal brokered by Norway, ..."), describes that noun (a reduced
        // relative clause); it is no verb of the main clause.
        for (var k = 0; k < tiers.Length; k++)
            if (tiers[k] == MainVerb && DescribesNoun(document, tokens[k], sentence.FirstToken)
                && (EarlierMainVerb(tiers, tokens, tokens[k]) || AgentAfter(document, tokens[k], sentence.EndToken)))
                tiers[k] = Background;
        for (var upper = MainVerb; upper > Background; upper--)
        {
            var best = 0.0;
            for (var k = first; k < events.Count; k++)
                if (tiers[k - first] == upper && events[k].Factuality != Factuality.Negated)
                    best = Math.Max(best, events[k].Confidence);
            if (best == 0)
                continue;
            for (var k = first; k < events.Count; k++)
                if (tiers[k - first] < upper && events[k].Confidence > best - Step && !SameActIn(events, first, tiers, upper, events[k].Plover))
                    events[k] = events[k] with { Confidence = Math.Round(Math.Max(0, best - Step), 2) };
        }
    }

    /// <summary>"US drone attacks have killed eight commanders": an act of the type of one of tier <paramref name="tier"/> (or above) is the same act told twice, not background.</summary>
    private static bool SameActIn(List<CodedEvent> events, int first, int[] tiers, int tier, string plover)
    {
        for (var k = first; k < events.Count; k++)
            if (tiers[k - first] >= tier && events[k].Plover == plover)
                return true;
        return false;
    }

    /// <summary>"brokered by Norway": the passive's agent right after the participle (a finite passive would have its "was").</summary>
    private static bool AgentAfter(Document document, int token, int end) =>
        token + 1 < end && document.Slice(document.Tokens[token + 1].Range) is "by";

    private static bool EarlierMainVerb(int[] tiers, int[] tokens, int token)
    {
        for (var k = 0; k < tiers.Length; k++)
            if (tiers[k] == MainVerb && tokens[k] < token)
                return true;
        return false;
    }

    /// <summary>The tier of the act whose trigger opens at <paramref name="token"/>.</summary>
    private static int TierOf(Document document, Sentence sentence, int token, List<ActorGroup> groups)
    {
        if (token < sentence.FirstToken || Subordinate(document, sentence, token) || ContactRelatives.Inside(document, sentence, token))
            return Background;
        var word = document.Slice(document.Tokens[token].Range);
        // "Jailed activist X has been on hunger strike": a past participle opening the sentence describes its subject.
        if (Inflections.IsPastForm(word) && token == FirstWord(document, sentence) && token + 1 < sentence.EndToken && document.Tokens[token + 1].Is(TokenShape.Word))
            return Background;
        if (UsedAsNoun(document, token, sentence.FirstToken) || Participle(document, token, sentence.FirstToken))
            return MainClause;
        if (!VerbUse.IsVerb(document, token, sentence.FirstToken))
            return Inflections.IsPastForm(word) ? Background : MainClause; // "the detained journalists": a participle describing a noun
        return Clauses.ClauseWeight(document, Clauses.ClauseStart(document, sentence, token, groups), sentence.FirstToken, token) != 0
            ? MainClause : MainVerb;
    }

    /// <summary>
    /// Whether a subordinating word or a relative pronoun before <paramref name="token"/> opens the clause it stands in: one
    /// opening the sentence ("After talks in Doha, the two sides agreed") holds only up to its first comma.
    /// </summary>
    private static bool Subordinate(Document document, Sentence sentence, int token)
    {
        var opening = FirstWord(document, sentence);
        for (var t = sentence.FirstToken; t < token; t++)
        {
            if (!s_subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            if (t != opening)
                return true;
            var comma = t + 1;
            while (comma < token && document.Slice(document.Tokens[comma].Range) is not ",")
                comma++;
            if (comma == token)
                return true;
            t = comma;
        }
        return false;
    }

    /// <summary>The sentence's first word, past any opening quote or bracket.</summary>
    private static int FirstWord(Document document, Sentence sentence)
    {
        var t = sentence.FirstToken;
        while (t < sentence.EndToken - 1 && !document.Tokens[t].Is(TokenShape.Word))
            t++;
        return t;
    }

    /// <summary>
    /// "journalists detained in raids", "a deal brokered by", "four partly occupied regions": a past form after a lower-case
    /// noun or adjective (past any "-ly" adverb), not after a name, an auxiliary, a conjunction, a subject pronoun or a comma,
    /// which would make it a verb.
    /// </summary>
    private static bool DescribesNoun(Document document, int token, int sentenceStart)
    {
        if (!Inflections.IsPastForm(document.Slice(document.Tokens[token].Range)))
            return false;
        var t = token - 1;
        while (t > sentenceStart && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
            t--;
        if (t < sentenceStart || !document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized))
            return false; // "Erdogan spoke by phone": a name before it is its subject
        return !s_verbBefore.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
    }

    /// <summary>Words after which a past form is a verb: auxiliaries, modals, negation, conjunctions, subject pronouns.</summary>
    private static readonly FrozenSet<string> s_verbBefore = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "'s", "’s", "will", "would", "shall", "should",
        "can", "could", "may", "might", "must", "did", "do", "does", "not", "n't", "never", "and", "or", "but", "nor", "then", "also", "still",
        "again", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "get", "got", "gets");

    /// <summary>
    /// "filed a case accusing X of ... and asking the judges to ...": an "-ing" form with no "be" or aspect verb ("began
    /// pulling out") before it is no finite verb.
    /// </summary>
    private static bool Participle(Document document, int token, int sentenceStart) =>
        document.Slice(document.Tokens[token].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (token == sentenceStart || !Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 1].Range))
            && !VerbUse.AfterAspectual(document, token, sentenceStart));

    /// <summary>
    /// An uninflected word after a determiner, a preposition or a modifier that is no subject, auxiliary or adverb is a noun:
    /// "in protest at", "the main protest coalition", "the death sentence"; "Israeli jets hit" (a plural before it) and
    /// "would protest" (a modal) are verbs.
    /// </summary>
    private static bool UsedAsNoun(Document document, int token, int sentenceStart)
    {
        if (token == sentenceStart)
            return false;
        var word = document.Slice(document.Tokens[token].Range);
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
            return false;
        var previousToken = document.Tokens[token - 1];
        if (!previousToken.Is(TokenShape.Word) || previousToken.Is(TokenShape.Capitalized))
            return false;
        var previous = document.Slice(previousToken.Range);
        if (s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous))
            return previous is not "to";
        if (Inflections.IsIrregularPast(word))
            return false; // "a Moscow court threw out": an irregular past after its subject is the verb
        return !previous.EndsWith("s", StringComparison.OrdinalIgnoreCase) && !previous.EndsWith("ly", StringComparison.OrdinalIgnoreCase)
            && !s_verbGovernors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
    }

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "any", "no", "every", "each", "'s", "’s");

    /// <summary>Words after which an uninflected word is a verb: modals, "to", "do", pronouns, conjunctions, negation.</summary>
    private static readonly FrozenSet<string> s_verbGovernors = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to", "do", "did", "does", "not", "n't", "never",
        "i", "we", "you", "they", "he", "she", "it", "who", "which", "and", "or", "but", "also", "then", "still", "now", "again", "jointly",
        "help", "helped", "helping", "let", "make", "made");

    /// <summary>Words that open a subordinate clause: a verb after one of them is background to the main clause's.</summary>
    private static readonly FrozenSet<string> s_subordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "before", "when", "because", "as", "while", "although", "though", "whereas", "since", "if", "unless", "until",
        "who", "whom", "whose", "which", "once", "whether", "where", "following");
}
