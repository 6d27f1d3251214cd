using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "refused to let the envoy meet the detained leader", "would not allow U.S.-backed convoys to cross": a refusal to permit
/// someone to act is aimed at the one not permitted, named right after "let", "allow" or "permit" (over an article).
/// </summary>
internal static class LetObjects
{
    /// <summary>How many words may stand between the verb of permission and the one it names ("let the special envoy").</summary>
    private const int Window = 1;

    /// <summary>
    /// The mentions named after the permission verb that follows the refusal <paramref name="trigger"/>: its actor group, else the
    /// first mention there (a possessive name before a title, "ASEAN's special envoy", may stand in no group); empty when none.
    /// </summary>
    public static int[] Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var verb = trigger.EndToken;
        if (verb + 1 >= sentence.EndToken || document.Slice(document.Tokens[verb].Range) is not ("let" or "allow" or "permit"))
            return [];
        if (GroupSearch.GroupStartingNear(groups, verb + 1, Window) is { } group)
            return group.Mentions;
        var from = document.Tokens[verb + 1].Start;
        var to = document.Tokens[Math.Min(verb + 1 + Window, sentence.EndToken - 1)].End;
        var first = document.FirstMentionFrom(from);
        return first < document.Mentions.Length && document.Mentions[first].Start < to ? [first] : [];
    }
}
