using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// People who comment on events rather than take part in them: "security analyst X", "political scientist Y". Their
/// views with nobody as target are no act of a side.
/// </summary>
internal static class Commentators
{
    /// <summary>How many words before the name the title may stand ("security analyst", "a regional affairs analyst").</summary>
    private const int Window = 3;

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
}
