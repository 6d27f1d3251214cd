using Parley.Core;
using Parley.Pipeline.Tests.Entities;

namespace Parley.Pipeline.Tests.Places;

/// <summary>Which reading of an ambiguous name the resolver chooses, and when a name is no place at all.</summary>
public sealed class PlaceRankingTests
{
    private static string Places(string text)
    {
        var document = EntityTestDocuments.Run(text);
        return string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Name}/{p.Where.Country}"));
    }

    [Theory]
    [InlineData("Officials in Perth reported two cases.", "Perth=Perth/AUS")] // the largest Perth
    [InlineData("Officials in Perth, Scotland reported two cases.", "Perth=Perth/GBR | Scotland=Scotland/GBR")]
    [InlineData("Ferries docked at Victoria in Canada.", "Victoria=Victoria/CAN | Canada=Canada/CAN")]
    [InlineData("SPRINGFIELD, Illinois - Officials closed two farms.", "SPRINGFIELD=Springfield/USA | Illinois=Illinois/USA")] // a dateline with its state
    [InlineData("A farmer near Dugway, Utah fell ill.", "Dugway=Utah/USA | Utah=Utah/USA")] // an unknown town placed in its state
    public void A_qualifier_after_a_comma_or_in_decides(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("SPRINGFIELD, Illinois - Officials closed two farms.", 39.80, -89.64)]
    [InlineData("Officials in Portland, Maine closed two farms.", 43.66, -70.26)]
    [InlineData("Officials in Portland, Oregon closed two farms.", 45.52, -122.68)]
    public void A_division_qualifier_picks_the_namesake_inside_it(string text, double lat, double lon)
    {
        var where = EntityTestDocuments.Run(text).Places[0].Where;
        Assert.InRange(Parley.Pipeline.Places.GeoDistance.Km(where.Lat, where.Lon, lat, lon), 0, 30);
    }

    [Theory]
    [InlineData("Storms hit towns in Victoria on Monday.", "Victoria=Victoria/AUS")] // a state before small capitals abroad
    [InlineData("Ferries from Vancouver reached ports in Victoria on Monday.", "Vancouver=Vancouver/CAN | Victoria=Victoria/CAN")]
    [InlineData("Storms hit Atlanta and then moved across Georgia.", "Atlanta=Atlanta/USA | Georgia=Georgia (U.S. state)/USA")]
    [InlineData("Russian troops moved into Georgia.", "Georgia=Georgia/GEO")]
    public void The_articles_countries_and_places_choose_among_namesakes(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("Cases rose in Ontario while U.S. officials watched.", "Ontario=Ontario/CAN/Admin1")] // the province, not the Californian city
    [InlineData("Ranchers in Detroit and Wyoming reported cases.", "Detroit=Detroit/USA/City | Wyoming=Wyoming/USA/Admin1")]
    [InlineData("Ships docked in Dar es Salaam on Monday.", "Dar es Salaam=Dar es Salaam/TZA/City")] // a metonym that is not the capital
    public void Divisions_outrank_namesake_cities_and_metonyms_name_their_own_city(string text, string expected)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Equal(expected, string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Name}/{p.Where.Country}/{p.Where.Feature}")));
    }

    [Theory]
    [InlineData("Cases were found in Kenya, Uganda and Tanzania.", "Kenya=Kenya/KEN | Uganda=Uganda/UGA | Tanzania=Tanzania/TZA")]
    [InlineData("Rains flooded northern Kenya.", "Kenya=Kenya/KEN")]
    [InlineData("Clashes erupted in parts of Chad and Niger.", "Chad=Chad/TCD | Niger=Niger/NER")]
    [InlineData("Trade between Kenya and Uganda grew.", "")] // relations between countries are not a location
    [InlineData("Kenya and Uganda signed a trade deal.", "")] // countries that act are actors, not places
    public void Countries_named_as_locations_are_places(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("Flooding hit Central Kalinga on Monday.", "")] // "Central" is a city elsewhere, but here part of a longer name
    [InlineData("Birds died in the Danube Delta.", "")]
    [InlineData("Birds died near Satu de Jos.", "")] // a particle joins the known name to a longer one
    [InlineData("Health workers in Dallas and Austin said a farmer in Malakoff fell ill.", "Dallas=Dallas/USA | Austin=Austin/USA")] // not the French Malakoff
    [InlineData("Vaccines reached North Mindanao on Monday.", "Mindanao=Mindanao/PHL")] // a part of the place: its point is near enough (North Sumatra is now a province of divisions.tsv)
    public void Names_that_only_look_like_a_known_place_are_not_resolved(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("Officials in Texas said cases rose in Dallas County.", "Texas=Texas/USA | Dallas County=Dallas/USA")]
    [InlineData("Officials in China said cases rose in Xiaogan Prefecture.", "China=China/CHN | Xiaogan Prefecture=Xiaogan/CHN")] // Japan's prefectures are in divisions.tsv
    [InlineData("Cases rose in Dallas County.", "")] // nothing in the article says which Dallas
    public void A_division_named_after_its_seat_is_placed_at_the_seat(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("Indonesian officials in Jakarta said a farm in Pangandaran was closed.", "Jakarta=Jakarta/IDN | Pangandaran=Indonesia/IDN")]
    [InlineData("Swedish officials in Stockholm said birds died in the Vastra Sea.", "Stockholm=Stockholm/SWE")] // a sea is in no one country
    [InlineData("A farm in Pangandaran was closed.", "")] // nothing says which country
    public void An_unknown_town_named_as_a_location_is_placed_in_the_articles_country(string text, string expected) => Assert.Equal(expected, Places(text));

    [Theory]
    [InlineData("Strains called Bundibugyo, Sudan and Reston are known.", "")]
    [InlineData("Floods hit Texas, Mexico and Guatemala.", "Texas=Texas/USA | Mexico=Mexico/MEX | Guatemala=Guatemala/GTM")]
    [InlineData("Flu was reported in Arkansas, Delaware, Idaho and Maine.", "Arkansas=Arkansas/USA | Delaware=Delaware/USA | Idaho=Idaho/USA | Maine=Maine/USA")]
    public void A_list_is_not_a_chain_of_qualifiers(string text, string expected)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Equal(expected, string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Name}/{p.Where.Country}")));
        Assert.DoesNotContain(document.Places, p => p.Where.Feature == PlaceFeature.City);
    }
}
