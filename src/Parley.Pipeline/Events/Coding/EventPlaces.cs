using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>Where an event happened (its venue) and where a domestic or military act lands (its target's country, its scene's UAF).</summary>
internal static class EventPlaces
{
    /// <summary>How many words after the trigger a place may stand to be where the act lands.</summary>
    public const int LocationWindow = 10;

    /// <summary>The place named in the sentence nearest the trigger, cities before countries; a topic's place is no venue.</summary>
    public static Gazetted? PlaceOf(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        Place? best = null;
        foreach (var p in document.Places)
        {
            if (p.Start < sentence.Start || p.End > sentence.End || IsTopic(document, p, trigger, index) || NamesAccord(document, p, index)
                || IsOrigin(document, p, trigger, index))
                continue;
            if (best is null || Rank(p) < Rank(best.Value) || Rank(p) == Rank(best.Value) && Distance(p, trigger) < Distance(best.Value, trigger))
                best = p;
        }
        return best?.Where;

        static int Rank(Place p) => p.Where.Feature switch { PlaceFeature.City => 0, PlaceFeature.Admin1 or PlaceFeature.Admin2 => 1, PlaceFeature.Country => 2, _ => 3 };
        static int Distance(Place p, TriggerMatch t) => Math.Abs(p.Start - t.Range.Start);
    }

    /// <summary>
    /// "A missionary from Calgary was arrested in Lebanon", "fighters from Idlib attacked the town": a place after "from" before
    /// the trigger is where its actor comes from, not where the act happened.
    /// </summary>
    private static bool IsOrigin(Document document, Place place, TriggerMatch trigger, TokenIndex index)
    {
        var at = index.TokenAt(place.Start);
        return place.End <= trigger.Range.Start && at > 0 && document.Slice(document.Tokens[at - 1].Range).Equals("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A place after the trigger in "a topic noun + in" ("discussed the war in Ukraine") is what was talked about, not
    /// where: the event keeps a venue named elsewhere in the sentence, or none. The trigger's own noun ("fighting in
    /// Gaza") is not a topic.
    /// </summary>
    private static bool IsTopic(Document document, Place place, TriggerMatch trigger, TokenIndex index)
    {
        if (place.Start < trigger.Range.End)
            return false;
        var tokens = document.Tokens;
        var at = index.TokenAt(place.Start);
        if (at < 2 || at - 2 < trigger.EndToken || !document.Slice(tokens[at - 1].Range).Equals("in", StringComparison.OrdinalIgnoreCase))
            return false;
        return Cues.TopicNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[at - 2].Range));
    }

    /// <summary>The first named place within a few words after the trigger, as an actor of its country (no sector: the place, not its government).</summary>
    public static EventActor? LocationTarget(Document document, Sentence sentence, TriggerMatch trigger, TokenIndex index)
    {
        foreach (var p in document.Places)
        {
            if (p.Start < trigger.Range.End || p.End > sentence.End || index.TokenAt(p.Start) - trigger.EndToken > LocationWindow || NamesAccord(document, p, index))
                continue;
            if (p.Where.Country.Length != 3)
                return null; // "tensions on the Korean Peninsula": a region of several countries names none of them
            foreach (var m in document.Mentions)
                if (m.Start <= p.Start && m.End >= p.End)
                    return PersonAt(document, p) ? null // "called for Zamora's release": a person's name that is also a town
                        : new EventActor(new TextRange(p.Start, p.End), m.Entity, p.Where.Name, new ActorCode(p.Where.Country, null), null, ActorRole.Place);
            return null;
        }
        return null;
    }

    /// <summary>"under the Geneva accords", "the Dayton agreement": a city that names a treaty is where it was signed, not where the act lands.</summary>
    private static bool NamesAccord(Document document, Place place, TokenIndex index)
    {
        var next = index.TokenAt(place.Start);
        while (next < document.Tokens.Length && document.Tokens[next].Start < place.End)
            next++;
        return next < document.Tokens.Length && document.Slice(document.Tokens[next].Range) is "accord" or "accords" or "Accord" or "Accords" or "agreement"
            or "agreements" or "Agreement" or "Agreements" or "treaty" or "Treaty" or "convention" or "Convention" or "Conventions" or "protocol" or "Protocol" or "declaration" or "Declaration";
    }

    /// <summary>A place whose words are a person's mention, or a person's surname named in the text ("Jose Ruben Zamora").</summary>
    private static bool PersonAt(Document document, Place place)
    {
        foreach (var m in document.Mentions)
            if (m.Start <= place.Start && m.End >= place.End && document.Entities[m.Entity].Type == EntityType.Person)
                return true;
        var name = document.Text.AsSpan(place.Start, place.End - place.Start);
        foreach (var e in document.Entities)
            if (e.Type == EntityType.Person && e.Name.AsSpan().EndsWith(name, StringComparison.Ordinal) && e.Name.Length > name.Length && e.Name[^(name.Length + 1)] == ' ')
                return true;
        // "Jose Ruben Zamora" read as a person and a town: the town's name right after a person's is the surname.
        foreach (var m in document.Mentions)
            if (document.Entities[m.Entity].Type == EntityType.Person && m.End + 1 + name.Length <= document.Text.Length && document.Text[m.End] == ' '
                && document.Text.AsSpan(m.End + 1, name.Length).SequenceEqual(name))
                return true;
        return false;
    }

    /// <summary>The scene of an attack as an actor: its country's unidentified armed forces (CAMEO's UAF).</summary>
    public static EventActor? SceneActor(Document document, Sentence sentence, Gazetted scene)
    {
        foreach (var p in document.Places)
        {
            if (p.Start < sentence.Start || p.End > sentence.End || p.Where != scene || p.Where.Country.Length != 3)
                continue;
            foreach (var m in document.Mentions)
                if (m.Start <= p.Start && m.End >= p.End)
                    return new EventActor(new TextRange(p.Start, p.End), m.Entity, p.Where.Name, new ActorCode(p.Where.Country, "UAF"), null, ActorRole.Place);
        }
        return null;
    }

    /// <summary>
    /// "was traveling from Quetta, Balochistan, to Peshawar when it came under attack": the first place of a sentence whose
    /// places all lie in one country, as the scene of an attack the sentence places nowhere else; null when they lie in several.
    /// </summary>
    public static Gazetted? OneCountryScene(Document document, Sentence sentence)
    {
        Gazetted? first = null;
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].End <= sentence.End; i++)
        {
            var where = document.Places[i].Where;
            if (where.Country is not { Length: 3 })
                continue; // a sea or a region of several countries says nothing either way
            if (first is not null && where.Country != first.Country)
                return null;
            first ??= where;
        }
        return first;
    }
}
