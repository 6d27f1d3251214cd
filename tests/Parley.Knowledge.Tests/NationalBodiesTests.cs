using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>
/// National bodies that often act in the news (data/organisations.tsv, round 45): electoral commissions and courts,
/// anti-corruption agencies, police forces, intelligence services, constitutional courts and prosecutors' offices are
/// organisations of their country with their sector. Names several states' bodies share stay out of the table: only
/// forms that name the country are listed.
/// </summary>
public sealed class NationalBodiesTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Embedded;

    private static List<Organisation> Named(string form) =>
        [.. Kb.Organisations.Values.Where(o => o.Name == form || o.Aliases.Contains(form))];

    [Theory]
    [InlineData("COMELEC", "PHL", "GOV")]
    [InlineData("Independent High Electoral Commission", "IRQ", "GOV")]
    [InlineData("Electoral Commission of Ghana", "GHA", "GOV")]
    [InlineData("National Jury of Elections", "PER", "JUD")]
    [InlineData("Corruption Eradication Commission", "IDN", "GOV")]
    [InlineData("National Anticorruption Directorate", "ROU", "JUD")]
    [InlineData("Nigeria Police Force", "NGA", "COP")]
    [InlineData("Carabineros", "CHL", "COP")]
    [InlineData("Australian Secret Intelligence Service", "AUS", "SPY")]
    [InlineData("Federal Constitutional Court", "DEU", "JUD")]
    [InlineData("Georgia's Central Election Commission", "GEO", "GOV")]
    [InlineData("Polish Constitutional Tribunal", "POL", "JUD")]
    public void A_national_body_is_an_organisation_of_its_country(string form, string iso3, string sector)
    {
        var body = Assert.Single(Named(form));
        Assert.Equal((iso3, sector), (body.Country, body.Sector));
    }

    [Theory]
    [InlineData("Central Election Commission")]
    [InlineData("Constitutional Court")]
    [InlineData("Constitutional Council")]
    [InlineData("National Intelligence Agency")]
    [InlineData("Anti-Corruption Commission")]
    public void A_name_several_states_share_names_no_organisation(string form) =>
        Assert.Empty(Named(form));
}
