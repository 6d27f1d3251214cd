using Parley.Knowledge;

namespace Parley.Knowledge.Tests;

/// <summary>
/// The ruling and main opposition parties of 2015-2025 are organisations of their country (data/organisations.tsv):
/// a party's own name or abbreviation gives its country, one party per region pinned here. Names that several
/// countries' parties share stay unknown: the knowledge base lists them only in a country-qualified form.
/// </summary>
public sealed class PoliticalPartiesTests
{
    private static KnowledgeBase Kb => KnowledgeBase.Embedded;

    /// <summary>The organisations whose name or alias is <paramref name="form"/>, as written.</summary>
    private static List<Organisation> Named(string form) =>
        [.. Kb.Organisations.Values.Where(o => o.Name == form || o.Aliases.Contains(form))];

    [Theory]
    [InlineData("Georgian Dream", "GEO")]          // the Caucasus
    [InlineData("Law and Justice party", "POL")]   // Europe
    [InlineData("PiS", "POL")]
    [InlineData("Estonia 200", "EST")]
    [InlineData("Yesh Atid", "ISR")]               // the Middle East
    [InlineData("Ennahda", "TUN")]                 // North Africa
    [InlineData("Chama Cha Mapinduzi", "TZA")]     // Sub-Saharan Africa
    [InlineData("Economic Freedom Fighters", "ZAF")]
    [InlineData("National People's Power", "LKA")] // South Asia
    [InlineData("Aam Aadmi Party", "IND")]
    [InlineData("Komeito", "JPN")]                 // East Asia
    [InlineData("Pakatan Harapan", "MYS")]         // Southeast Asia
    [InlineData("Australian Labor Party", "AUS")]  // the Pacific
    [InlineData("PSUV", "VEN")]                    // the Americas
    [InlineData("La Libertad Avanza", "ARG")]
    public void A_party_is_an_organisation_of_its_country(string form, string iso3)
    {
        var party = Assert.Single(Named(form));
        Assert.Equal(iso3, party.Country);
        Assert.Null(party.Sector); // ruling or opposition is read from the story, not fixed in the table
    }

    [Theory]
    [InlineData("Labour Party")]
    [InlineData("Social Democrats")]
    [InlineData("National Party")]
    [InlineData("Conservative Party")]
    [InlineData("Liberal Party")]
    [InlineData("Podemos")] // Spain's and Mozambique's
    [InlineData("Colorado Party")] // Paraguay's and Uruguay's
    [InlineData("Frente Amplio")]
    public void A_name_several_countries_parties_share_names_no_organisation(string form) =>
        Assert.Empty(Named(form));

    [Fact]
    public void A_country_qualified_form_names_the_party()
    {
        Assert.Equal("GBR", Assert.Single(Named("British Labour Party")).Country);
        Assert.Equal("SWE", Assert.Single(Named("Swedish Social Democrats")).Country);
        Assert.Equal("URY", Assert.Single(Named("Uruguay's Colorado Party")).Country);
    }
}
