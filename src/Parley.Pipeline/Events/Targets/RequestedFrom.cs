using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "requested the return of the statues from the Egyptian Museum", "sought the extradition of the banker from the Swiss
/// authorities": a request that something be given back or handed over is addressed to whoever holds it, named after
/// "from"; a body Parley has no code for is of the country its own name gives ("the British Museum").
/// </summary>
internal static class RequestedFrom
{
    /// <summary>What is asked back or handed over: the holder follows its "from".</summary>
    private static readonly FrozenSet<string> Returns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "return", "repatriation", "restitution", "release", "extradition", "handover", "transfer");

    private static readonly FrozenSet<string> From = FrozenSet.Create(StringComparer.Ordinal, "from");

    /// <summary>How far after the trigger the returned thing and its holder may stand.</summary>
    private const int Window = 12;

    /// <summary>The holder a return is asked from, as an actor of the country its name gives; null when none is so named.</summary>
    public static EventActor? Of(Document document, KnowledgeBase kb, Sentence sentence, TriggerMatch trigger, List<EventActor> source)
    {
        if (Targets.MarkerAfterNounOf(document, sentence, trigger, Returns, From, Window, room: 1) is not (>= 0 and var t))
            return null;
        var first = document.Slice(document.Tokens[t + 1].Range) is "the" ? t + 2 : t + 1;
        var last = first;
        while (last + 1 < sentence.EndToken && document.Tokens[last + 1].Is(TokenShape.Capitalized))
            last++;
        if (first >= sentence.EndToken || !document.Tokens[first].Is(TokenShape.Capitalized) || last == first
            || TargetHomes.Named(document, kb, new TargetPhrase(first, last, ""), sentence.EndToken) is not { Country: { Length: 3 } country } named
            || country == "---" || source.Exists(a => a.Code.Country == country)
            || (Jurisdictions.StateEntity(document, country) ?? named.Entity) is not { } entity)
            return null;
        var range = new TextRange(document.Tokens[first].Start, document.Tokens[last].End);
        return new EventActor(range, entity, document.TextOf(range), new ActorCode(country, null), null);
    }
}
