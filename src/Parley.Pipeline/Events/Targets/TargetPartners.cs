using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The partner of a deal an act is done under ("agreed to freeze its reactors under an accord concluded with the United
/// States", "pledged to disarm after talks with Kabul"): the side after the deal noun's "with" is the other side of the act.
/// </summary>
internal static class TargetPartners
{
    /// <summary>Nouns for a deal or the talks that made it.</summary>
    private static readonly FrozenSet<string> Deals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "deal", "accord", "accords", "agreement", "pact", "treaty", "framework", "settlement", "understanding", "arrangement", "compromise",
        "bargain", "truce", "ceasefire", "cease-fire", "talks", "negotiations", "consultations");

    /// <summary>How many words may stand between the deal noun and its "with": "a deal hastily struck late on Monday with".</summary>
    private const int DealReach = 4;

    /// <summary>How many title words may open the partner's phrase: "with Prime Minister Girija Prasad Koirala".</summary>
    private const int TitleReach = 3;

    /// <summary>The group after "&lt;deal&gt; ... with" past <paramref name="from"/> in the sentence; null when no deal names a partner.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, int from, List<ActorGroup> groups)
    {
        for (var t = from; t + 1 < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "\"" or "“" or "”")
                return null; // another clause or a quote
            if (word is not "with" || !DealBefore(document, t, from))
                continue;
            if (GroupSearch.GroupStartingNear(groups, t + 1, TitleReach) is not { } partner)
                return null;
            for (var between = t + 1; between < partner.FirstToken; between++)
                if (!document.Tokens[between].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[between].Range) is not "the")
                    return null;
            return partner;
        }
        return null;
    }

    /// <summary>A deal noun within reach before the "with" at <paramref name="with"/>, with only words (no punctuation) between.</summary>
    private static bool DealBefore(Document document, int with, int floor)
    {
        var deals = Deals.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = with - 1; t >= floor && t >= with - 1 - DealReach; t--)
        {
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
            if (deals.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        }
        return false;
    }
}
