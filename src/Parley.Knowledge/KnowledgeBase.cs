using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Knowledge;

/// <summary>
/// The embedded knowledge base: countries, places, organisations, people with date-ranged roles, agent words and
/// the CAMEO/PLOVER ontology, frozen for fast lookups. Built once per process; safe to share across threads.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> s_embedded = new(() => Load(KnowledgeFiles.Embedded));

    public required FrozenDictionary<string, Country> Countries { get; init; }
    public required FrozenDictionary<string, Organisation> Organisations { get; init; }
    public required FrozenDictionary<string, Person> People { get; init; }
    /// <summary>Agent words and titles by lower-case phrase.</summary>
    public required FrozenDictionary<string, AgentWord> Agents { get; init; }
    /// <summary>
    /// Cities and regions by GeoNames id (regions without one get a negative id). A plain dictionary behind a read-only
    /// view, not a frozen one: freezing 26,000 integer keys cost about a seventh of the cold load and lookups are no faster.
    /// </summary>
    public required IReadOnlyDictionary<long, Gazetted> Places { get; init; }
    /// <summary>Every name and alternate name of <see cref="Places"/>, with its place.</summary>
    public required IReadOnlyList<(string Name, Gazetted Place)> PlaceNames { get; init; }
    public required FrozenDictionary<string, CameoCode> Cameo { get; init; }

    /// <summary>Periods in which an organisation had another code than its usual one, by organisation id.</summary>
    public FrozenDictionary<string, OrganisationPeriod[]> OrganisationPeriods { get; init; } = FrozenDictionary<string, OrganisationPeriod[]>.Empty;

    /// <summary>Former seats of government by name ("Bonn", "Rangoon"): metonyms for their state only within their dates.</summary>
    public FrozenDictionary<string, FormerSeat> FormerSeats { get; init; } = FrozenDictionary<string, FormerSeat>.Empty;

    /// <summary>An organisation's code on <paramref name="date"/>: the period holding it, else null (its usual code applies).</summary>
    public ActorCode? OrganisationCodeOn(string id, DateOnly date)
    {
        if (OrganisationPeriods.TryGetValue(id, out var periods))
            foreach (var p in periods)
                if (p.Holds(date))
                    return p.Code;
        return null;
    }

    /// <summary>
    /// Surnames whose every known bearer served one country ("Bush" → USA, "Assad" → SYR): the country of a titled
    /// person named by surname alone ("President Bush") even when the surname is too ambiguous to name the person.
    /// </summary>
    public required FrozenDictionary<string, string> SurnameCountries { get; init; }

    private FrozenDictionary<string, string>? _countryWords;

    /// <summary>Country names, aliases and demonyms ("Vietnam", "Vietnamese") → ISO3, for words read inside others ("Vietnamese-led").</summary>
    public FrozenDictionary<string, string> CountryWords => _countryWords ??= BuildCountryWords(Countries); // idempotent: a race builds it twice

    private FrozenSet<string>? _demonyms;

    /// <summary>Demonyms only ("Afghan", "Pakistani"), not names: an adjective before a body's name is no part of the name.</summary>
    public FrozenSet<string> Demonyms => _demonyms ??= Countries.Values.SelectMany(c => c.Demonyms).ToFrozenSet(StringComparer.Ordinal); // idempotent

    private HashSet<string>? _agentPrefixes;

    /// <summary>
    /// The start of each agent phrase up to a character that is no letter or digit ("human", "human rights", "pro" of
    /// "pro-government militias"), case-insensitive: a word followed by such a character that is none of them starts no longer
    /// phrase, so a reader need not look up the phrases it would start.
    /// </summary>
    public HashSet<string> AgentPrefixes => _agentPrefixes ??= BuildPrefixes(Agents.Keys); // idempotent: a race builds it twice

    private static HashSet<string> BuildPrefixes(IEnumerable<string> phrases)
    {
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var phrase in phrases)
            for (var length = 1; length < phrase.Length; length++)
                if (!char.IsLetterOrDigit(phrase[length]))
                    prefixes.Add(phrase[..length]);
        return prefixes;
    }

    private OfficeHolders? _officeHolders;

    /// <summary>Who held each country's office on a day, for a title with no name ("the Iranian foreign minister").</summary>
    public OfficeHolders OfficeHolders => _officeHolders ??= new OfficeHolders(People.Values); // idempotent: a race builds it twice

    private FrozenDictionary<string, Organisation>? _internationalNames;

    /// <summary>
    /// Names and aliases of international and non-governmental bodies ("U.N.", "United Nations", "NATO") → the body, for the
    /// organs named after them that the knowledge base lacks ("U.N. Human Rights Commission").
    /// </summary>
    public FrozenDictionary<string, Organisation> InternationalNames => _internationalNames ??= BuildInternationalNames(Organisations); // idempotent

    private static FrozenDictionary<string, Organisation> BuildInternationalNames(FrozenDictionary<string, Organisation> organisations)
    {
        var names = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var o in organisations.Values)
        {
            if (o.Country is not ("IGO" or "NGO"))
                continue;
            names.TryAdd(o.Name, o);
            foreach (var a in o.Aliases)
                names.TryAdd(a, o);
        }
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildCountryWords(FrozenDictionary<string, Country> countries)
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in countries.Values)
        {
            words.TryAdd(c.Name, c.Iso3);
            foreach (var a in c.Aliases)
                words.TryAdd(a, c.Iso3);
            foreach (var d in c.Demonyms)
                words.TryAdd(d, c.Iso3);
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The knowledge base shipped inside the program.</summary>
    public static KnowledgeBase Embedded => s_embedded.Value;

    /// <summary>The country a place stands in, as a gazetteer entry for the whole country.</summary>
    public Gazetted? CountryPlace(string iso3) =>
        Countries.TryGetValue(iso3, out var c) ? new Gazetted(c.Name, 0, c.Lat, c.Lon, c.Iso3, PlaceFeature.Country) : null;

    /// <summary>The CAMEO entry for a code, falling back to its parent codes (1724 → 172 → 17).</summary>
    public CameoCode? CameoOf(string code)
    {
        for (var length = code.Length; length >= 2; length--)
            if (Cameo.TryGetValue(code[..length], out var entry))
                return entry;
        return null;
    }

    public static KnowledgeBase Load(KnowledgeFiles files)
    {
        var countries = CountryLoader.Load(files);
        var organisations = OrganisationLoader.Load(files);
        var people = PersonLoader.Load(files);
        var (places, placeNames) = PlaceLoader.Load(files);
        var byIso3 = countries.ToFrozenDictionary(c => c.Iso3);
        return new KnowledgeBase
        {
            Countries = byIso3,
            FormerSeats = FormerSeatLoader.Load(files, byIso3),
            Organisations = organisations.ToFrozenDictionary(o => o.Id),
            People = people,
            Agents = AgentLoader.Load(files),
            Places = places,
            PlaceNames = placeNames,
            Cameo = CameoLoader.Load(files),
            SurnameCountries = Surnames.Countries(people.Values),
            OrganisationPeriods = OrganisationPeriodLoader.Load(files, organisations.ToDictionary(o => o.Id, StringComparer.Ordinal)),
        };
    }

    /// <summary>A copy with the user's actors added (theirs win on conflicts). See <see cref="UserActors"/>.</summary>
    public KnowledgeBase WithUserActors(string path)
    {
        var (people, organisations) = UserActors.Load(path, this);
        return new KnowledgeBase
        {
            Countries = Countries,
            Organisations = organisations,
            People = people,
            Agents = Agents,
            Places = Places,
            PlaceNames = PlaceNames,
            Cameo = Cameo,
            SurnameCountries = Surnames.Countries(people.Values),
            OrganisationPeriods = OrganisationPeriods,
            FormerSeats = FormerSeats,
        };
    }
}
