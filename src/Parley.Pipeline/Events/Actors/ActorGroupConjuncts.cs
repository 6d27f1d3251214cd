using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

internal static partial class ActorGroups
{
    /// <summary>How many words an unnamed conjunct may run after its opener: "and several other heavily indebted states".</summary>
    private const int ConjunctReach = 4;

    /// <summary>Words that open an unnamed conjunct of a list: "Zambia and other debtor states", "Israel and its allies".</summary>
    private static readonly FrozenSet<string> ConjunctOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "other", "its", "their", "fellow", "neighbouring", "neighboring", "several", "some", "many", "various");

    /// <summary>Plural heads that name states or sides; after "its" or "their" only these (or people nouns) make a conjunct.</summary>
    private static readonly FrozenSet<string> SideHeads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "states", "nations", "countries", "governments", "allies", "partners", "neighbours", "neighbors", "members", "backers", "supporters");

    /// <summary>
    /// "Finance ministers of Zambia and other debtor states appealed": a list that ends in a conjunct naming no one ("and other
    /// debtor states", "and its allies") runs to that conjunct's plural head, so the phrase still stands right before its
    /// verb; the conjunct adds no actor. Returns <paramref name="end"/> when no such conjunct follows.
    /// </summary>
    private static int UnnamedConjunctEnd(Document document, Sentence sentence, int end, int nextToken, FrozenDictionary<string, AgentWord>? titles)
    {
        var limit = Math.Min(sentence.EndToken, nextToken);
        if (end + 2 >= limit || document.Slice(document.Tokens[end].Range) is not ("and" or "or"))
            return end;
        var opener = document.Slice(document.Tokens[end + 1].Range);
        if (!ConjunctOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(opener))
            return end;
        var possessive = opener is "its" or "their";
        var sides = SideHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = end + 2; t < limit && t <= end + 1 + ConjunctReach; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (!token.Is(TokenShape.Word) || word is "and" or "or" || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return end;
            var people = titles is not null && titles.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var agent) && agent.Kind == AgentKind.Agent;
            var plural = word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);
            if (sides.Contains(word) || people && plural || plural && !possessive && !token.Is(TokenShape.Capitalized))
                return t + 1;
        }
        return end;
    }
}
