using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "said the armed forces would defend the country", "Moldovans had defended their democracy": defending one's own side (the
/// defend verb, <c>support.defend.*</c>, 052, with a target only of the source's own country) or a defence announced under a
/// modal or a frame ("would defend every inch", "ready to defend") is a posture, not verbal support of another side; coders
/// code what the speech says. "Brazil's president defended Venezuela against criticism" names another state and stays 052.
/// Round 51 found 0 right and 10 false of these rows pooled over the 20 dev CAMEO sets. "defended the decision" (no side
/// named) is one's own position defended, not support of another side: round 70 counted the targetless defences of the 112
/// read sets at 0 right, 24 false (gold codes 3 of them with a target, which the event could not find). Reason <c>no-target</c>.
/// </summary>
internal static class SelfDefences
{
    /// <summary>Whether a defend row's event is framed (<paramref name="framed"/>), has no target or targets only its sources' own country.</summary>
    public static bool Own(EventPattern pattern, bool framed, List<EventActor> source, List<EventActor> target) =>
        pattern.Id.StartsWith("support.defend.", StringComparison.Ordinal)
        && (framed || target.Count == 0 || target.TrueForAll(t => source.Exists(s => s.Code.Country == t.Code.Country)));
}
