using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "fired tear gas, water cannon and rubber bullets at traders", "launched drones, cruise missiles and rockets at
/// Kyiv": a list of what is used pushes the target's preposition past the usual reach; the list itself is only nouns.
/// </summary>
internal static class ObjectLists
{
    /// <summary>How far a listed object may push the preposition.</summary>
    private const int ListReach = 12;

    /// <summary>
    /// The <paramref name="preposition"/> after a list of nouns that starts at <paramref name="from"/>; null when none. The
    /// list's ", and" would end the clause, so the search runs on words alone: any but a lower-case noun, a comma or "and" stops it.
    /// </summary>
    public static int? PrepositionAfter(Document document, int from, int end, string preposition)
    {
        var listed = false;
        for (var t = from; t < end && t <= from + ListReach; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (text.Equals(preposition, StringComparison.OrdinalIgnoreCase))
                return listed ? t : null;
            if (text is "," or "and" or "or")
            {
                listed = true;
                continue;
            }
            // A name, another preposition, a clause word or a verb form ends the list: past it the preposition is another phrase's.
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text)
                || Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text.EndsWith("ing", StringComparison.Ordinal) || text.EndsWith("ed", StringComparison.Ordinal))
                return null;
        }
        return null;
    }
}
