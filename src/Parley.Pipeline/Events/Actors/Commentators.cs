using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// People who comment on events rather than take part in them: "security analyst X", "political scientist Y", "X, an analyst
/// at ...". Their views with nobody as target are no act of a side.
/// </summary>
internal static class Commentators
{
    /// <summary>How many words before the name the title may stand ("security analyst", "a regional affairs analyst").</summary>
    private const int Window = 3;

    /// <summary>How many tokens after a name's comma an apposition's commentator word may stand ("X, a political analyst").</summary>
    private const int AppositionReach = 5;

    /// <summary>Whether a commentator's title stands right before the name starting at <paramref name="nameStart"/>.</summary>
    public static bool Titled(Document document, TokenIndex index, int nameStart)
    {
        var t = index.TokenAt(nameStart) - 1;
        for (var steps = 0; t >= 0 && steps < Window; t--, steps++)
        {
            var token = document.Tokens[t];
            if (!token.Is(TokenShape.Word))
                return false;
            if (RecallPeople.Commentators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(token.Range)))
                return true;
        }
        return false;
    }

    /// <summary>"Jon Reyes, an analyst at ...": a commentator's word in the apposition right after the name ending at offset <paramref name="nameEnd"/>.</summary>
    public static bool Apposed(Document document, TokenIndex index, int nameEnd)
    {
        var t = index.TokenAt(nameEnd - 1) + 1;
        if (t >= document.Tokens.Length || document.Slice(document.Tokens[t].Range) is not ",")
            return false;
        var lookup = RecallPeople.Commentators.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var u = t + 1; u < document.Tokens.Length && u <= t + AppositionReach; u++)
        {
            var word = document.Slice(document.Tokens[u].Range);
            if (word is "," or ".")
                return false;
            if (lookup.Contains(word))
                return true;
        }
        return false;
    }
}
