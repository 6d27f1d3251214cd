namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: a place or thing struck is of the country its holder's phrase names ("positions held by Pakistani-backed
/// infiltrators"); people held by someone are not the holder's ("prisoners held by Israeli forces"). Sentences written for this test.
/// </summary>
public class HeldPlacesTests
{
    [Theory]
    [InlineData("Indian jets struck army posts held by Pakistani-backed intruders on the ridge on Wednesday.", "IND", "PAK")]
    [InlineData("Croatian artillery shelled villages controlled by Serbian militias near Knin.", "HRV", "SRB")]
    [InlineData("Ethiopian troops attacked posts manned by Eritrean soldiers.", "ETH", "ERI")]
    [InlineData("Russian drones struck a refinery operated by a Ukrainian company.", "RUS", "UKR")]
    [InlineData("Moroccan troops shelled depots run by Algerian smugglers.", "MAR", "DZA")]
    [InlineData("Armenian gunners hit trenches occupied by Azerbaijani troops.", "ARM", "AZE")]
    public void A_place_is_of_the_country_its_holder_names(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
