using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A possessive names whose the head is, not who acts: in "Turkey's rival Greece" the actor is Greece, and in "Putin's
/// opponents accused him" the opponents act, not Putin.
/// </summary>
internal static class PossessiveHeads
{
    /// <summary>Words for one side in a relation to another; the name after them is the side meant ("Russia's ally Belarus").</summary>
    private static readonly FrozenSet<string> Relations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "rival", "rivals", "arch-rival", "archrival", "arch-rivals", "ally", "allies", "neighbour", "neighbor", "neighbours", "neighbors",
        "partner", "partners", "foe", "foes", "enemy", "enemies", "arch-enemy", "archenemy", "adversary", "adversaries", "nemesis",
        "backer", "backers", "patron", "sponsor", "client", "proxy", "proxies", "protege", "protégé", "friend", "opponent", "opponents",
        "critic", "critics", "challenger", "successor", "predecessor");

    /// <summary>People against the possessor: with no name after them, they act and the possessor is who they act on.</summary>
    private static readonly FrozenSet<string> Opponents = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "opponents", "critics", "rivals", "enemies", "foes", "detractors", "adversaries", "challengers", "opposition");

    /// <summary>Lower-case words that may describe the relation ("long-time rival", "closest ally", "main regional rival").</summary>
    private const int ModifierWindow = 3;

    /// <summary>The named group after "'s" and a word for a relation ("Turkey's rival Greece"), else the group itself.</summary>
    public static ActorGroup Named(Document document, List<ActorGroup> groups, ActorGroup group, int end)
    {
        if (RelationEnd(document, group, end, Relations) is not { } after)
            return group;
        foreach (var g in groups)
            if (g.FirstToken == after && g.EndToken <= end)
                return g;
        return group;
    }

    /// <summary>
    /// Whether the group is only the possessor of an uncoded hostile subject that runs up to the verb ("Putin's opponents
    /// accused", "Iran's regional foes have long warned").
    /// </summary>
    public static bool OwnsOpponents(Document document, ActorGroup group, int triggerToken)
    {
        if (RelationEnd(document, group, triggerToken, Opponents) is not { } after)
            return false;
        // Only auxiliaries and adverbs between the head and the verb: the head is the verb's subject.
        for (var t = after; t < triggerToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (!(Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text is "have" or "has" or "had" or "will" or "would" or "also" or "long" or "now" or "then"
                || text.EndsWith("ly", StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    /// <summary>The token after the relation word that follows the group's possessive; null when none does.</summary>
    private static int? RelationEnd(Document document, ActorGroup group, int end, FrozenSet<string> relations)
    {
        // The tokenizer keeps "Turkey's" whole, so the possessive is the group's last token's ending.
        var last = document.Slice(document.Tokens[group.EndToken - 1].Range);
        if (!(last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)))
            return null;
        var t = group.EndToken;
        var lookup = relations.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var stop = Math.Min(end, t + ModifierWindow); t < stop; t++)
        {
            var token = document.Tokens[t];
            if (document.Slice(token.Range) is "-")
            {
                stop = Math.Min(end, stop + 1); // "arch-rival" split at its hyphen
                continue;
            }
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized))
                return null;
            if (lookup.Contains(document.Slice(token.Range)))
                return t + 1;
        }
        return null;
    }
}
