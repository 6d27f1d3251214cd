using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>Collects a document's entities and mentions while the recognizer reads it; one entity per knowledge-base key.</summary>
internal sealed class EntityTable(KnowledgeBase kb, DateOnly? date)
{
    // The table's lists and dictionaries (EntityTableBuffers: the indexes by kind and position, what each entity counts
    // for the story's country), taken from the thread's last document and given back by Release.
    private readonly EntityTableBuffers _b = EntityTableBuffers.Take();

    // Position indexes over the mentions (EntityTableBuffers.PrefixMaxStart, LastOf, PreviousOf, OfType) are kept while
    // they are recorded; with them the longest mention. JoinAdjacentOrganisations and TypeUntypedByNamesakes, run once at
    // the end, move and remove mentions: after them every lookup falls back to the plain scan.
    private int _longest;
    private bool _indexed = true;

    // The version counts changes to mentions and entities; the last story-country answers are reused while no mention or
    // entity has changed and the offset is the same ("the army" asks for the dominant country, then the leading one).
    private int _version;
    private (int Version, int Offset, string? Best, string? Dominant) _lastTally = (-1, -1, null, null);

    // The tally of the settled mentions: the first _settledEnd mentions, all well before the offsets asked about now
    // (SettledReach characters or more), counted once and counted on as the reader moves on; dropped when a settled
    // mention or the entity of one changes.
    private const int SettledReach = 2000;
    private StoryCountryTally? _settled;
    private HashSet<int>? _settledNamed;
    private int _settledEnd;

    public IReadOnlyList<Mention> Mentions => _b.Mentions;

    /// <summary>
    /// Where the story's dateline ends (<see cref="Datelines.End"/>), 0 when it has none. A country the dateline names counts
    /// <see cref="DatelineWeight"/> times for the story's country: a story filed from Kampala about Uganda's parliament and
    /// Congo's rebels is Uganda's story even where it names Congo a few times more.
    /// </summary>
    public int DatelineEnd { get; set; }

    private const int DatelineWeight = 2;

    /// <summary>The state a country's land belonged to on the document's day ("police in Pristina" in 1998 are Serbia's).</summary>
    public string CountryOn(string iso3) => date is { } day ? Independences.On(iso3, day) : iso3;

    public Entity this[int index] => _b.Entities[index];

    /// <summary>
    /// What a mention counts for the story's country: the country an entity stands for or lies in (on the document's day);
    /// people count for none, and nor do news outlets ("told Reuters", "the BBC reported"): where they are based says
    /// nothing of where their story happens.
    /// </summary>
    public string? StoryCountryOf(int entity) => CountsOf(entity).Story;

    private (bool Known, string? Story, string? Person) CountsOf(int entity)
    {
        var counts = _b.Counts[entity];
        if (!counts.Known)
            _b.Counts[entity] = counts = (true, StoryCountryOfEntity(entity), PersonCountry(entity));
        return counts;
    }

    private string? StoryCountryOfEntity(int entity)
    {
        var e = _b.Entities[entity];
        if (e.KbKey is { } key && key.StartsWith("place:", StringComparison.Ordinal))
            return long.TryParse(key.AsSpan(6), out var id) && kb.Places.TryGetValue(id, out var place) && kb.Countries.ContainsKey(place.Country) ? CountryOn(place.Country) : null;
        return e.Type != EntityType.Person && e.Actor is { } actor && actor.Sector != "MED" && kb.Countries.ContainsKey(actor.Country) ? actor.Country : null;
    }

    /// <summary>
    /// The country the text is about before <paramref name="offset"/>: the one named most often, the latest on a tie
    /// (<see cref="StoryCountryTally"/>; with <paramref name="dominant"/>, only one named clearly more than any other).
    /// </summary>
    /// <remarks>
    /// A known person named again counts for their country in their role on the document's day: a story that says
    /// "Maduro" again and again and names the United States a few times is about Venezuela. Named once, a person is no
    /// one the story is about ("Rubio and Maduro both spoke").
    /// </remarks>
    public string? StoryCountry(int offset, bool dominant = false)
    {
        if (_lastTally.Version == _version && _lastTally.Offset == offset)
            return dominant ? _lastTally.Dominant : _lastTally.Best;
        // The settled mentions all start before offset when none of them is at or past FirstIndexFrom(offset): then all of
        // them count, in the order recorded. The settled part grows to the mentions SettledReach characters back, so that
        // the offsets a sentence asks about, a little before or after one another, keep it.
        var from = 0;
        var tally = _b.Scratch;
        HashSet<int>? settledNamed = null;
        if (_indexed && (_settledEnd == 0 || _settledEnd <= FirstIndexFrom(offset)))
        {
            _settled ??= new StoryCountryTally();
            for (var settled = FirstIndexFrom(offset - SettledReach); _settledEnd < settled; _settledEnd++)
                Count(_b.Mentions[_settledEnd], _settled, ref _settledNamed, null);
            tally.CopyFrom(_settled);
            (settledNamed, from) = (_settledNamed, _settledEnd);
        }
        else
            tally.Clear();
        _b.ScratchNamed.Clear();
        HashSet<int>? named = _b.ScratchNamed;
        for (var i = from; i < _b.Mentions.Count; i++)
            if (_b.Mentions[i].Start < offset)
                Count(_b.Mentions[i], tally, ref named, settledNamed);
        _lastTally = (_version, offset, tally.Best(false), tally.Best(true));
        return dominant ? _lastTally.Dominant : _lastTally.Best;
    }

    /// <summary>Counts one mention: a known person counts from their second mention on (in <paramref name="before"/> or <paramref name="named"/>).</summary>
    private void Count(Mention m, StoryCountryTally tally, ref HashSet<int>? named, HashSet<int>? before)
    {
        var (_, story, person) = CountsOf(m.Entity);
        if (story is { } country)
            for (var w = m.Start < DatelineEnd ? DatelineWeight : 1; w > 0; w--)
                tally.Add(country, m.Start);
        else if (person is { } home && (before?.Contains(m.Entity) == true || !(named ??= []).Add(m.Entity)))
            tally.Add(home, m.Start);
    }

    /// <summary>Drops the settled tally when the mention at <paramref name="index"/> changes and it was counted there.</summary>
    private void Unsettle(int index)
    {
        if (index < _settledEnd)
            (_settled, _settledNamed, _settledEnd) = (null, null, 0);
    }

    /// <summary>The country of a person from the knowledge base, in their role on the document's day (not a journalist's); null for others.</summary>
    private string? PersonCountry(int entity)
    {
        var e = _b.Entities[entity];
        return e.Type == EntityType.Person && e.KbKey is { } key && key.StartsWith("person:", StringComparison.Ordinal)
            && e.Actor is { } actor && actor.Sector != "MED" && kb.Countries.ContainsKey(actor.Country) ? actor.Country : null;
    }

    public char GenderOf(int index) => _b.Genders[index];

    public int Person(string wikidata)
    {
        if (_b.People.TryGetValue(wikidata, out var index))
            return index;
        var person = kb.People[wikidata];
        var role = date is { } d ? person.RoleOn(d) : person.Roles.LastOrDefault();
        ActorCode? actor = role is null ? null : new ActorCode(role.Country, role.Sector);
        var entity = new Entity("", EntityType.Person, person.Name, wikidata.StartsWith('Q') ? wikidata : null, actor, "entities.kb.person.v1") { KbKey = "person:" + wikidata };
        return _b.People[wikidata] = Add(entity, person.Gender);
    }

    public int Organisation(string id)
    {
        if (_b.Organisations.TryGetValue(id, out var index))
            return index;
        var o = kb.Organisations[id];
        return _b.Organisations[id] = Add(new Entity("", EntityType.Org, o.Name, o.Wikidata, new ActorCode(o.Country, o.Sector), "entities.kb.org.v1") { KbKey = "org:" + id });
    }

    public int Country(string iso3)
    {
        if (_b.Countries.TryGetValue(iso3, out var index))
            return index;
        var c = kb.Countries[iso3];
        return _b.Countries[iso3] = Add(new Entity("", EntityType.Gpe, c.Name, null, new ActorCode(iso3, null), "entities.kb.country.v1") { KbKey = "country:" + iso3 });
    }

    public int Place(long geonameid)
    {
        if (_b.Places.TryGetValue(geonameid, out var index))
            return index;
        var p = kb.Places[geonameid];
        // "Tahrir Square", "Gezi Park": a gazetteer landmark named by a built-place word is a facility
        var last = p.Name.AsSpan(p.Name.LastIndexOf(' ') + 1);
        var type = p.Feature == PlaceFeature.City ? EntityType.Gpe
            : p.Feature == PlaceFeature.Other && NameCues.FacilityWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last) ? EntityType.Fac : EntityType.Loc;
        return _b.Places[geonameid] = Add(new Entity("", type, p.Name, null, null, "entities.kb.place.v1") { KbKey = "place:" + geonameid });
    }

    /// <summary>A name the knowledge base does not have ("Foreign Minister Ana Lopez"), keyed by its text and type.</summary>
    public int Unknown(string name, EntityType type, ActorCode? actor, string rule, char gender = ' ')
    {
        if (_b.Unknown.TryGetValue((type, name), out var index))
            return index;
        return _b.Unknown[(type, name)] = Add(new Entity("", type, name, null, actor, rule), gender);
    }

    /// <summary>
    /// The group an agent noun names in a country: its own entity ("rebels (Ivory Coast)"), not the country's, so that
    /// "security forces clashed with fighters" keeps two sides.
    /// </summary>
    public int Group(AgentWord agent, string iso3) => Group(agent, iso3, kb.Countries[iso3].Name);

    /// <summary>The group an agent noun names in a country or body named <paramref name="name"/> ("diplomats (Group of Seven)"); an empty sector is none.</summary>
    public int Group(AgentWord agent, string code, string name)
    {
        if (_b.Groups.TryGetValue((agent.Phrase, name), out var known))
            return known;
        return _b.Groups[(agent.Phrase, name)] =
            Unknown($"{agent.Phrase} ({name})", EntityType.Org, new ActorCode(code, agent.Sector is { Length: > 0 } sector ? sector : null), "entities.agent.v1");
    }

    public bool HasMentionAt(int start)
    {
        for (var i = _b.Mentions.Count - 1; i >= FirstIndexFrom(start); i--)
            if (_b.Mentions[i].Start == start)
                return true;
        return false;
    }

    /// <summary>The knowledge-base key of the entity named by a mention starting at <paramref name="start"/>, if any.</summary>
    public string? KeyAt(int start)
    {
        for (var i = _b.Mentions.Count - 1; i >= FirstIndexFrom(start); i--)
            if (_b.Mentions[i].Start == start)
                return _b.Entities[_b.Mentions[i].Entity].KbKey;
        return null;
    }

    /// <summary>The knowledge-base key of the entity named by a mention ending at <paramref name="end"/>, if any.</summary>
    public string? KeyEndingAt(int end)
    {
        for (var i = _b.Mentions.Count - 1; i >= FirstIndexEndingFrom(end); i--)
            if (_b.Mentions[i].End == end)
                return _b.Entities[_b.Mentions[i].Entity].KbKey;
        return null;
    }

    public void Mention(int start, int end, int entity, MentionKind kind)
    {
        _b.Mentions.Add(new Mention(start, end, entity, kind));
        _version++;
        _b.PrefixMaxStart.Add(_b.PrefixMaxStart.Count == 0 ? start : Math.Max(start, _b.PrefixMaxStart[^1]));
        _longest = Math.Max(_longest, end - start);
        _b.PreviousOf.Add(-1);
        Index(_b.Mentions.Count - 1, entity);
    }

    /// <summary>
    /// The first mention index from which a mention may start at or after <paramref name="offset"/>: every mention
    /// recorded before it starts before <paramref name="offset"/> (0 once the end-of-document joins have moved mentions).
    /// </summary>
    public int FirstIndexFrom(int offset)
    {
        if (!_indexed)
            return 0;
        int lo = 0, hi = _b.PrefixMaxStart.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_b.PrefixMaxStart[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>The first mention index from which a mention may end at or after <paramref name="end"/> (none is longer than the longest).</summary>
    public int FirstIndexEndingFrom(int end) => FirstIndexFrom(end - _longest);

    private void Index(int mention, int entity)
    {
        while (_b.LastOf.Count <= entity)
            _b.LastOf.Add(-1);
        var last = _b.LastOf[entity];
        if (last < mention)
        {
            (_b.PreviousOf[mention], _b.LastOf[entity]) = (last, mention);
            return;
        }
        while (_b.PreviousOf[last] > mention)
            last = _b.PreviousOf[last];
        (_b.PreviousOf[mention], _b.PreviousOf[last]) = (_b.PreviousOf[last], mention);
    }

    private void Unindex(int mention, int entity)
    {
        if (_b.LastOf[entity] == mention)
        {
            _b.LastOf[entity] = _b.PreviousOf[mention];
            return;
        }
        var at = _b.LastOf[entity];
        while (_b.PreviousOf[at] != mention)
            at = _b.PreviousOf[at];
        _b.PreviousOf[at] = _b.PreviousOf[mention];
    }

    /// <summary>The entity's earliest mention index, -1 if none.</summary>
    private int FirstMentionOf(int entity)
    {
        var first = entity < _b.LastOf.Count ? _b.LastOf[entity] : -1;
        while (first >= 0 && _b.PreviousOf[first] >= 0)
            first = _b.PreviousOf[first];
        return first;
    }

    private void Move(int index, int entity)
    {
        var old = _b.Mentions[index].Entity;
        if (old == entity)
            return;
        Unindex(index, old);
        Index(index, entity);
    }

    /// <summary>Points the mention at <paramref name="index"/> at another entity, read as <paramref name="kind"/>.</summary>
    /// <summary>Gives an unknown name the type and code its context showed ("Tendai Moyo, a journalist"), keeping its mentions.</summary>
    public void Describe(int entity, EntityType type, ActorCode actor, string rule)
    {
        if (_b.Entities[entity].Type != type)
        {
            _b.OfType[(int)_b.Entities[entity].Type]!.Remove(entity);
            (_b.OfType[(int)type] ??= []).Add(entity);
        }
        _b.Entities[entity] = _b.Entities[entity] with { Type = type, Actor = actor, Rule = rule };
        _b.Counts[entity] = default;
        if (FirstMentionOf(entity) is var settled and >= 0)
            Unsettle(settled);
        _version++;
    }

    public void Rehome(int index, int entity, MentionKind kind)
    {
        Move(index, entity);
        Unsettle(index);
        _b.Mentions[index] = _b.Mentions[index] with { Entity = entity, Kind = kind };
        _version++;
    }

    /// <summary>Widens the mention at <paramref name="index"/> to end at <paramref name="end"/> as a mention of another entity ("U.S." to "U.S.-led coalition").</summary>
    public void Widen(int index, int end, int entity, MentionKind kind)
    {
        Move(index, entity);
        Unsettle(index);
        _longest = Math.Max(_longest, end - _b.Mentions[index].Start);
        _b.Mentions[index] = _b.Mentions[index] with { End = end, Entity = entity, Kind = kind };
        _version++;
    }

    /// <summary>The most recent mentioned entity before <paramref name="offset"/> that satisfies <paramref name="accept"/>.</summary>
    public int LastBefore(int offset, int notBefore, Func<int, bool> accept) => LastBefore(offset, notBefore, new Accepting(accept));

    /// <summary><see cref="LastBefore(int, int, Func{int, bool})"/> with the test as a struct (no closure per call).</summary>
    public int LastBefore<TTest>(int offset, int notBefore, TTest test) where TTest : struct, IEntityTest
    {
        for (var i = _b.Mentions.Count - 1; i >= 0; i--)
        {
            var m = _b.Mentions[i];
            if (m.Start >= offset)
                continue;
            if (m.Start < notBefore)
                break;
            if (test.Accepts(m.Entity))
                return m.Entity;
        }
        return -1;
    }

    /// <summary>
    /// <see cref="LastBefore(int, int, Func{int, bool})"/> from the document's start for an entity of <paramref name="type"/>:
    /// the same answer, found from the entities of that type and each one's latest mention before <paramref name="offset"/>
    /// instead of every mention of the document.
    /// </summary>
    public int LastBefore(int offset, EntityType type, Func<int, bool> accept) => LastBefore(offset, type, new Accepting(accept));

    /// <summary>
    /// <see cref="LastBefore(int, EntityType, Func{int, bool})"/> with the test as a struct: a caller asking once per name
    /// (is this word the start of an organisation named before?) builds no closure or delegate.
    /// </summary>
    public int LastBefore<TTest>(int offset, EntityType type, TTest test) where TTest : struct, IEntityTest
    {
        if (!_indexed)
            return LastBeforeScan(offset, type, test);
        int found = -1, foundIndex = -1;
        if (_b.OfType[(int)type] is not { } entities)
            return -1;
        foreach (var e in entities)
        {
            var k = e < _b.LastOf.Count ? _b.LastOf[e] : -1;
            while (k > foundIndex && _b.Mentions[k].Start >= offset)
                k = _b.PreviousOf[k];
            if (k > foundIndex && test.Accepts(e))
                (found, foundIndex) = (e, k);
        }
        return found;
    }

    /// <summary>The plain scan <see cref="LastBefore{TTest}"/> falls back on once mentions have moved: every mention, latest first.</summary>
    private int LastBeforeScan<TTest>(int offset, EntityType type, TTest test) where TTest : struct, IEntityTest
    {
        for (var i = _b.Mentions.Count - 1; i >= 0; i--)
            if (_b.Mentions[i] is var m && m.Start < offset && _b.Entities[m.Entity].Type == type && test.Accepts(m.Entity))
                return m.Entity;
        return -1;
    }

    private readonly struct Accepting(Func<int, bool> accept) : IEntityTest
    {
        public bool Accepts(int entity) => accept(entity);
    }

    /// <summary>
    /// The entity of the accepted mention nearest before <paramref name="offset"/> in the text, from <paramref name="notBefore"/> on.
    /// A sentence's names are recorded before its pronouns, so in "In his post, Trump said that he ..." the latest recorded
    /// is "his", linked to someone of the sentence before; the nearest in the text is "Trump".
    /// </summary>
    public int NearestBefore(int offset, int notBefore, Func<int, bool> accept) => NearestBefore(offset, notBefore, new Accepting(accept));

    /// <summary><see cref="NearestBefore(int, int, Func{int, bool})"/> with the test as a struct (no closure per call).</summary>
    public int NearestBefore<TTest>(int offset, int notBefore, TTest test) where TTest : struct, IEntityTest
    {
        int found = -1, foundStart = -1;
        for (var i = _b.Mentions.Count - 1; i >= 0; i--)
        {
            var m = _b.Mentions[i];
            if (m.Start >= offset || m.Start <= foundStart)
                continue;
            if (m.Start < notBefore)
                break;
            if (test.Accepts(m.Entity))
                (found, foundStart) = (m.Entity, m.Start);
        }
        return found;
    }

    /// <summary>An entity already mentioned whose name's capitalised words have these initials: "JCPOA" after "Joint Comprehensive Plan of Action"; -1 if none.</summary>
    public int WithInitials(ReadOnlySpan<char> acronym)
    {
        for (var e = 0; e < _b.Entities.Count; e++)
            if (IsInitialism(_b.Entities[e].Name, acronym))
                return e;
        return -1;
    }

    /// <summary>Capitalised words give one letter each; small lower-case words ("of", "and") may give one or none (JCPOA, NATO, OECD).</summary>
    private static bool IsInitialism(string name, ReadOnlySpan<char> acronym)
    {
        if (name.Length <= acronym.Length || name.IndexOf(' ', StringComparison.Ordinal) < 0 || !char.IsUpper(name[0]))
            return false;
        return Match(name.AsSpan(), acronym);

        static bool Match(ReadOnlySpan<char> rest, ReadOnlySpan<char> acronym)
        {
            rest = rest.TrimStart(' ');
            if (rest.IsEmpty)
                return acronym.IsEmpty;
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            var after = space < 0 ? [] : rest[(space + 1)..];
            var letter = char.ToUpperInvariant(word[0]);
            if (char.IsUpper(word[0]))
                return !acronym.IsEmpty && acronym[0] == letter && Match(after, acronym[1..]);
            return Match(after, acronym) || (!acronym.IsEmpty && acronym[0] == letter && Match(after, acronym[1..]));
        }
    }

    /// <summary>
    /// "U.N. Security Council", "United Nations High Commission for Refugees": two organisation names with only a space
    /// between are one name, the second (more specific) organisation's; an unknown second one takes the first one's code.
    /// </summary>
    public void JoinAdjacentOrganisations(string text)
    {
        Dictionary<int, int>? byStart = null;
        List<int>? joined = null;
        for (var i = 0; i < _b.Mentions.Count; i++)
        {
            var a = _b.Mentions[i];
            if (a.Kind != MentionKind.Name || _b.Entities[a.Entity].Type != EntityType.Org || a.End + 1 >= text.Length || text[a.End] != ' ')
                continue;
            if (byStart is null)
            {
                // Built only for documents with a candidate; most mentions are not organisations followed by a name.
                byStart = _b.ByStart;
                byStart.Clear();
                for (var k = 0; k < _b.Mentions.Count; k++)
                    byStart.TryAdd(_b.Mentions[k].Start, k);
            }
            if (!byStart.TryGetValue(a.End + 1, out var j) || _b.Mentions[j].Kind != MentionKind.Name || _b.Entities[_b.Mentions[j].Entity].Type != EntityType.Org)
                continue;
            _b.Mentions[j] = _b.Mentions[j] with { Start = a.Start };
            // "U.N. Human Rights Commission", "Taliban Foreign Ministry": an organ the knowledge base lacks acts for the body it is named after.
            var organ = _b.Mentions[j].Entity;
            if (_b.Entities[organ] is { KbKey: null, Actor: null } && _b.Entities[a.Entity].Actor is { } body)
            {
                _b.Entities[organ] = _b.Entities[organ] with { Actor = body.Country is "IGO" or "NGO" ? new ActorCode(body.Country, null) : body };
                _b.Counts[organ] = default;
            }
            _version++;
            (joined ??= []).Add(i);
        }
        for (var k = (joined?.Count ?? 0) - 1; k >= 0; k--)
            _b.Mentions.RemoveAt(joined![k]);
        _indexed &= joined is null;
    }

    /// <summary>A name left untyped ("Dadaab") takes the type the same name has elsewhere in the document ("the Dadaab camp").</summary>
    public void TypeUntypedByNamesakes()
    {
        _indexed = false;
        _version++;
        Dictionary<string, int>? typed = null;
        for (var e = 0; e < _b.Entities.Count; e++)
            if (_b.Entities[e].Type is not (EntityType.Other or EntityType.Norp) && _b.Entities[e].KbKey is null)
                (typed ??= Cleared(_b.Typed)).TryAdd(_b.Entities[e].Name, e);
        if (typed is null)
            return;
        for (var i = 0; i < _b.Mentions.Count; i++)
        {
            var m = _b.Mentions[i];
            if (_b.Entities[m.Entity].Type == EntityType.Other && _b.Entities[m.Entity].KbKey is null && typed.TryGetValue(_b.Entities[m.Entity].Name, out var namesake))
                _b.Mentions[i] = m with { Entity = namesake };
        }
    }

    /// <summary>Numbers the entities E1, E2 ... in order of first mention and sorts mentions by offset.</summary>
    public (ImmutableArray<Entity>, ImmutableArray<Mention>) Freeze()
    {
        // Sorted by start, then end, then insertion order: the same order a stable sort on (start, end) gives.
        var order = new int[_b.Mentions.Count];
        for (var i = 0; i < order.Length; i++)
            order[i] = i;
        Array.Sort(order, CompareRecorded);
        var ordered = CollectionsMarshal.AsSpan(_b.Mentions);
        var renumber = new int[_b.Entities.Count];
        Array.Fill(renumber, -1);
        var entities = new Entity[_b.Entities.Count];
        var count = 0;
        var mentions = new Mention[ordered.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var m = ordered[order[k]];
            if (renumber[m.Entity] < 0)
            {
                renumber[m.Entity] = count;
                entities[count] = _b.Entities[m.Entity] with { Id = EntityId(count + 1) };
                count++;
            }
            mentions[k] = m with { Entity = renumber[m.Entity] };
        }
        // Arrays built here and never written again become the immutable layers without another copy.
        return (count == entities.Length ? ImmutableCollectionsMarshal.AsImmutableArray(entities) : ImmutableArray.Create(entities, 0, count),
            ImmutableCollectionsMarshal.AsImmutableArray(mentions));
    }

    private int CompareRecorded(int a, int b)
    {
        var (x, y) = (_b.Mentions[a], _b.Mentions[b]);
        var c = x.Start.CompareTo(y.Start);
        if (c == 0)
            c = x.End.CompareTo(y.End);
        return c != 0 ? c : a.CompareTo(b);
    }

    /// <summary>"E1", "E2" ...: the ids of the first entities, made once for every document.</summary>
    private static readonly string[] s_ids = Enumerable.Range(1, 256).Select(n => "E" + n).ToArray();

    private static string EntityId(int number) => number <= s_ids.Length ? s_ids[number - 1] : "E" + number;

    /// <summary>False flags for a sentence's tokens, valid until the next call (the recognizer's "covered" words of one sentence).</summary>
    public bool[] CoveredFlags(int tokens) => _b.Covered(tokens);

    private static Dictionary<string, int> Cleared(Dictionary<string, int> typed)
    {
        typed.Clear();
        return typed;
    }

    /// <summary>
    /// Gives the table's lists and dictionaries back to this thread for its next document: call once, after
    /// <see cref="Freeze"/>, when nothing reads the table any more.
    /// </summary>
    public void Release() => EntityTableBuffers.Return(_b);

    private int Add(Entity entity, char gender = ' ')
    {
        _b.Entities.Add(entity);
        _b.Genders.Add(gender);
        (_b.OfType[(int)entity.Type] ??= []).Add(_b.Entities.Count - 1);
        _b.Counts.Add(default);
        return _b.Entities.Count - 1;
    }
}
