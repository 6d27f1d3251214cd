using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "farm groups opposed to the new levy staged a sit-in", "a senator opposed to the merger": the verb "oppose" takes its
/// object without "to", so "opposed to" right after a noun is an adjective describing that noun (a relative clause with
/// "who are" left out), not the clause's act. Only after a linking verb ("is opposed to", "remained firmly opposed to")
/// does it state a stand.
/// </summary>
internal static class AttitudeParticiples
{
    /// <summary>Verbs that link a subject to the adjective: "are opposed to", "stood opposed to", "has been opposed to".</summary>
    private static readonly FrozenSet<string> s_linking = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "not", "n't", "remain", "remains", "remained",
        "remaining", "stand", "stands", "stood", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes", "became",
        "get", "gets", "got", "grow", "grows", "grew", "grown", "feel", "feels", "felt", "stay", "stays", "stayed");

    /// <summary>Degree and time words that may stand between the linking verb and the adjective: "is still firmly opposed to".</summary>
    private static readonly FrozenSet<string> s_between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "still", "now", "always", "long", "all", "both", "so", "very", "as", "equally", "even", "never", "ever");

    private const int AdverbReach = 3;

    /// <summary>Whether the word at <paramref name="token"/> is "opposed" before "to" and describes the noun before it.</summary>
    public static bool Describes(Document document, int token, ReadOnlySpan<char> word, int sentenceStart)
    {
        if (!word.Equals("opposed", StringComparison.OrdinalIgnoreCase) || token + 1 >= document.Tokens.Length
            || !document.Slice(document.Tokens[token + 1].Range).Equals("to", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var t = token - 1; t >= sentenceStart && t >= token - 1 - AdverbReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_linking.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return false;
            if (text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !document.Tokens[t].Is(TokenShape.Capitalized) || s_between.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                continue;
            return document.Tokens[t].Is(TokenShape.Word);
        }
        return false;
    }
}
