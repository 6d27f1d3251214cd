using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A possessive names whose the head is, not who acts: in "Turkey's rival Greece" the actor is Greece, and in "Iran's foes
/// accused Tehran" the foes act, not Iran.
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
        // "with his Peruvian counterpart", "met her Japanese counterpart Takeshi Iwaya": a possessive pronoun names whose the
        // head is; the side meant is the actor in its phrase.
        if (OwnedHead(document, groups, group, end) is { } owned)
            return owned;
        if (RelationEnd(document, group, end, Relations) is not { } after)
            return group;
        foreach (var g in groups)
            if (g.FirstToken == after && g.EndToken <= end)
                return g;
        return group;
    }

    /// <summary>
    /// The actor a group opened by a possessive pronoun stands for: the rest of the group ("his Peruvian counterpart"), else the
    /// named group a few words on in the same noun phrase ("his counterpart Alberto Fujimori"); null when the group is no such
    /// phrase or names nobody else.
    /// </summary>
    private static ActorGroup? OwnedHead(Document document, List<ActorGroup> groups, ActorGroup group, int end)
    {
        var kept = WithoutOwners(document, group);
        var last = group.Mentions[^1];
        if (!IsPossessivePronoun(document, last))
            return kept;
        // "his counterpart Alberto Fujimori", "Rubio and his | Chinese counterpart": the pronoun ends its group; what it owns
        // is the group after it in the same noun phrase.
        if (NextOwned(document, groups, group, end) is not { } owned)
            return group.Mentions.Length > 1 ? (kept ?? group) with { Mentions = (kept ?? group).Mentions[..^1] } : null;
        if (group.Mentions.Length == 1)
            return owned;
        var rest = (kept ?? group).Mentions[..^1];
        return (kept ?? group) with { Mentions = [.. rest, .. owned.Mentions], EndToken = owned.EndToken, End = owned.End };
    }

    /// <summary>The named group a few words after the group, in the same noun phrase; null when there is none.</summary>
    private static ActorGroup? NextOwned(Document document, List<ActorGroup> groups, ActorGroup group, int end)
    {
        foreach (var g in groups)
        {
            if (g.FirstToken < group.EndToken || g.FirstToken > group.EndToken + OwnedWindow || g.EndToken > end)
                continue;
            // Only the words of one noun phrase between: "his Peruvian counterpart", not "his army in Somalia" or "his call, Iran".
            for (var t = group.EndToken; t < g.FirstToken; t++)
                if (!document.Tokens[t].Is(TokenShape.Word) || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                    || Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)) || document.Slice(document.Tokens[t].Range) is "and" or "or" or "that")
                    return null;
            return g;
        }
        return null;
    }

    /// <summary>The group without the possessive pronouns that own the mention after them; null when it has none.</summary>
    private static ActorGroup? WithoutOwners(Document document, ActorGroup group)
    {
        var owners = 0;
        for (var i = 0; i + 1 < group.Mentions.Length; i++)
            if (IsPossessivePronoun(document, group.Mentions[i]))
                owners++;
        if (owners == 0)
            return null;
        var kept = new int[group.Mentions.Length - owners];
        var k = 0;
        for (var i = 0; i < group.Mentions.Length; i++)
            if (i + 1 == group.Mentions.Length || !IsPossessivePronoun(document, group.Mentions[i]))
                kept[k++] = group.Mentions[i];
        return kept[0] == group.Mentions[0] ? group with { Mentions = kept }
            : group with { Mentions = kept, FirstToken = Math.Min(group.FirstToken + 1, group.EndToken - 1), Start = document.Mentions[kept[0]].Start };
    }

    /// <summary>Whether the mention is a possessive pronoun ("his", "its", "their"): it names an owner, never the act's object.</summary>
    public static bool IsPossessivePronoun(Document document, int mention)
    {
        var m = document.Mentions[mention];
        return m.Kind == MentionKind.Pronoun && document.Text.AsSpan(m.Start, m.End - m.Start) is "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their";
    }

    /// <summary>
    /// Whether the pronoun can only own what follows it: "his", "its", "their" always; "her" when a word of its noun phrase
    /// follows ("her summit", not "met her in Paris").
    /// </summary>
    public static bool IsOwnerOnly(Document document, int mention)
    {
        if (!IsPossessivePronoun(document, mention))
            return false;
        var m = document.Mentions[mention];
        if (document.Text[m.Start] is not ('h' or 'H') || document.Text[m.Start + 1] != 'e')
            return true;
        var next = m.End + 1;
        return next < document.Text.Length && document.Text[m.End] == ' ' && char.IsLetter(document.Text[next]) && !StartsPreposition(document, next);
    }

    /// <summary>Whether a preposition starts at the offset ("met her in Paris").</summary>
    private static bool StartsPreposition(Document document, int start)
    {
        var end = start;
        while (end < document.Text.Length && char.IsLetter(document.Text[end]))
            end++;
        return Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Text.AsSpan(start, end - start));
    }

    /// <summary>How many words (a title, a demonym, "counterpart") may stand between a possessive pronoun and the name it owns.</summary>
    private const int OwnedWindow = 4;

    /// <summary>
    /// Whether the group is only the possessor of an uncoded hostile subject that runs up to the verb ("Putin's opponents
    /// accused", "Iran's regional foes have long warned").
    /// </summary>
    public static bool OwnsOpponents(Document document, ActorGroup group, int triggerToken)
    {
        // "Berisha's opponents accused him": a person's opponents are mostly of his own country, so the possessor's code stays;
        // a state's foes ("Iran's foes") may be anyone's.
        foreach (var m in group.Mentions)
            if (document.Entities[document.Mentions[m].Entity].Type == EntityType.Person)
                return false;
        if (RelationEnd(document, group, triggerToken, Opponents) is not { } after)
            return false;
        // Only auxiliaries and adverbs between the head and the verb: the head is the verb's subject.
        for (var t = after; t < triggerToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (!(Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text is "have" or "has" or "had" or "will" or "would" or "also" or "long" or "now" or "then" or "," or "however"
                || text.EndsWith("ly", StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the people word at <paramref name="head"/> names opponents of a state named as its possessor ("Russia's critics"):
    /// they are not that state's people. A person's opponents ("Erdogan's critics") are mostly his compatriots, so they pass.
    /// </summary>
    public static bool OfStatesOpponents(Document document, int start, int head)
    {
        if (!Opponents.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[head].Range)))
            return false;
        for (var t = start; t < head; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (!(word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)))
                continue;
            for (var i = document.FirstMentionFrom(token.Start); i < document.Mentions.Length && document.Mentions[i].Start < token.End; i++)
                if (document.Mentions[i].End == token.End - 2 && document.Entities[document.Mentions[i].Entity].Type != EntityType.Person)
                    return true;
        }
        return false;
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
