using System.Collections.Immutable;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>Collects a document's entities and mentions while the recognizer reads it; one entity per knowledge-base key.</summary>
internal sealed class EntityTable(KnowledgeBase kb, DateOnly? date)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly List<Entity> _entities = [];
    private readonly List<char> _genders = [];
    private readonly List<Mention> _mentions = [];

    public IReadOnlyList<Mention> Mentions => _mentions;

    public Entity this[int index] => _entities[index];

    public char GenderOf(int index) => _genders[index];

    public int Person(string wikidata)
    {
        var person = kb.People[wikidata];
        var role = date is { } d ? person.RoleOn(d) : person.Roles.LastOrDefault();
        ActorCode? actor = role is null ? null : new ActorCode(role.Country, role.Sector);
        return Add("person:" + wikidata, () => new Entity("", EntityType.Person, person.Name, wikidata.StartsWith('Q') ? wikidata : null, actor, "entities.kb.person.v1") { KbKey = "person:" + wikidata }, person.Gender);
    }

    public int Organisation(string id)
    {
        var o = kb.Organisations[id];
        return Add("org:" + id, () => new Entity("", EntityType.Org, o.Name, o.Wikidata, new ActorCode(o.Country, o.Sector), "entities.kb.org.v1") { KbKey = "org:" + id });
    }

    public int Country(string iso3)
    {
        var c = kb.Countries[iso3];
        return Add("country:" + iso3, () => new Entity("", EntityType.Gpe, c.Name, null, new ActorCode(iso3, null), "entities.kb.country.v1") { KbKey = "country:" + iso3 });
    }

    public int Place(long geonameid)
    {
        var p = kb.Places[geonameid];
        var type = p.Feature == PlaceFeature.City ? EntityType.Gpe : EntityType.Loc;
        return Add("place:" + geonameid, () => new Entity("", type, p.Name, null, null, "entities.kb.place.v1") { KbKey = "place:" + geonameid });
    }

    /// <summary>A name the knowledge base does not have ("Foreign Minister Ana Lopez"), keyed by its text and type.</summary>
    public int Unknown(string name, EntityType type, ActorCode? actor, string rule, char gender = ' ') =>
        Add("name:" + type + ":" + name, () => new Entity("", type, name, null, actor, rule), gender);

    public bool HasMentionAt(int start)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].Start == start)
                return true;
        return false;
    }

    /// <summary>The knowledge-base key of the entity named by a mention starting at <paramref name="start"/>, if any.</summary>
    public string? KeyAt(int start)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
            if (_mentions[i].Start == start)
                return _entities[_mentions[i].Entity].KbKey;
        return null;
    }

    public void Mention(int start, int end, int entity, MentionKind kind) => _mentions.Add(new Mention(start, end, entity, kind));

    /// <summary>The most recent mentioned entity before <paramref name="offset"/> that satisfies <paramref name="accept"/>.</summary>
    public int LastBefore(int offset, int notBefore, Func<int, bool> accept)
    {
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.Start >= offset)
                continue;
            if (m.Start < notBefore)
                break;
            if (accept(m.Entity))
                return m.Entity;
        }
        return -1;
    }

    /// <summary>Numbers the entities E1, E2 ... in order of first mention and sorts mentions by offset.</summary>
    public (ImmutableArray<Entity>, ImmutableArray<Mention>) Freeze()
    {
        var ordered = _mentions.OrderBy(m => m.Start).ThenBy(m => m.End).ToList();
        var renumber = new int[_entities.Count];
        Array.Fill(renumber, -1);
        var entities = ImmutableArray.CreateBuilder<Entity>(_entities.Count);
        foreach (var m in ordered)
        {
            if (renumber[m.Entity] >= 0)
                continue;
            renumber[m.Entity] = entities.Count;
            entities.Add(_entities[m.Entity] with { Id = "E" + (entities.Count + 1) });
        }
        var mentions = ordered.Select(m => m with { Entity = renumber[m.Entity] }).ToImmutableArray();
        return (entities.ToImmutable(), mentions);
    }

    private int Add(string key, Func<Entity> create, char gender = ' ')
    {
        if (_byKey.TryGetValue(key, out var index))
            return index;
        _entities.Add(create());
        _genders.Add(gender);
        return _byKey[key] = _entities.Count - 1;
    }
}
