using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Riot police cleared the square after two hours, firing tear gas", "Farmers blocked the motorway before dawn, dumping
/// manure": a participle after the comma that closes a verbless "after"/"before" phrase adjoins the main clause, whose
/// subject is its own. The phrase is a time adjunct of the main verb, not a clause with a subject of its own ("after the
/// army shelled the port, killing three" keeps the shelling's clause: a verb in the phrase leaves it alone).
/// Reads the words between the opener and the comma only.
/// </summary>
internal static class AdjunctParticiples
{
    /// <summary>How many words the adjunct may run, from "after" to its comma: "after | two weeks of talks in Doha".</summary>
    private const int Reach = 10;

    /// <summary>The "after" or "before" opening the verbless adjunct a ", -ing" trigger follows; else null.</summary>
    public static int? Opener(Document document, int sentenceStart, int triggerToken)
    {
        if (triggerToken < sentenceStart + 5 || !Word(document, triggerToken).EndsWith("ing", StringComparison.Ordinal)
            || Word(document, triggerToken - 1) is not ",")
            return null;
        for (var t = triggerToken - 2; t > sentenceStart + 1 && t >= triggerToken - Reach; t--)
        {
            var word = Word(document, t);
            if (word is "after" or "before")
                return t > sentenceStart + 2 && document.Tokens[t - 1].Is(TokenShape.Word) ? t : null;
            if (document.Tokens[t].Is(TokenShape.Punctuation) || Verbal(word))
                return null;
        }
        return null;
    }

    /// <summary>A word that makes the phrase a clause: a past form ("shelled"), an -ing form, an auxiliary or a pronoun subject.</summary>
    private static bool Verbal(ReadOnlySpan<char> word) =>
        Subjects.IsPast(word) || word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) && word is not ("morning" or "evening" or "spring" or "meeting" or "fighting")
        || word is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "could" or "can" or "it" or "he" or "she" or "they" or "we";

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
