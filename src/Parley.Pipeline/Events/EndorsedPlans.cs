using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Endorsing or embracing another side's plan backs that side (SUPPORT 051): "the league endorsed an Egyptian plan", "Kenya
/// embraced Ethiopia's proposal". A plan with no owner named, or the endorser's own, is agreed to (030, agree.endorse-plan);
/// approving one stays an agreement.
/// </summary>
internal static class EndorsedPlans
{
    /// <summary>Whether the endorsement backs a plan of another: the owner, named inside the trigger, is the target and is not the source's country.</summary>
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
            if (source.Exists(s => s.Code.Country == t.Code.Country))
                return false;
        }
        return true;
    }
}
