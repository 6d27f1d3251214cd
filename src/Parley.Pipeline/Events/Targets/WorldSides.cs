using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The world as the other side: "appealed for international help", "bowed to international pressure", "rejected foreign
/// mediation". Help, pressure or mediation said to come from the world at large, with no state named, is the international
/// community's (IGO, the PLOVER convention for it).
/// </summary>
internal static class WorldSides
{
    /// <summary>Adjectives that give a thing to the world at large rather than to a named state.</summary>
    private static readonly FrozenSet<string> Worldwide = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "international", "world", "global", "foreign", "outside", "worldwide");

    /// <summary>What the world gives or presses with: asked for, bowed to, refused.</summary>
    private static readonly FrozenSet<string> Things = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "help", "aid", "assistance", "support", "offers", "offer", "pressure", "mediation", "intervention", "condemnation", "outcry", "criticism",
        "demands", "calls", "appeals", "donors", "community", "opinion");

    /// <summary>Requests, concessions and refusals: acts answering (or asking) someone.</summary>
    private static readonly FrozenSet<string> Acts = FrozenSet.Create(StringComparer.Ordinal, "REQUEST", "CONCEDE", "REJECT");

    /// <summary>How many words after the trigger the worldwide thing may stand ("appealed urgently for more international help").</summary>
    private const int Window = 4;

    /// <summary>The international community as the act's other side; null when no worldwide thing follows the trigger or the source is itself international.</summary>
    /// <param name="last">The frame's act ("asked for international assistance"), else the trigger itself.</param>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, TriggerMatch last, string plover, List<EventActor> source)
    {
        if (!Acts.Contains(plover) || source.Count == 0 || source[0].Code.Country is not { Length: 3 } own || own is "IGO" or "NGO" or "---")
            return null;
        var worldwide = Worldwide.GetAlternateLookup<ReadOnlySpan<char>>();
        var things = Things.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Min(sentence.EndToken - 1, Math.Max(trigger.EndToken, last.EndToken) + Window);
        // "asked for international assistance": the thing may be the trigger's own words.
        for (var t = trigger.FirstToken; t < end; t++)
        {
            if (t >= Math.Max(trigger.EndToken, last.EndToken) && document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            if (!worldwide.Contains(document.Slice(document.Tokens[t].Range)) || !things.Contains(document.Slice(document.Tokens[t + 1].Range)))
                continue;
            var range = new TextRange(document.Tokens[t].Start, document.Tokens[t + 1].End);
            return new EventActor(range, source[0].Entity, document.TextOf(range), new ActorCode("IGO", null), null);
        }
        return null;
    }
}
