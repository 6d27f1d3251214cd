using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A sentence's news is its main clause's predicate; the acts named by nouns, in adjuncts or in subordinate clauses are
/// its setting or its content: in "Algeria recalled its ambassador in protest at ...", "the protest coalition agreed to
/// share power" and "condemned the death sentence handed to a writer", the recall, the agreement and the condemnation are
/// what the sentence reports. Every act is still coded; one that is not the main predicate is ranked just below the
/// sentence's main-clause event, so that a reader (or an evaluation) that keeps one event a sentence keeps the main one.
/// </summary>
internal static class MainClauseRanks
{
    /// <summary>How far below the main event another one is ranked.</summary>
    private const double Step = 0.05;

    /// <summary>
    /// Lowers the confidence of the events from <paramref name="first"/> on (one sentence's) that are not a main-clause
    /// verb to just below the surest main-clause verb event of the sentence that is not negated, when they are surer.
    /// </summary>
    public static void Rank(Document document, Sentence sentence, List<CodedEvent> events, int first, List<ActorGroup> groups, TokenIndex index)
    {
        if (events.Count - first < 2)
            return;
        var main = 0.0;
        var isMain = new bool[events.Count - first];
        for (var k = first; k < events.Count; k++)
        {
            isMain[k - first] = IsMain(document, sentence, index.TokenAt(events[k].Trigger.Start), groups);
            if (isMain[k - first] && events[k].Factuality != Factuality.Negated)
                main = Math.Max(main, events[k].Confidence);
        }
        if (main == 0)
            return;
        for (var k = first; k < events.Count; k++)
            if (!isMain[k - first] && events[k].Confidence > main - Step && !SameActAsMain(events, first, isMain, events[k].Plover))
                events[k] = events[k] with { Confidence = Math.Round(Math.Max(0, main - Step), 2) };
    }

    /// <summary>"US drone attacks have killed eight commanders": an act of the main clause's type is the same act told twice, not background.</summary>
    private static bool SameActAsMain(List<CodedEvent> events, int first, bool[] isMain, string plover)
    {
        for (var k = first; k < events.Count; k++)
            if (isMain[k - first] && events[k].Plover == plover)
                return true;
        return false;
    }

    /// <summary>A verb in use, in a clause no subordinating word or relative pronoun opens.</summary>
    private static bool IsMain(Document document, Sentence sentence, int token, List<ActorGroup> groups)
    {
        if (token < sentence.FirstToken || UsedAsNoun(document, token, sentence.FirstToken) || Participle(document, token, sentence.FirstToken)
            || !VerbUse.IsVerb(document, token, sentence.FirstToken)
            || Clauses.ClauseWeight(document, Clauses.ClauseStart(document, sentence, token, groups), sentence.FirstToken, token) != 0)
            return false;
        for (var t = sentence.FirstToken; t < token; t++)
            if (s_subordinators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return false;
        return true;
    }

    /// <summary>"filed a case accusing X of ... and asking the judges to ...": an "-ing" form with no "be" before it is no finite verb.</summary>
    private static bool Participle(Document document, int token, int sentenceStart) =>
        document.Slice(document.Tokens[token].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && (token == sentenceStart || !Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token - 1].Range)));

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
        "who", "whom", "whose", "which", "once", "whether");
}
