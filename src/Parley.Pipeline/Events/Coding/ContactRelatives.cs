using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "marched along a road the council had closed", "freed all 40 prisoners the junta had promised to release", "a visit
/// Tokyo called provocative", "a treaty that the rebels signed": a verb whose subject follows a noun phrase directly, with
/// or without "that", is the verb of a relative clause describing that noun (its object left out), so it is background to
/// the main clause (<see cref="MainClauseRanks"/>), like a clause "which" opens. Not read as one: a noun phrase opening
/// the sentence or its clause after a preposition ("In a statement the ministry condemned", "Last week the army shelled":
/// a time noun), a definite noun right before a name ("the opposition Unitary Platform agreed": the name's title), and the addressee of a verb of telling ("told the envoys the army had attacked": its content). "that" right
/// before the verb is its subject ("a ban that had drawn criticism").
/// </summary>
internal static class ContactRelatives
{
    /// <summary>How many words an antecedent noun phrase may have before its determiner or number ("a show of force").</summary>
    private const int PhraseWords = 5;

    /// <summary>Whether the verb at <paramref name="token"/> stands in a relative clause whose subject follows a noun phrase.</summary>
    public static bool Inside(Document document, Sentence sentence, int token)
    {
        var first = sentence.FirstToken;
        if (!Verb(document, token))
            return false;
        var k = token - 1;
        while (k > first && (Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, k))
                             || Word(document, k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !Capitalized(document, k)))
            k--;
        // "a ban that had long drawn criticism": "that" right before the verb is its subject
        if (k > first && Word(document, k).Equals("that", StringComparison.OrdinalIgnoreCase))
            return Antecedent(document, sentence, k - 1, definite: true);
        var subject = SubjectStart(document, first, k);
        if (subject <= first)
            return false;
        var head = subject - 1;
        var that = Word(document, head).Equals("that", StringComparison.OrdinalIgnoreCase);
        if (that)
            head--;
        // "the opposition Unitary Platform agreed", "the rights group Amnesty said": a definite noun before a name is its title
        return head > first && Antecedent(document, sentence, head, definite: that || !Capitalized(document, subject));
    }

    /// <summary>The first token of a subject ending at <paramref name="end"/>: a pronoun, a name, or nouns after a determiner; -1 if none.</summary>
    private static int SubjectStart(Document document, int first, int end)
    {
        if (end <= first || !document.Tokens[end].Is(TokenShape.Word))
            return -1;
        if (Pronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, end)))
            return end;
        if (Capitalized(document, end))
        {
            var s = end;
            while (s - 1 > first && Capitalized(document, s - 1))
                s--;
            return s - 1 > first && Word(document, s - 1).Equals("the", StringComparison.OrdinalIgnoreCase) ? s - 1 : s;
        }
        for (var s = end; s > first && end - s < 3; s--)
        {
            if (!document.Tokens[s].Is(TokenShape.Word) || Capitalized(document, s))
                return -1;
            var word = Word(document, s);
            if (s < end && Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return s;
            if (!Noun(document, s))
                return -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether a common noun at <paramref name="head"/> ends a noun phrase that opens with a determiner or a number, is no
    /// time, stands after no verb of telling and opens no clause after a preposition.
    /// </summary>
    /// <param name="definite">Whether a phrase opened by "the" or a possessive may be the antecedent.</param>
    private static bool Antecedent(Document document, Sentence sentence, int head, bool definite)
    {
        if (!document.Tokens[head].Is(TokenShape.Word) || Capitalized(document, head) || !Noun(document, head)
            || Times.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, head)))
            return false;
        var first = sentence.FirstToken;
        for (var s = head - 1; s >= first && head - s <= PhraseWords; s--)
        {
            var token = document.Tokens[s];
            var word = Word(document, s);
            if (token.Is(TokenShape.Number) || Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                if (!definite && Definite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                    return false;
                while (s - 1 >= first && (document.Tokens[s - 1].Is(TokenShape.Number) || Quantifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, s - 1))))
                    s--;
                if (s == first)
                    return true; // "The deal the two sides signed collapsed": the subject's relative clause
                var before = Word(document, s - 1);
                if (Telling.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before))
                    return false;
                return !(Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) && OpensClause(document, first, s - 1));
            }
            if (!token.Is(TokenShape.Word) || Capitalized(document, s))
                return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the token at <paramref name="t"/> opens the sentence (past an opening quote, or a dateline's dash): a phrase
    /// after a comma later on ("..., in a show of force Tokyo condemned") is an adjunct, and the verb after it a relative's.
    /// </summary>
    private static bool OpensClause(Document document, int first, int t)
    {
        var k = t - 1;
        while (k >= first && !document.Tokens[k].Is(TokenShape.Word))
        {
            if (Word(document, k) is "—" or "–" or ":")
                return true;
            k--;
        }
        return k < first;
    }

    private static bool Verb(Document document, int token)
    {
        var word = Word(document, token);
        if (document.Tags.Length > token && PosTags.IsVerb(document.Tags[token]) && document.Tags[token] is not PosTag.VBG)
            return true;
        return Inflections.IsPastForm(word);
    }

    private static bool Noun(Document document, int token) =>
        document.Tags.Length <= token ? !Word(document, token).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            : PosTags.IsCommonNoun(document.Tags[token]);

    private static bool Capitalized(Document document, int token) => document.Tokens[token].Is(TokenShape.Capitalized);

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words);

    /// <summary>Auxiliaries, negation and adverbs between a relative clause's subject and its verb.</summary>
    private static readonly FrozenSet<string> Auxiliaries = Set("had", "has", "have", "would", "will", "could", "can", "may", "might",
        "should", "must", "did", "does", "do", "is", "are", "was", "were", "been", "be", "not", "n't", "never", "also", "long", "later",
        "once", "already", "still", "just", "then", "first", "previously", "earlier", "since");

    private static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "we", "it", "i", "you");

    private static readonly FrozenSet<string> Determiners = Set("the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
        "those", "all", "some", "many", "several", "both", "each", "every", "any", "no");

    private static readonly FrozenSet<string> Definite = Set("the", "its", "his", "her", "their", "our", "this", "these", "those");

    private static readonly FrozenSet<string> Quantifiers = Set("all", "some", "many", "several", "both", "more", "than", "about", "nearly",
        "almost", "around", "over", "the");

    /// <summary>Nouns of time: "Last week the army shelled" is a fronted time, not an antecedent.</summary>
    private static readonly FrozenSet<string> Times = Set("day", "days", "week", "weeks", "month", "months", "year", "years", "time",
        "times", "night", "nights", "morning", "afternoon", "evening", "weekend", "decade", "decades", "hour", "hours", "minute",
        "minutes", "moment", "century", "season", "term", "while", "meantime", "way", "case", "event");

    /// <summary>Verbs of telling whose addressee a clause of content follows ("told the envoys the army had attacked").</summary>
    private static readonly FrozenSet<string> Telling = Set("told", "tell", "tells", "telling", "warned", "warn", "warns", "warning",
        "assured", "assure", "assures", "informed", "inform", "informs", "reminded", "remind", "reminds", "convinced", "persuaded",
        "notified", "showed", "shown", "taught", "promised", "promise", "promises", "asked", "urged", "advised", "briefed", "wrote",
        "said", "says", "say");
}
