using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Places;

/// <summary>
/// <c>places.Resolver.v2</c>: every named gazetteer place (city, division, region) is a place; a country or capital is a
/// place when it is named as a location (<see cref="LocationCues"/>), not when it acts. Ambiguous names are resolved by
/// a qualifier ("Warwick, Queensland") or else by population and the article's countries and places
/// (<see cref="PlaceRanker"/>); an unknown name qualified by a known place ("Dugway, Utah") is placed there.
/// </summary>
public sealed class PlaceResolver : IComponent
{
    private readonly KnowledgeBase _kb;
    private readonly PlaceCandidates _candidates;
    private readonly PlaceRanker _ranker;

    public PlaceResolver(KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _kb = kb;
        _candidates = new PlaceCandidates(kb);
        _ranker = new PlaceRanker(kb.Countries.Values.Select(c => c.CapitalGeonameId).ToFrozenSet());
    }

    public string Name => "places.Resolver.v2";
    public Layers Requires => Layers.Entities | Layers.Tokens | Layers.Sentences;
    public Layers Assigns => Layers.Places;

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var reading = new Reading(this, document, PlaceEvidence.Gather(document, _kb, _candidates, _ranker));
        var places = ImmutableArray.CreateBuilder<Place>();
        var lastPlaceEnd = -1;
        var mentions = document.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = mentions[i];
            if (m.Kind is not (MentionKind.Name or MentionKind.Metonym) || places.Count > 0 && places[^1].End > m.Start)
                continue;
            cancellationToken.ThrowIfCancellationRequested();
            var isPlace = IsLocationUse(document, i, lastPlaceEnd);
            if (isPlace && reading.Where(i) is { } where)
            {
                places.Add(new Place(m.Start, m.End, OnDay(where, document.Published?.Date)));
                lastPlaceEnd = m.End;
            }
        }
        document.SetPlaces(places.ToImmutable());
    }

    /// <summary>
    /// "near Pristina" in 1998, "Yei" in 2000: a place lies in the state that held it on the article's day, not in the
    /// state that holds it today (<see cref="Independences"/>), so every actor and venue taken from it is coded that way.
    /// </summary>
    internal static Gazetted OnDay(Gazetted where, DateOnly? day) =>
        day is { } d && Independences.On(where.Country, d) is var then && then != where.Country ? where with { Country = then } : where;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_divisionWords = FrozenSet.Create(StringComparer.Ordinal,
        "County", "Province", "Prefecture", "District", "Governorate", "Municipality", "Parish", "Borough").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether mention <paramref name="i"/> names a location here: a gazetteer place unless it is part of a longer name;
    /// a country or capital only where <see cref="LocationCues"/> say so; an unknown name of a place-like type always
    /// (it is resolved only when a qualifier or its seat says where it is).
    /// </summary>
    private static bool IsLocationUse(Document document, int i, int lastPlaceEnd)
    {
        var m = document.Mentions[i];
        var entity = document.Entities[m.Entity];
        return entity.KbKey switch
        {
            null => m.Kind == MentionKind.Name && entity.Type is EntityType.Gpe or EntityType.Loc or EntityType.Other,
            var key when PlaceKeys.Place(key) is not null => m.Kind == MentionKind.Name && !EmbeddedPlaces.InsideLongerName(document, i),
            var key when key.StartsWith(PlaceKeys.Country, StringComparison.Ordinal) =>
                LocationCues.AfterLocative(document, m.Start) || LocationCues.ListedAfter(document, lastPlaceEnd, m.Start),
            _ => false,
        };
    }

    /// <summary>One document's resolutions, each mention resolved once (qualifiers are read before what they qualify).</summary>
    private sealed class Reading(PlaceResolver resolver, Document document, PlaceEvidence evidence)
    {
        private readonly Dictionary<int, Gazetted?> _resolved = [];

        /// <summary>The gazetteer entry mention <paramref name="i"/> names, or null when it names none.</summary>
        public Gazetted? Where(int i)
        {
            if (!_resolved.TryGetValue(i, out var where))
                _resolved[i] = where = Resolve(i);
            return where;
        }

        private Gazetted? Resolve(int i)
        {
            var m = document.Mentions[i];
            var key = document.Entities[m.Entity].KbKey;
            var qualifier = Qualifier(i);
            if (key is null) // "Dugway, Utah": all the text says is that Dugway lies in Utah ("the Americas in Alaska" says less)
                return qualifier is not null && document.Text.AsSpan(m.End).TrimStart().StartsWith(",") ? qualifier : Division(m, qualifier) ?? InDominantCountry(m);
            if (PlaceKeys.Place(key) is { } id)
            {
                if (!resolver._kb.Places.TryGetValue(id, out var chosen))
                    return null;
                var candidates = resolver._candidates.Lookup(document.Slice(m.Range));
                if (Array.IndexOf(candidates, chosen) < 0)
                    candidates = [chosen, .. candidates]; // "Washington" the capital is known by its country's metonym only
                // "Malakoff, Texas": a town the gazetteer lacks there is placed in its qualifier; a division never is ("Texas, Mexico" is a list).
                if (qualifier is not null && (PlaceRanker.Within(candidates, qualifier) ?? (Array.TrueForAll(candidates, c => c.Feature == PlaceFeature.City) ? qualifier : null)) is { } inside)
                    return inside;
                // "in Natal province", "Georgia state": a division word after the name leaves the towns of that name out.
                if (LocationCues.DivisionAfter(document, m.End) && Array.Exists(candidates, c => c.Feature is PlaceFeature.Admin1 or PlaceFeature.Admin2 or PlaceFeature.Region))
                    candidates = Array.FindAll(candidates, c => c.Feature is PlaceFeature.Admin1 or PlaceFeature.Admin2 or PlaceFeature.Region);
                var best = resolver._ranker.Best(candidates, evidence, m.Start);
                return resolver._ranker.Plausible(best, evidence) ? best : null;
            }
            var iso3 = key[PlaceKeys.Country.Length..];
            if (m.Kind == MentionKind.Metonym)
            {
                // "Dar es Salaam" stands for Tanzania, but is not its capital: the city of that name in the country, else the capital.
                foreach (var city in resolver._candidates.Lookup(document.Slice(m.Range)))
                    if (city.Country == iso3 && city.Feature == PlaceFeature.City)
                        return city;
                return resolver._kb.Countries.TryGetValue(iso3, out var c) && resolver._kb.Places.TryGetValue(c.CapitalGeonameId, out var capital) ? capital : null;
            }
            if (resolver._kb.CountryPlace(iso3) is not { } country)
                return null;
            // "Georgia" in an article about Atlanta is the US state: divisions and regions of the same name compete.
            var alternatives = resolver._candidates.Lookup(document.Slice(m.Range));
            if (!Array.Exists(alternatives, a => a.Feature is not PlaceFeature.City && a.Country != iso3))
                return country;
            var contest = new List<Gazetted>(alternatives.Length + 1) { country };
            foreach (var a in alternatives)
                if (a.Feature is not PlaceFeature.City && a.Country != iso3)
                    contest.Add(a);
            return resolver._ranker.Best(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(contest), evidence, m.Start);
        }

        /// <summary>
        /// "Dallas County", "Akita Prefecture": a division named after its seat is placed at the seat, when the article
        /// supports that reading (its country is named, or it lies near another place of the article).
        /// </summary>
        private Gazetted? Division(Mention m, Gazetted? qualifier)
        {
            var text = document.Slice(m.Range);
            var space = text.LastIndexOf(' ');
            if (space <= 0 || !s_divisionWords.Contains(text[(space + 1)..]))
                return null;
            var candidates = resolver._candidates.Lookup(text[..space]);
            if (candidates.Length == 0)
                return null;
            if (qualifier is not null)
                return PlaceRanker.Within(candidates, qualifier);
            var best = resolver._ranker.Best(candidates, evidence);
            return best.Feature is PlaceFeature.City && (evidence.Supports(best) || evidence.NearestAnchorKm(best) <= PlaceRanker.NearKm) ? best : null;
        }

        /// <summary>
        /// "a farm in Pangandaran" in a story about Indonesia: a town the gazetteer lacks, named as a location, is placed
        /// at the country the article is about (feature country: the point says no more than that).
        /// </summary>
        private Gazetted? InDominantCountry(Mention m) =>
            document.Entities[m.Entity].Type is EntityType.Gpe or EntityType.Loc && LocationCues.AfterLocative(document, m.Start)
            && !LocationCues.CrossesBorders(document.Slice(m.Range)) && evidence.Dominant is { } country ? resolver._kb.CountryPlace(country) : null;

        /// <summary>The division or country named right after mention <paramref name="i"/> and a comma, if any.</summary>
        private Gazetted? Qualifier(int i)
        {
            var mentions = document.Mentions;
            if (i + 1 >= mentions.Length || !Known(i + 1) || !LocationCues.Qualifies(document, mentions[i].End, mentions[i + 1].Start))
                return null;
            // "Zaire, Sudan, Ivory Coast and Reston": a list goes on after its items; a qualifier does not, unless by its country.
            if (i + 2 < mentions.Length && LocationCues.ListContinues(document, mentions[i + 1].End, mentions[i + 2].Start)
                && !(Known(i + 2) && Where(i + 2) is { Feature: PlaceFeature.Country } && LocationCues.Qualifies(document, mentions[i + 1].End, mentions[i + 2].Start)))
                return null;
            // A city after a comma starts a list ("Paris, London and Berlin"); only divisions and countries qualify.
            return Where(i + 1) is { Feature: not PlaceFeature.City } q ? q : null;
        }

        private bool Known(int i) => document.Mentions[i].Kind == MentionKind.Name && document.Entities[document.Mentions[i].Entity].KbKey is { } key
            && (key.StartsWith(PlaceKeys.Country, StringComparison.Ordinal) || PlaceKeys.Place(key) is not null);
    }
}
