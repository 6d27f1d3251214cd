using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A concession to street pressure at home: "bowing to weeks of protests, the president resigned", "gave in to a general
/// strike", "yielded to Solidarity". Protests, strikes and a movement Parley cannot name are the source's own people, so a
/// state's concession to them is aimed at its own country.
/// </summary>
internal static class ConcededProtests
{
    /// <summary>Verbs of giving way, each followed by "to" (or "in to") in the sentence.</summary>
    private static readonly FrozenSet<string> Yielding = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bow", "bows", "bowed", "bowing", "yield", "yields", "yielded", "yielding", "submit", "submitted", "submitting", "succumbed", "succumbing",
        "in", "capitulated", "capitulating");

    /// <summary>How many words after "to" the pressure word may stand ("bowing to six weeks of mass street protests").</summary>
    private const int Window = 6;

    /// <summary>
    /// The source's country as the other side of its concession to street pressure (an agreement made while giving way is one
    /// too); null when the sentence gives way to no such thing.
    /// </summary>
    public static EventActor? Of(Document document, Sentence sentence, string plover, List<EventActor> source)
    {
        if (plover is not ("CONCEDE" or "AGREE") || source.Count == 0 || source[0].Code.Country is not { Length: 3 } own || own is "IGO" or "NGO" or "MNC" or "---")
            return null;
        var yielding = Yielding.GetAlternateLookup<ReadOnlySpan<char>>();
        var pressure = ProtestWords.StreetPressure.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken - 1; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is not "to" || !yielding.Contains(document.Slice(document.Tokens[t - 1].Range)))
                continue;
            var next = document.Tokens[t + 1];
            // "yielded to Solidarity": a name Parley has no code for, given way to at home, is a movement of the source's country.
            if (next.Is(TokenShape.Capitalized) && UncodedName(document, next.Start))
                return Actor(document, t + 1, own, source);
            for (var w = t + 1; w < sentence.EndToken && w <= t + Window; w++)
            {
                if (document.Tokens[w].Is(TokenShape.Punctuation))
                    break;
                if (pressure.Contains(document.Slice(document.Tokens[w].Range)))
                    return Actor(document, w, own, source);
            }
        }
        return null;
    }

    private static EventActor Actor(Document document, int token, string country, List<EventActor> source)
    {
        var range = document.Tokens[token].Range;
        return new EventActor(range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(range), new ActorCode(country, null), null);
    }

    /// <summary>Whether a name of a body or person with no actor code and no knowledge-base entry starts at <paramref name="start"/>.</summary>
    private static bool UncodedName(Document document, int start) =>
        document.FirstMentionFrom(start) is var i && i < document.Mentions.Length && document.Mentions[i].Start == start && document.Mentions[i].Kind == MentionKind.Name
        && document.Entities[document.Mentions[i].Entity] is { Actor: null, KbKey: null, Type: EntityType.Org or EntityType.Person };
}
