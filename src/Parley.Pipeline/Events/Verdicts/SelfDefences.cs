using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the president defended the decree", "the minister defended the move", "said Moldovans had defended their democracy":
/// defending a measure, a decision or one's own side (the defend verb, <c>support.defend.*</c>, 052) with no side of another
/// country after it is a speech about one's own act, not verbal support of another side; coders code the act defended or
/// what the speech says. "Brazil's president defended Venezuela against criticism" names another state and stays 052.
/// Round 51 found 0 right and 10 false of these rows pooled over the 20 dev CAMEO sets. Reason <c>no-target</c>.
/// </summary>
internal static class SelfDefences
{
    /// <summary>Whether a defend row's event has no target of a country other than its sources'.</summary>
    public static bool Own(EventPattern pattern, List<EventActor> source, List<EventActor> target) =>
        pattern.Id.StartsWith("support.defend.", StringComparison.Ordinal)
        && target.TrueForAll(t => source.Exists(s => s.Code.Country == t.Code.Country));
}
