using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Following talks with the Mauritian prime minister, both leaders ...", "Talks with the rebels resumed on Monday": talks told by
/// their partner alone are held by the one the story last paired that partner with, a few sentences back at most. Talks are
/// two-sided, so the holder and the partner are read both ways.
/// </summary>
internal static class TalkHolders
{
    /// <summary>The partner's recent counterpart in the story, when it is of another country than every partner; null otherwise.</summary>
    public static EventActor? Of(int[] partners, DiscourseContext context, Func<int, EventActor?> resolve)
    {
        var sides = new List<EventActor>(partners.Length);
        foreach (var m in partners)
            if (resolve(m) is { } actor)
                sides.Add(actor);
        if (sides.Count == 0 || context.CounterpartOf(sides) is not { Code.Country.Length: 3 } holder)
            return null;
        // "talks with Ukraine's president" after Kyiv dealt with Kyiv: a holder of a partner's own country is no other side.
        return sides.Exists(a => a.Code.Country == holder.Code.Country || a.Entity == holder.Entity) ? null : holder;
    }
}
