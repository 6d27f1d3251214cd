using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The sides of a request told as the reason for another act (the `request.acted-on` rows: "at Chile's request", "at the
/// request of the Andean government", "answering a request from Quito", "in response to an appeal by Lima"): the owner of
/// the request (the possessive inside the phrase, else the "of", "from" or "by" phrase after it) appealed (02x) to the side
/// that acts on it, the clause's subject ("The council met at Chile's request": Chile -> the council); "said that, at
/// Quito's request, it would send" has its subject after the phrase; "said the raid, carried out at Lima's request, ..."
/// names no actor as subject, so the one who reports it acted. Read by <see cref="ArgumentFinder"/>.
/// </summary>
internal static class RequestOwners
{
    /// <summary>Whether the row is one of the request-acted-on rows this reader fills.</summary>
    public static bool Reads(EventPattern pattern) => pattern.Id.StartsWith("request.acted-on", StringComparison.Ordinal);

    /// <summary>How far after the request noun its "of", "from" or "by" may stand ("a request on Monday from").</summary>
    private const int OwnerReach = 3;

    /// <summary>The requester and the side asked; empty arrays when the phrase names no requester.</summary>
    public static (int[] Owner, int[] Asked) Sides(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart, int clauseEnd)
    {
        var owner = Owner(document, trigger, groups, clauseEnd);
        if (owner is null)
            return ([], []);
        var asked = Subjects.Of(document, groups, clauseStart, sentence.FirstToken, trigger.FirstToken)?.Mentions
            ?? SubjectAfter(document, sentence, trigger, groups)?.Mentions
            ?? Speakers.Of(document, sentence, trigger, groups);
        return (owner.Value.Mentions, [.. asked.Where(m => Array.IndexOf(owner.Value.Mentions, m) < 0)]);
    }

    /// <summary>"at Israel's request" (inside the phrase), else "at the request of Interpol", "a request from Tehran", "a plea by Lima".</summary>
    private static ActorGroup? Owner(Document document, TriggerMatch trigger, List<ActorGroup> groups, int clauseEnd)
    {
        var noun = trigger.EndToken - 1;
        // "at Israel's request": the possessive right before the noun; "Iran on Saturday rejected a request by": a verb in the
        // phrase makes it no adverbial of one request, so the words between are only a possessive's or determiners.
        if (Possessive(document.Slice(document.Tokens[noun - 1].Range)))
            return Subjects.Modifier(document, groups, noun) is { } modifier && modifier.FirstToken > trigger.FirstToken ? modifier : null;
        for (var t = trigger.FirstToken + 1; t < noun; t++)
            if (!s_determiners.Contains(document.Slice(document.Tokens[t].Range).ToString()))
                return null;
        var end = Math.Min(clauseEnd, document.Tokens.Length);
        foreach (var word in s_ownerWords)
            if (GroupSearch.After(document, trigger.EndToken, end, word, OwnerReach) is { } at && GroupSearch.GroupStartingNear(groups, at + 1, Targets.PrepositionWindow) is { } g)
                return g;
        return null;
    }

    /// <summary>A possessive ending ("'s", "’", or the "s" a split apostrophe leaves) or a word carrying one ("Chile's").</summary>
    private static bool Possessive(ReadOnlySpan<char> word) =>
        word is "s" || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'", StringComparison.Ordinal) || word.EndsWith("’", StringComparison.Ordinal);

    private static readonly string[] s_ownerWords = ["of", "from", "by"];

    /// <summary>What may stand between "at" (or "answering") and the request noun: "at the request of", "answering a formal request from".</summary>
    private static readonly HashSet<string> s_determiners = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "to", "its", "their", "his", "her", "formal", "official", "urgent", "written", "repeated", "earlier", "direct", "joint" };

    /// <summary>"said that, at Helsinki's request, it would send": a phrase opening its clause between commas has the subject after the closing comma.</summary>
    private static ActorGroup? SubjectAfter(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.FirstToken == sentence.FirstToken || document.Slice(document.Tokens[trigger.FirstToken - 1].Range) is not ("," or "that"))
            return null;
        for (var t = trigger.EndToken; t < sentence.EndToken && t < trigger.EndToken + 8; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return GroupSearch.GroupStartingNear(groups, t + 1, 1);
        return null;
    }
}
