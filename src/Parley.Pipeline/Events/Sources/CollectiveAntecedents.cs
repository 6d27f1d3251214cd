using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The European Union issued a statement on the talks. They urged Russia to ...": a plural pronoun
/// may take a collective body (an alliance, a bloc, a group of states) as its antecedent. When the last list the pronoun
/// could mean names the clause's own target, the body that opened the previous sentence is meant.
/// </summary>
internal static class CollectiveAntecedents
{
    /// <summary>The previous sentence's first actor when it is one international body not among <paramref name="target"/>; else null.</summary>
    public static int[]? Of(Document document, List<ActorGroup> previous, int[] target)
    {
        if (previous.Count == 0 || previous[0].Mentions is not [var only])
            return null;
        var entity = document.Entities[document.Mentions[only].Entity];
        if (entity.Type != EntityType.Org || entity.Actor is not { Country: "IGO" or "NGO" } || AnaphorBinding.OverlapsTarget(document, [only], target))
            return null;
        return [only];
    }
}
