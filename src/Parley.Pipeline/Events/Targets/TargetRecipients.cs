using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// In a handover, the land whose sovereignty or control is given is the thing given, not the other side: "will cede
/// sovereignty of the islands and pay Mauritius", "hand control of the enclave to the Palestinian Authority". The other side
/// is the recipient, after "to" or as the object of the verb coordinated with the handover.
/// </summary>
internal static class TargetRecipients
{
    /// <summary>What a state hands over of a land: "sovereignty of", "control of", "the administration of".</summary>
    private static readonly FrozenSet<string> Holdings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "sovereignty", "control", "ownership", "administration", "custody", "jurisdiction", "title", "possession", "authority", "rule");

    /// <summary>How far after the land its recipient may be named ("... of the Alboran Isles and pay Morocco").</summary>
    private const int Window = 12;

    /// <summary>
    /// The recipient's mentions when <paramref name="found"/> is a land held ("sovereignty of X"), or, with nothing found, when
    /// the trigger gives a holding of a place ("relinquish control of the Gaza Strip to Egypt"); null otherwise.
    /// </summary>
    public static int[]? Of(Document document, TriggerMatch trigger, int[] found, List<ActorGroup> groups)
    {
        int from;
        if (found.Length > 0)
        {
            if (GroupOf(groups, found[0]) is not { } land || !Held(document, land.FirstToken))
                return null;
            from = land.EndToken;
        }
        else if (HoldingAfter(document, trigger) is { } of)
            from = of + 2;
        else
            return null;
        var end = Math.Min(document.Tokens.Length, from + Window);
        for (var t = from; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "." or ";" or "?" or "!")
                return null;
            // "... to Mauritius", "... and pay Mauritius": the one it goes to, or the one the coordinated verb acts on.
            var at = word is "to" ? t + 1 : word is "and" && t + 2 < end && !document.Tokens[t + 1].Is(TokenShape.Capitalized) ? t + 2 : -1;
            if (at >= 0 && GroupSearch.GroupStartingNear(groups, at, 1) is { } recipient)
                return recipient.Mentions;
        }
        return null;
    }

    /// <summary>Whether "of" (with an article) and a holding noun stand right before the land: "sovereignty of the".</summary>
    private static bool Held(Document document, int first)
    {
        var t = first - 1;
        if (t >= 0 && document.Slice(document.Tokens[t].Range) is "the" or "The")
            t--;
        return t >= 1 && document.Slice(document.Tokens[t].Range) is "of" or "over" && Holdings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t - 1].Range));
    }

    /// <summary>The "of" after a holding noun in or just after the trigger: "relinquish control of", "agreed to give up control of".</summary>
    private static int? HoldingAfter(Document document, TriggerMatch trigger)
    {
        var holdings = Holdings.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = trigger.FirstToken; t + 1 < document.Tokens.Length && t <= trigger.EndToken + 3; t++)
            if (holdings.Contains(document.Slice(document.Tokens[t].Range)) && document.Slice(document.Tokens[t + 1].Range) is "of" or "over")
                return t + 1;
        return null;
    }

    private static ActorGroup? GroupOf(List<ActorGroup> groups, int mention)
    {
        foreach (var g in groups)
            if (Array.IndexOf(g.Mentions, mention) >= 0)
                return g;
        return null;
    }
}
