namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Protesters named only by what they are act where they protest: a place inside the trigger's own words ("camped out in
/// Kiev's Independence Square") or in a sentence-opening place phrase closed by a comma ("In Caracas, thousands of ...").
/// </summary>
public class ProtestPlacesTests
{
    [Theory]
    [InlineData("In Caracas, thousands of oil workers walked off the job on Monday.", "VEN")]
    [InlineData("In Dhaka, hundreds of garment workers went on strike over unpaid wages.", "BGD")]
    [InlineData("At a rally in Lagos on Saturday, thousands of students protested against the fuel price rise.", "NGA")]
    [InlineData("Throughout Santiago, tens of thousands of students marched for free education.", "CHL")]
    [InlineData("Hundreds of thousands of opposition supporters camped out in Kiev's Independence Square for a ninth day.", "UKR")]
    [InlineData("Thousands of farmers blocked roads in Karnataka on Friday.", "IND")]
    public void Protesters_act_for_the_country_where_they_protest(string text, string country)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(("PROTEST", country), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("In a speech on Monday, thousands of students protested.")]
    [InlineData("In the end, hundreds of workers walked off the job.")]
    public void An_opening_phrase_with_no_place_places_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST" && e.Source.Count > 0);

    [Theory]
    [InlineData("Thousands of students poured into Tiananmen Square on Monday.", "CHN")]
    [InlineData("Protesters in Tahrir Square demanded the resignation of the prime minister.", "EGY")]
    [InlineData("Hundreds of thousands of opposition supporters camped out on the Maidan for a ninth day.", "UKR")]
    [InlineData("Tens of thousands of people rallied in Wenceslas Square against the communist leadership.", "CZE")]
    [InlineData("Police fired tear gas at protesters in Taksim Square on Saturday.", "TUR")]
    [InlineData("Thousands of women marched in the Plaza de Mayo on Thursday.", "ARG")]
    public void A_landmark_square_places_the_crowd(string text, string country)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Contains(country, EventTestDocuments.Countries(e.Source) + "," + EventTestDocuments.Countries(e.Target));
    }
}
