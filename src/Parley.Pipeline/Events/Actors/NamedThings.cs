using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the Chinese Exclusion Act", "the French Open organisers", "the Korean War Memorial
/// Bridge": a demonym that opens a multi-word proper name of a thing (a law, a road or bridge, an airline, a
/// tournament) is a word of that name, not an actor: the law was not made by China, the airline is no state. A demonym
/// before a body ("the Chinese Embassy", "the French Foreign Ministry") or a people ("Chinese laborers") is untouched.
/// </summary>
internal static class NamedThings
{
    /// <summary>Heads that end the proper name of a thing no state acts as.</summary>
    private static readonly FrozenSet<string> ThingHeads = FrozenSet.Create(StringComparer.Ordinal,
        "Act", "Acts", "Law", "Laws", "Code", "Bridge", "Street", "Road", "Avenue", "Square", "Highway", "Canal", "Railway", "Railways",
        "Airlines", "Airways", "Open", "Cup", "Prize", "Revolution");

    /// <summary>How many capitalised words may stand between the demonym and the head ("Chinese Exclusion Act": one).</summary>
    private const int MaxWords = 4;

    /// <summary>True when the demonym <paramref name="mention"/> opens a capitalised name ending in a thing's head.</summary>
    public static bool Opens(Document document, Mention mention, TokenIndex index, Sentence sentence)
    {
        if (mention.Kind != MentionKind.Demonym)
            return false;
        var t = index.TokenAt(mention.End - 1) + 1;
        for (var n = 0; n < MaxWords + 1 && t < sentence.EndToken; n++, t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word.Length == 0 || !char.IsUpper(word[0]))
                return false;
            if (ThingHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
        }
        return false;
    }
}
