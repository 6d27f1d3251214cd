using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The agent a passive's by-phrase names: the actor group right after "by", else the actor a collective head's "of" phrase
/// names ("by a band of armed raiders", "by dozens of masked youths"): the collective is made of that actor.
/// </summary>
internal static class ByPhraseAgents
{
    /// <summary>How many modifiers may stand between a collective's "of" and its members ("a band of masked raiders").</summary>
    private const int ModifierReach = 3;

    /// <summary>The actor group the by-phrase at <paramref name="byToken"/> names, or null.</summary>
    public static ActorGroup? Agent(Document document, List<ActorGroup> groups, int byToken) =>
        GroupSearch.GroupStartingNear(groups, byToken + 1, Targets.PrepositionWindow) ?? CollectiveMembers(document, groups, byToken + 1);

    /// <summary>"a band of masked raiders": the group after a determiner, a collective noun, "of" and a few modifiers.</summary>
    private static ActorGroup? CollectiveMembers(Document document, List<ActorGroup> groups, int token)
    {
        var t = token;
        if (t < document.Tokens.Length && document.Slice(document.Tokens[t].Range) is "a" or "an" or "the")
            t++;
        if (t + 2 >= document.Tokens.Length || !Cues.Collectives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
            || document.Slice(document.Tokens[t + 1].Range) is not "of")
            return null;
        // "a group of men from the capital": a preposition or a comma before the actor ends the collective's phrase.
        return GroupSearch.GroupStartingNear(groups, t + 2, ModifierReach) is { } members
            && !GroupSearch.PrepositionBetween(document, t + 2, members.FirstToken) && !HasPunctuation(document, t + 2, members.FirstToken) ? members : null;
    }

    private static bool HasPunctuation(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return true;
        return false;
    }
}
