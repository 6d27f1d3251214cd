using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "demanded the release of two aid workers held in Mali", "urged the freeing of reporters jailed in Iran": the release of
/// people held in a country is asked of that country, which holds them (the place after the participle's "in").
/// </summary>
internal static class DetainedIn
{
    /// <summary>Nouns for setting people free.</summary>
    private static readonly FrozenSet<string> Releases = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "release", "freeing", "freedom", "liberation");

    /// <summary>Participles saying people are held by a state.</summary>
    private static readonly FrozenSet<string> Held = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "held", "detained", "jailed", "imprisoned", "arrested", "incarcerated", "interned", "locked");

    /// <summary>How far after the trigger the release and the place may stand ("the immediate release of at least a dozen journalists detained in").</summary>
    private const int Window = 14;

    /// <summary>The country the released people are held in, as an actor of its place name; null when the object names none or the source's own.</summary>
    public static EventActor? Of(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index, List<EventActor> source)
    {
        if (Targets.MarkerAfterNounOf(document, sentence, trigger, Releases, Held, Window, room: 2) is not (>= 0 and var t))
            return null;
        var at = document.Slice(document.Tokens[t + 1].Range) is "up" ? t + 2 : t + 1; // "locked up in"
        return at + 1 < sentence.EndToken && document.Slice(document.Tokens[at].Range) is "in" ? PlaceAfter(document, sentence, at + 1, index, source) : null;
    }

    /// <summary>The place starting within three words of <paramref name="from"/> ("in the Mexican state of Sinaloa") as its country's actor.</summary>
    private static EventActor? PlaceAfter(Document document, Sentence sentence, int from, TokenIndex index, List<EventActor> source)
    {
        var i = document.FirstPlaceFrom(document.Tokens[from].Start);
        if (i >= document.Places.Length)
            return null;
        var p = document.Places[i];
        if (p.End > sentence.End || index.TokenAt(p.Start) - from > 3 || p.Where.Country is not { Length: 3 } country || country == "---"
            || source.Exists(a => a.Code.Country == country))
            return null;
        for (var k = document.FirstMentionFrom(sentence.Start); k < document.Mentions.Length && document.Mentions[k].Start <= p.Start; k++)
            if (document.Mentions[k] is var m && m.End >= p.End)
                return new EventActor(new TextRange(p.Start, p.End), m.Entity, p.Where.Name, new ActorCode(country, null), null, ActorRole.Place);
        return null;
    }
}
