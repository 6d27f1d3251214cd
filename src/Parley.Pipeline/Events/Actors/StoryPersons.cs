using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Juma Okello accused the council of ...", "Okello said she would ...": a person the knowledge base does not know, whom no
/// title, apposition or place codes, acts for the story's country (<see cref="TargetHomes.StoryCountry"/>, dominant) when
/// the sentence that first names the person names no other country and the person is no commentator ("analyst X"): a
/// story about one country names, most often, its own people (the domestic convention of the gold sets). A titled person
/// left of CAMEO's unknown country ("party leader X") keeps the title's sector with the story's country. Events read with
/// such a side carry the rule suffix <c>+actor.story</c>.
/// </summary>
internal sealed partial class ActorResolver
{
    /// <summary>Per entity, the story country an unknown person takes; null where the rule does not hold.</summary>
    private static readonly MentionLayerCache<string?[]> StoryPersonCountries = new(CountStoryPersons);

    /// <summary>The story's country for the unknown person <paramref name="entity"/>; null when the rule does not give one.</summary>
    public static string? StoryPerson(Document document, int entity) =>
        entity >= 0 && StoryPersonCountries.Get(document) is { } countries && entity < countries.Length ? countries[entity] : null;

    /// <summary>Whether <paramref name="actor"/> has its country from this rule: an uncoded person given the story's country.</summary>
    public static bool ByStory(Document document, EventActor actor) =>
        actor.Role == ActorRole.Party && actor.KbId is null && actor.Entity >= 0 && actor.Entity < document.Entities.Length
        && document.Entities[actor.Entity] is { Type: EntityType.Person, Actor: null, KbKey: null } && StoryPerson(document, actor.Entity) == actor.Code.Country;

    private static string?[] CountStoryPersons(Document document)
    {
        var countries = new string?[document.Entities.Length];
        if (TargetHomes.StoryCountry(document) is not { Length: 3 } story || story == UnknownCountry)
            return countries;
        TokenIndex? index = null;
        var seen = new bool[document.Entities.Length];
        foreach (var m in document.Mentions)
        {
            if (m.Kind != MentionKind.Name || seen[m.Entity])
                continue;
            seen[m.Entity] = true;
            var entity = document.Entities[m.Entity];
            if (entity.Type != EntityType.Person || entity.KbKey is not null || entity.Actor is not null)
                continue;
            index ??= new TokenIndex(document);
            var sentence = document.Sentences[document.SentenceAt(m.Start)];
            if (Commentators.Titled(document, index, m.Start) || Commentators.Apposed(document, index, m.End) || ForeignSentence(document, sentence, story)
                || ApposedBody(document, index, m))
                continue;
            countries[m.Entity] = story;
        }
        return countries;
    }

    /// <summary>How many tokens after the name's comma an apposition's body may stand ("X, the top U.N. official in the country").</summary>
    private const int ApposedReach = 6;

    /// <summary>"X, the top U.N. humanitarian official, ...": a coded body or state in the apposition right after the name places the person elsewhere.</summary>
    private static bool ApposedBody(Document document, TokenIndex index, Mention name)
    {
        var comma = index.TokenAt(name.End - 1) + 1;
        if (comma >= document.Tokens.Length || document.Slice(document.Tokens[comma].Range) is not ",")
            return false;
        var end = comma + 1;
        while (end < document.Tokens.Length && end <= comma + ApposedReach && document.Slice(document.Tokens[end].Range) is not ("," or "." or ";"))
            end++;
        var stop = document.Tokens[Math.Min(end, document.Tokens.Length - 1)].Start;
        for (var i = document.FirstMentionFrom(document.Tokens[comma].End); i < document.Mentions.Length && document.Mentions[i].Start < stop; i++)
            if (document.Entities[document.Mentions[i].Entity].Actor is not null)
                return true;
        return false;
    }

    /// <summary>Whether the sentence places anything in, or names, or names a known person of, a country other than <paramref name="story"/>.</summary>
    private static bool ForeignSentence(Document document, Sentence sentence, string story)
    {
        for (var i = document.FirstPlaceFrom(sentence.Start); i < document.Places.Length && document.Places[i].Start < sentence.End; i++)
            if (document.Places[i].Where.Country is { Length: 3 } placed && placed != story && placed != UnknownCountry)
                return true;
        for (var i = document.FirstMentionFrom(sentence.Start); i < document.Mentions.Length && document.Mentions[i].Start < sentence.End; i++)
        {
            // A country or a known person of another country; a body's code is left out ("the People's Party" shares its name abroad).
            var entity = document.Entities[document.Mentions[i].Entity];
            if (entity.KbKey is { } key && (key.StartsWith("country:", StringComparison.Ordinal) || key.StartsWith("person:", StringComparison.Ordinal))
                && entity.Actor is { Country: { Length: 3 } other } && other != story && other is not ("IGO" or "NGO" or "MNC" or "IMG" or UnknownCountry))
                return true;
        }
        return false;
    }
}
