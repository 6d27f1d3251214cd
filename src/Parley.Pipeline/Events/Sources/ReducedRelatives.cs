using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "270 schoolgirls kidnapped in Zamfara were freed", "found all the sailors released this week": a participle right after a plural noun, with a place, time or manner after it, describes that
/// noun (a relative clause with "who were" left out). When the noun is the subject of a later verb, or the object of a
/// verb before it, the participle is no verb of the sentence and no act it reports.
/// </summary>
internal static class ReducedRelatives
{
    /// <summary>Words that open the participle's adjunct: "kidnapped in", "freed so far", "detained last year".</summary>
    private static readonly FrozenSet<string> s_adjunctOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "during", "so", "last", "earlier", "since", "after", "near", "on", "off", "from", "inside", "outside", "while", "over");

    /// <summary>Words that may stand between a governing word and the plural noun: "all the", "more than 270", "dozens of".</summary>
    private static readonly FrozenSet<string> s_nounOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "all", "some", "many", "most", "several", "more", "than", "about", "nearly", "around", "those", "these", "other", "remaining", "its", "their");

    /// <summary>Verbs that follow a subject noun: "... were freed", "... have returned home".</summary>
    private static readonly FrozenSet<string> s_finite = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "is", "are", "have", "has", "had", "will", "remain", "remained", "remains");

    private static readonly FrozenSet<string> s_clauseWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "to", "and", "or", "but", "who", "which", "when", "after", "before", "because", "as", "while", "if", "where");

    private const int SubjectReach = 12;

    private const int GovernorReach = 5;

    /// <summary>Whether the "-ed" word at <paramref name="token"/> describes the plural noun before it.</summary>
    public static bool Describes(Document document, int token, ReadOnlySpan<char> word, int sentenceStart)
    {
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || token - 2 < sentenceStart || token + 1 >= document.Tokens.Length)
            return false;
        var noun = document.Slice(document.Tokens[token - 1].Range);
        if (!document.Tokens[token - 1].Is(TokenShape.Word) || document.Tokens[token - 1].Is(TokenShape.Capitalized) || !noun.EndsWith('s') || noun.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            || noun.Length < 4 || !s_adjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token + 1].Range)))
            return false;
        return Governed(document, token - 2, sentenceStart) || SubjectOfLaterVerb(document, token + 1);
    }

    /// <summary>
    /// "Somali troops backed by African Union forces retook the town", "government soldiers, supported by clan militias, are
    /// fighting": a support participle with its "by" phrase right after a noun says who stands behind that noun, a standing
    /// alliance told in passing; the sentence's own verb is the news. After "was", "were", "is", "has been" it is the passive of
    /// news ("the plan was backed by 20 states").
    /// </summary>
    public static bool Backers(Document document, TriggerMatch trigger, int sentenceStart)
    {
        var first = trigger.FirstToken;
        if (trigger.EndToken - first != 1 || first + 1 >= document.Tokens.Length || first - 1 <= sentenceStart
            || !s_backing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first].Range))
            || document.Slice(document.Tokens[first + 1].Range) is not "by")
            return false;
        var before = first - 1;
        if (document.Slice(document.Tokens[before].Range) is ",")
            before--; // "soldiers, supported by ..."
        var word = document.Slice(document.Tokens[before].Range);
        return NounBefore(document, before) && word is not ("strongly" or "fully");
    }

    /// <summary>
    /// Whether the word at <paramref name="token"/>, right before a participle, can be the noun the participle describes: a
    /// word, not a finite verb, a clause word, a form of "be", "not" or "also" ("soldiers backed by", not "were backed by").
    /// </summary>
    private static bool NounBefore(Document document, int token)
    {
        var word = document.Slice(document.Tokens[token].Range);
        return document.Tokens[token].Is(TokenShape.Word) && !s_finite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            && !s_clauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && word is not ("be" or "been" or "being" or "are" or "not" or "also");
    }

    /// <summary>
    /// "companies accused of helping the army", "dozens of people suspected of plotting unrest": "accused of" or "suspected
    /// of" right after a noun describes the noun (a relative clause with "who were" left out) by a charge no one is named
    /// to make; the sentence's own verb is the news. The charge is no accusation of an actor, and the act charged is its
    /// content, no act told as done. "was accused of", "whom he accused of" (a subject makes the charge) are left alone.
    /// </summary>
    public static bool Suspects(Document document, TriggerMatch trigger, int sentenceStart)
    {
        var first = trigger.FirstToken;
        var charge = document.Slice(document.Tokens[first].Range) is "accused" or "suspected" ? first
            : first - 2 > sentenceStart && document.Slice(document.Tokens[first - 1].Range) is "of"
              && document.Slice(document.Tokens[first - 2].Range) is "accused" or "suspected" ? first - 2 : -1;
        if (charge - 1 <= sentenceStart || charge + 1 >= document.Tokens.Length || document.Slice(document.Tokens[charge + 1].Range) is not "of")
            return false;
        var word = document.Slice(document.Tokens[charge - 1].Range);
        return NounBefore(document, charge - 1) && !s_subjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !word.EndsWith("ly", StringComparison.Ordinal);
    }

    /// <summary>Pronouns that make the charge themselves: "whom he accused of", "people it suspected of".</summary>
    private static readonly FrozenSet<string> s_subjects = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "he", "she", "it", "they", "we", "i", "you", "whom", "who", "which", "police", "authorities", "officials", "prosecutors");

    private static readonly FrozenSet<string> s_backing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "backed", "supported", "assisted", "aided", "helped", "reinforced", "accompanied", "flanked", "escorted");

    /// <summary>"rescued all the passengers", "freed more than 20 prisoners": a verb in the past governs the noun.</summary>
    private static bool Governed(Document document, int t, int sentenceStart)
    {
        for (var k = t; k >= sentenceStart && k > t - GovernorReach; k--)
        {
            var token = document.Tokens[k];
            var text = document.Slice(token.Range);
            if (s_nounOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || token.Is(TokenShape.Number) || Cues.Adjectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            // "Thousands of Palestinians rallied in Gaza": a noun after "of" may head the subject, so only a verb governs here.
            return token.Is(TokenShape.Word) && !token.Is(TokenShape.Capitalized) && text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    /// <summary>"schoolgirls kidnapped in Zamfara state were freed": a finite verb after the adjunct, before any comma.</summary>
    private static bool SubjectOfLaterVerb(Document document, int from)
    {
        for (var t = from; t < document.Tokens.Length && t < from + SubjectReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "... alleged on Monday that Venezuela had offered": a later clause's verb is not the noun's.
            if (document.Tokens[t].Is(TokenShape.Punctuation) || s_clauseWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
            if (s_finite.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
        }
        return false;
    }
}
