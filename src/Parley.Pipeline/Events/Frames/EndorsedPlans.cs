using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Endorsing or embracing another side's plan backs that side (SUPPORT 051): "the league endorsed an Egyptian plan", "Kenya
/// embraced Ethiopia's proposal". A plan with no owner named, a mediator's (an IGO's) or the endorser's own is agreed to (030, agree.endorse-plan);
/// approving one stays an agreement.
/// </summary>
internal static class EndorsedPlans
{
    /// <summary>Whether the endorsement backs a plan of another state: the owner, named inside the trigger, is the target and is a state other than the source's.</summary>
    public static bool BacksOwner(Document document, TriggerMatch trigger, List<EventActor> source, List<EventActor> target)
    {
        if (!trigger.Pattern.Id.StartsWith("agree.endorse-plan", StringComparison.Ordinal) || target.Count == 0 || source.Count == 0)
            return false;
        var verb = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!verb.StartsWith("endors", StringComparison.OrdinalIgnoreCase) && !verb.StartsWith("embrac", StringComparison.OrdinalIgnoreCase))
            return false;
        foreach (var t in target)
        {
            if (t.Range.Start < trigger.Range.Start || t.Range.End > trigger.Range.End)
                return false;
            // a mediator's plan ("the African Union blueprint", "a UN timetable") is agreed to by the parties, not backed
            if (t.Code.Country is not { Length: 3 } owner || owner is "IGO" or "NGO" or "MNC" or "---" || source.Exists(s => s.Code.Country == owner))
                return false;
        }
        return true;
    }
}
