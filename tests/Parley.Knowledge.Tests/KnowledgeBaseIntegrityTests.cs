using System.Diagnostics;
using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>The embedded knowledge base loads and is consistent: ids, codes, dates and names that mean one thing.</summary>
public sealed class KnowledgeBaseIntegrityTests
{
    private static readonly HashSet<string> s_international = ["IGO", "NGO", "MNC", "IMG"];
    private static readonly HashSet<string> s_sectors = [.. "GOV MIL LEG JUD COP SPY REB OPP CVL BUS MED EDU REL HLH IGO NGO".Split(' ')];
    private static KnowledgeBase Kb => KnowledgeBase.Embedded;

    [Fact]
    public void EmbeddedKnowledgeBaseLoads()
    {
        var watch = Stopwatch.StartNew();
        var kb = KnowledgeBase.Load(KnowledgeFiles.Embedded);
        watch.Stop();
        Console.WriteLine($"knowledge base loaded in {watch.ElapsedMilliseconds} ms");
        Assert.True(kb.Countries.Count > 240, $"{kb.Countries.Count} countries");
        Assert.True(kb.People.Count > 500, $"{kb.People.Count} people");
        Assert.True(kb.Places.Count > 20_000, $"{kb.Places.Count} places");
        Assert.True(kb.Organisations.Count > 300, $"{kb.Organisations.Count} organisations");
    }

    [Fact]
    public void CountryCodesAreWellFormedAndUnique()
    {
        var iso2 = new HashSet<string>();
        foreach (var c in Kb.Countries.Values)
        {
            Assert.Matches("^[A-Z]{3}$", c.Iso3);
            Assert.Matches("^[A-Z]{2}$", c.Iso2);
            Assert.True(iso2.Add(c.Iso2), $"ISO2 {c.Iso2} is used twice");
        }
    }

    [Theory]
    [InlineData("Bonn", "DEU", "1985-06-01", true)]
    [InlineData("Bonn", "DEU", "2005-06-01", false)]
    [InlineData("Rangoon", "MMR", "1990-01-01", true)]
    [InlineData("Rangoon", "MMR", "2005-11-06", false)]
    [InlineData("Lagos", "NGA", "1991-12-11", true)]
    [InlineData("Lagos", "NGA", "1991-12-12", false)]
    public void FormerSeatsHoldOnlyWithinTheirDates(string name, string iso3, string date, bool holds)
    {
        var seat = Kb.FormerSeats[name];
        Assert.Equal(iso3, seat.Iso3);
        Assert.True(Kb.Countries.ContainsKey(seat.Iso3));
        Assert.Equal(holds, seat.Holds(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void OrganisationPeriodsUseKnownCodesAndNeverOverlap()
    {
        Assert.NotEmpty(Kb.OrganisationPeriods);
        foreach (var (id, periods) in Kb.OrganisationPeriods)
        {
            Assert.True(Kb.Organisations.ContainsKey(id), $"{id} is no organisation");
            foreach (var p in periods)
            {
                Assert.True(Kb.Countries.ContainsKey(p.Code.Country), $"{id}: unknown country {p.Code.Country}");
                Assert.True(p.Code.Sector is null || s_sectors.Contains(p.Code.Sector), $"{id}: unknown sector {p.Code.Sector}");
            }
            for (var i = 0; i < periods.Length; i++)
                for (var j = i + 1; j < periods.Length; j++)
                {
                    var (a, b) = (periods[i], periods[j]);
                    var apart = a.To is { } aTo && b.From is { } bFrom && aTo <= bFrom || b.To is { } bTo && a.From is { } aFrom && bTo <= aFrom;
                    Assert.True(apart, $"{id}: two periods overlap");
                }
        }
    }

    [Theory]
    [InlineData("TALIBAN", "1995-01-01", "REB")]
    [InlineData("TALIBAN", "1996-09-27", "GOV")]
    [InlineData("TALIBAN", "2001-11-12", "GOV")]
    [InlineData("TALIBAN", "2001-11-13", "REB")]
    [InlineData("TALIBAN", "2021-08-15", "GOV")]
    [InlineData("HAMAS", "2010-01-01", null)]
    public void An_organisation_has_the_code_of_the_period_holding_the_day(string id, string date, string? sector) =>
        Assert.Equal(sector, Kb.OrganisationCodeOn(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Sector);

    [Fact]
    public void OrganisationsAndRolesUseKnownCountriesAndSectors()
    {
        foreach (var o in Kb.Organisations.Values)
        {
            Assert.True(Kb.Countries.ContainsKey(o.Country) || s_international.Contains(o.Country), $"{o.Id}: country {o.Country}");
            Assert.True(o.Sector is null || s_sectors.Contains(o.Sector), $"{o.Id}: sector {o.Sector}");
            Assert.True(o.Wikidata is null || o.Wikidata.StartsWith('Q'), $"{o.Id}: wikidata {o.Wikidata}");
        }
        foreach (var p in Kb.People.Values)
            foreach (var r in p.Roles)
            {
                Assert.True(Kb.Countries.ContainsKey(r.Country) || s_international.Contains(r.Country), $"{p.Name}: country {r.Country}");
                Assert.True(s_sectors.Contains(r.Sector), $"{p.Name}: sector {r.Sector}");
            }
    }

    [Fact]
    public void RoleDatesAreOrdered()
    {
        foreach (var p in Kb.People.Values)
            foreach (var r in p.Roles)
                Assert.True(r.End is null || r.End >= r.Start, $"{p.Name} ({r.Title}) ends {r.End} before it starts {r.Start}");
    }

    [Theory]
    [InlineData("Foreign Minister")]
    [InlineData("Defence Minister")]
    public void OnePersonHoldsAMinistryAtATime(string title)
    {
        // Terms may share the handover day (an end is the last day in office, the successor's start the first).
        var terms = new Dictionary<string, List<(DateOnly Start, DateOnly End, string Name)>>();
        foreach (var p in Kb.People.Values)
            foreach (var r in p.Roles)
                if (r.Title == title)
                {
                    if (!terms.TryGetValue(r.Country, out var list))
                        terms[r.Country] = list = [];
                    list.Add((r.Start, r.End ?? DateOnly.MaxValue, p.Name));
                }
        foreach (var (country, list) in terms)
        {
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var i = 1; i < list.Count; i++)
                Assert.True(list[i].Start >= list[i - 1].End,
                    $"{country} {title}: {list[i - 1].Name} (until {Iso(list[i - 1].End)}) overlaps {list[i].Name} (from {Iso(list[i].Start)})");
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void PersonIdsAreWikidataOrLocal()
    {
        foreach (var id in Kb.People.Keys)
            Assert.Matches(@"^(Q\d+|local:[a-z0-9-]+)$", id);
    }

    [Fact]
    public void NoCountryNameMeansTwoCountries()
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Kb.Countries.Values)
            foreach (var name in (string[])[c.Name, .. c.Aliases, .. c.Demonyms, .. c.Metonyms])
            {
                if (owner.TryGetValue(name, out var other) && other != c.Iso3)
                    Assert.Fail($"'{name}' names both {other} and {c.Iso3}");
                owner[name] = c.Iso3;
            }
    }

    [Fact]
    public void NoOrganisationNameIsAlsoACountryName()
    {
        var countryNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Kb.Countries.Values)
            countryNames.UnionWith([c.Name, .. c.Aliases, .. c.Demonyms, .. c.Metonyms]);
        foreach (var o in Kb.Organisations.Values)
            foreach (var name in (string[])[o.Name, .. o.Aliases])
                Assert.False(countryNames.Contains(name), $"'{name}' names organisation {o.Id} and a country");
    }

    [Theory]
    [InlineData("Q324546", "2020-05-01", "USA", "LEG")]
    [InlineData("Q324546", "2025-01-20", "USA", "LEG")]
    [InlineData("Q324546", "2025-01-21", "USA", "GOV")]
    [InlineData("Q324546", "2025-07-11", "USA", "GOV")]
    public void RolesAnswerWhoSomeoneWasOnADate(string wikidata, string date, string country, string sector)
    {
        var role = Kb.People[wikidata].RoleOn(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(role);
        Assert.Equal((country, sector), (role.Country, role.Sector));
    }

    [Fact]
    public void WangYiIsChinasForeignMinister()
    {
        var wang = Kb.People.Values.Single(p => p.Name == "Wang Yi");
        var role = wang.RoleOn(new DateOnly(2025, 7, 11));
        Assert.Equal(("CHN", "GOV"), (role?.Country, role?.Sector));
        Assert.StartsWith("Q", wang.Wikidata, StringComparison.Ordinal);
    }
}
