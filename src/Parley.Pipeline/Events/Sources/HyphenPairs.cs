using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "U.S.-Ukraine talks", "the Israel-Hamas truce", "U.S.-China trade negotiations": two actors joined by a hyphen right
/// before a symmetric noun (talks, a truce, a summit) are its two sides, as "talks between X and Y" are.
/// </summary>
internal static class HyphenPairs
{
    /// <summary>How many lowercase words may stand between the pair and the noun ("trade", "peace", "border").</summary>
    private const int ModifierReach = 2;

    /// <summary>The two groups joined by a hyphen right before the token <paramref name="noun"/>, or null.</summary>
    public static (int[] First, int[] Second)? Before(Document document, List<ActorGroup> groups, int noun)
    {
        for (var k = groups.Count - 1; k >= 0; k--)
        {
            var second = groups[k];
            if (second.EndToken > noun)
                continue;
            if (noun - second.EndToken > ModifierReach || !OnlyModifiers(document, second.EndToken, noun))
                return null;
            // "India-Pakistan talks": one hyphenated word read as two mentions stands in one group
            if (second.Mentions.Length == 2 && Joined(document, document.Mentions[second.Mentions[0]], document.Mentions[second.Mentions[1]]))
                return ([second.Mentions[0]], [second.Mentions[1]]);
            if (k == 0)
                return null;
            var first = groups[k - 1];
            // mention offsets, not the groups': "Kenya-Somalia" is one token, so both groups span the whole word
            return Joined(document, document.Mentions[first.Mentions[^1]], document.Mentions[second.Mentions[0]])
                ? (first.Mentions, second.Mentions) : null;
        }
        return null;
    }

    private static bool Joined(Document document, Mention first, Mention second) =>
        first.End < document.Text.Length && document.Text[first.End] is '-' or '–' && second.Start == first.End + 1;

    private static bool OnlyModifiers(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var token = document.Tokens[t];
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized))
                return false;
        }
        return true;
    }
}
