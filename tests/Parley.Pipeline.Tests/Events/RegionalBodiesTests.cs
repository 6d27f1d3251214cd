namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A government, administration or council named by a region of a country ("the Tigray regional administration", "the
/// Rivers state government", "the Kurdistan Regional Government") governs part of that country: it is of the region's
/// country and another side than the national government, even with the same actor code. Sentences written for these tests.
/// </summary>
public sealed class RegionalBodiesTests
{
    [Theory]
    [InlineData("Madrid warned the Catalan regional government against calling a new independence vote.", "THREATEN", "ESP")]
    [InlineData("Nigeria's federal government reached a deal with the Rivers state government over oil revenues.", "AGREE", "NGA")]
    [InlineData("The Indian government held talks with the Punjab state government on Tuesday.", "CONSULT", "IND")]
    [InlineData("Iraq's oil ministry accused the Kurdistan Regional Government of selling crude without approval.", "ACCUSE", "IRQ")]
    [InlineData("Somalia signed a revenue deal with the regional administration of Puntland.", "AGREE", "SOM")]
    public void A_regional_body_is_the_other_side_of_its_own_national_government(string text, string plover, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, country, country), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.All(e.Target, a => Assert.Equal("GOV", a.Code.Sector));
    }

    [Fact]
    public void A_regional_body_is_of_its_regions_country_not_of_the_venue() =>
        EventTestDocuments.AssertSides("Ethiopia's federal government signed a ceasefire deal with the Tigray regional administration in Nairobi.", "AGREE", "ETH", "ETH");

    [Theory]
    [InlineData("Kenya's government criticised the government's handling of the strike.")]
    [InlineData("The Ugandan government met government officials in Kampala.")]
    public void The_national_government_is_still_no_other_side_of_itself(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Target.Count > 0 && EventTestDocuments.Countries(e.Target) == EventTestDocuments.Countries(e.Source));

    [Fact]
    public void A_capital_before_government_stands_for_the_state() =>
        EventTestDocuments.AssertSides("Pakistan accused the Kabul government of sheltering militants.", "ACCUSE", "PAK", "AFG");

    [Theory]
    [InlineData("Ottawa signed an energy pact with Quebec on Friday.", "AGREE", "CAN", "CAN")]
    [InlineData("Madrid held talks with Catalonia about a new tax arrangement.", "CONSULT", "ESP", "ESP")]
    [InlineData("Ethiopia struck a port deal with Somaliland last year.", "AGREE", "ETH", "SOM")]
    public void A_region_named_as_the_party_of_a_dealing_is_its_government(string text, string plover, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.region", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Iraqi government reached a water agreement with Kurdistan.")] // a region of several countries names none
    [InlineData("Canada signed a trade pact with Mexico in Quebec.")] // a region as the venue, not the party
    public void A_region_of_several_countries_or_a_venue_is_no_party(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.region", StringComparison.Ordinal));
}
