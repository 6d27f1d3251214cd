using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the president ordered the army to the border", "a judge ordered the two men held in custody", "ordered the state oil
/// company to issue licences": an order with no act of its own that Parley codes (a bare <c>frame.order.*</c>, code 100) and
/// that is given to no side, or only to the orderer's own country, is a command inside one state, not a demand between two
/// sides; coders code the act ordered (the deployment, the arrest), or nothing. An order to another state or body stays a
/// demand ("the court ordered Israel to allow aid in": IGO -> ISR). Pooled over the 20 dev CAMEO sets, round 51 found 16
/// false of 18 such bare orders, the two right ones an international court's. A named person told to act ("a judge ordered
/// former minister X to appear for questioning") is still a demand on that person (PLOVER gsr codes it DEMAND). Reason
/// <c>no-target</c>.
/// </summary>
internal static class InternalOrders
{
    /// <summary>Whether a bare order (<paramref name="bare"/>: a frame row read with no act) addresses no other country than its own.</summary>
    public static bool Internal(Document document, EventPattern pattern, bool bare, List<EventActor> source, List<EventActor> target) =>
        bare && pattern.Id.StartsWith("frame.order.", StringComparison.Ordinal)
        && (target.Count == 0 || target.TrueForAll(t => source.Exists(s => s.Code.Country == t.Code.Country)))
        && !target.Exists(t => Summoned(document, t));

    /// <summary>"ordered Menem to appear": the target is a named person and "to" follows it.</summary>
    private static bool Summoned(Document document, EventActor target)
    {
        if (target.Entity < 0 || target.Entity >= document.Entities.Length || document.Entities[target.Entity].Type != EntityType.Person)
            return false;
        var after = document.Text.AsSpan(target.Range.End).TrimStart();
        return after.StartsWith("to ", StringComparison.OrdinalIgnoreCase);
    }
}
