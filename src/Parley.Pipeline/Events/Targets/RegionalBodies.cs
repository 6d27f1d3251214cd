using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Sub-national bodies. "the Puntland regional administration", "the Rivers state government", "the Kurdistan Regional
/// Government", "the provincial council": a government, administration, council or assembly named by a region of a country
/// (a first-level division or another part of one country) or by a regional qualifier governs part of that country. It is
/// of that country (the region's, not a place named elsewhere in the sentence) and it is another side than the national
/// government, even with the same actor code: "Baghdad threatened the Kurdistan Regional Government" is IRQGOV -> IRQGOV.
/// </summary>
internal static class RegionalBodies
{
    /// <summary>Heads naming a governing body.</summary>
    private static readonly FrozenSet<string> Heads = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "government", "governments", "administration", "administrations", "authorities", "authority", "council", "councils",
        "assembly", "assemblies", "parliament", "legislature", "cabinet", "executive");

    /// <summary>Qualifiers that make a governing body a part's, not the state's.</summary>
    private static readonly FrozenSet<string> Qualifiers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "regional", "provincial", "autonomous", "prefectural", "cantonal");

    /// <summary>How many words may stand between the phrase's first word and its head: "the semi-autonomous Puntland regional administration".</summary>
    private const int Reach = 4;

    /// <summary>Whether <paramref name="word"/> names a governing body ("government", "administration", "council").</summary>
    public static bool IsHead(ReadOnlySpan<char> word) => Heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Whether the words from <paramref name="first"/> to the head at <paramref name="head"/> name a sub-national body: the head
    /// names a governing body and a word before it is a regional qualifier, a region's name (a place that is no country), or
    /// "state" after a capitalised name ("the Lagos state government"; "the state government" alone may be the national one).
    /// </summary>
    public static bool Names(Document document, int first, int head)
    {
        if (head >= document.Tokens.Length || !IsHead(document.Slice(document.Tokens[head].Range)) || head - first > Reach)
            return false;
        var qualifiers = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = Math.Max(first, head - Reach); t < head; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (qualifiers.Contains(word) || word.Equals("state", StringComparison.OrdinalIgnoreCase) && t > first && document.Tokens[t - 1].Is(TokenShape.Capitalized)
                && !document.Slice(document.Tokens[t - 1].Range).Equals("The", StringComparison.Ordinal))
                return true;
        }
        return RegionBefore(document, first, head) is not null;
    }

    /// <summary>
    /// The country of the region that names the governing body <paramref name="mention"/>: "the Tigray regional administration"
    /// is Ethiopia's whatever place the entity stage placed "administration" by. Null when the words before its head name no region.
    /// </summary>
    public static string? RegionOf(Document document, TextRange mention, TokenIndex index, int floor) =>
        Phrase(document, mention, index, floor) is var (first, head) && Names(document, first, head) ? RegionBefore(document, first, head) : null;

    /// <summary>
    /// The first word and the head of the phrase a governing body's mention ends: back from its head over capitalised names,
    /// qualifiers and "state" ("the Rivers state government"). Null when the mention has no governing head.
    /// </summary>
    /// <remarks>The mention may run on past its head ("administration in Pretoria"): the head is its first governing word.</remarks>
    private static (int First, int Head)? Phrase(Document document, TextRange mention, TokenIndex index, int floor)
    {
        var head = index.TokenAt(mention.Start);
        while (head < document.Tokens.Length && document.Tokens[head].End <= mention.End && !IsHead(document.Slice(document.Tokens[head].Range)))
            head++;
        if (head >= document.Tokens.Length || document.Tokens[head].End > mention.End)
            return null;
        var first = head;
        while (first > floor && head - first < Reach && (document.Tokens[first - 1].Is(TokenShape.Capitalized) && !document.Slice(document.Tokens[first - 1].Range).Equals("The", StringComparison.Ordinal)
            || Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first - 1].Range))
            || document.Slice(document.Tokens[first - 1].Range).Equals("state", StringComparison.OrdinalIgnoreCase)))
            first--;
        return (first, head);
    }

    /// <summary>The country of the region named between <paramref name="first"/> and the head (a division or region of one country, not a city); null when none is.</summary>
    public static string? RegionBefore(Document document, int first, int head)
    {
        if (first >= head)
            return null;
        int start = document.Tokens[first].Start, end = document.Tokens[head].Start;
        for (var i = document.FirstPlaceFrom(start); i < document.Places.Length && document.Places[i].End <= end; i++)
            // "the Kabul government" is the national one: a capital before a governing body stands for its state.
            if (document.Places[i].Where is { Feature: not (PlaceFeature.Country or PlaceFeature.City), Country.Length: 3 } region)
                return region.Country;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="actor"/>'s own name says it is a sub-national body: "Kurdistan Regional Government" (a known
    /// organisation, however the text calls it: "the KRG"), the words of its mention, or the words before its head ("the
    /// Turkana regional government", where "government" alone is the mention).
    /// </summary>
    public static bool Named(Document document, EventActor actor, TokenIndex index, int floor)
    {
        var name = document.Entities[actor.Entity].Name.AsSpan();
        return NamesBody(name) || NamesBody(document.Text.AsSpan(actor.Range.Start, actor.Range.End - actor.Range.Start))
            || Phrase(document, actor.Range, index, floor) is var (first, head) && Names(document, first, head);
    }

    /// <summary>Whether a name ends in a governing body's word with a regional qualifier before it ("Kurdistan Regional Government").</summary>
    private static bool NamesBody(ReadOnlySpan<char> name)
    {
        var lastSpace = name.LastIndexOf(' ');
        if (lastSpace < 0 || !IsHead(name[(lastSpace + 1)..]))
            return false;
        var qualifiers = Qualifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in name[..lastSpace].Split(' '))
            if (qualifiers.Contains(name[..lastSpace][range]))
                return true;
        return false;
    }

    /// <summary>How many words after the trigger's first word a region named as a party may stand, inside one clause.</summary>
    private const int PartyWindow = 12;

    /// <summary>
    /// "struck a deal with Somaliland", "held talks with Catalonia": a region of one country (a division or another part of
    /// it, not a city, not a country) named after "with" as the party of talks or an agreement stands for its authorities, the
    /// region's government; null when the trigger's clause names none.
    /// </summary>
    public static EventActor? Party(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = trigger.FirstToken + 1; t + 1 < sentence.EndToken && t <= trigger.FirstToken + PartyWindow; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "said" or "says" or "who" or "which" or "that" or "while" or "but" or "after" or "before" or "because" or "and")
                return null;
            if (word is not "with")
                continue;
            var at = t + 1 < sentence.EndToken && document.Slice(document.Tokens[t + 1].Range) is "the" ? t + 2 : t + 1;
            if (at >= sentence.EndToken)
                return null;
            var start = document.Tokens[at].Start;
            var p = document.FirstPlaceFrom(start);
            if (p >= document.Places.Length || document.Places[p].Start != start
                || document.Places[p].Where is not { Feature: not (PlaceFeature.Country or PlaceFeature.City), Country.Length: 3 } region
                || IsHead(WordAfter(document, at, document.Places[p].End, sentence.EndToken))) // "with the Tigray administration": the body's own phrase, read as a target already
                return null;
            return (Jurisdictions.StateEntity(document, region.Country) ?? TargetHomes.EntityAt(document, start)) is { } entity
                ? new EventActor(document.Places[p].Range, entity, region.Name, new ActorCode(region.Country, "GOV"), null) : null;
        }
        return null;
    }

    /// <summary>The word right after the place that starts at token <paramref name="at"/> and ends at <paramref name="placeEnd"/>; empty at the sentence's end.</summary>
    private static ReadOnlySpan<char> WordAfter(Document document, int at, int placeEnd, int end)
    {
        var t = at;
        while (t < end && document.Tokens[t].Start < placeEnd)
            t++;
        return t < end ? document.Slice(document.Tokens[t].Range) : default;
    }
}
