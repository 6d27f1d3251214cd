using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Mali's membership of the African Union was suspended", "Niger's seat in the bloc was frozen": a membership suspended in the
/// passive with no by-phrase is suspended by the body it is a membership of (a body suspends its own members), and the owner
/// before the noun is the member suspended. Reads the nominal rows whose trigger runs from "membership"/"seat" through "of"/"in"
/// and the body to the passive participle (sanction.membership-suspended).
/// </summary>
internal static class SuspendedMemberships
{
    /// <summary>The body (source) and the member (target) of a suspended membership, or null when the trigger is no such row.</summary>
    public static (int[] Body, int[] Member)? Sides(Document document, TriggerMatch trigger, List<ActorGroup> groups)
    {
        if (trigger.Pattern.Kind != TriggerKind.Noun || trigger.Pattern.Plover != "SANCTION" || trigger.EndToken - trigger.FirstToken < 4
            || document.Slice(document.Tokens[trigger.FirstToken].Range) is not ("membership" or "Membership" or "seat" or "Seat")
            || document.Slice(document.Tokens[trigger.FirstToken + 1].Range) is not ("of" or "in"))
            return null;
        // "of the Pacific Islands Forum": the body right after the preposition (or its article), inside the trigger; a body
        // no actor names ("the regional bloc") leaves the act with no source, never its member's
        var body = GroupSearch.GroupStartingNear(groups, trigger.FirstToken + 2, 1) is { } named && named.EndToken < trigger.EndToken ? named.Mentions : [];
        // "Fiji's membership": the owner ends right before the noun (its possessive may be a token of its own)
        var member = GroupSearch.GroupEndingNear(groups, trigger.FirstToken, 1);
        return (body, member?.Mentions ?? []);
    }
}
