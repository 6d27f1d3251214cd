using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The navy said it had boarded the tanker and had detained its crew", "Ghana has recalled its envoy and has summoned ...": a
/// predicate that opens with "and" and the same perfect auxiliary as an earlier predicate of the sentence is that predicate's
/// second conjunct; its subject is the earlier one's (not the object the first predicate ended with).
/// </summary>
internal static class AuxiliaryConjuncts
{
    /// <summary>How far back from the "and" the first predicate's auxiliary may stand.</summary>
    private const int Reach = 20;

    /// <summary>The token of the first conjunct's auxiliary when the trigger is a second conjunct opened by the same one; else null.</summary>
    public static int? First(Document document, int sentenceStart, int triggerToken)
    {
        var and = triggerToken - 2;
        if (and <= sentenceStart + 1)
            return null;
        var auxiliary = Word(document, triggerToken - 1);
        if (auxiliary is not ("had" or "has" or "have") || Word(document, and) is not "and" || !Subjects.IsPast(Word(document, triggerToken)))
            return null;
        for (var t = and - 1; t > sentenceStart && t >= and - Reach; t--)
        {
            var word = Word(document, t);
            if (word is ";" or ":" or "and" or "but" or "or" or "who" or "which" or "“" or "”" or "\"")
                return null;
            if (word.SequenceEqual(auxiliary) && t + 1 < and && Subjects.IsPast(Word(document, t + 1)))
                return t;
        }
        return null;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
