namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An official the knowledge base does not know is not taken for a national of the country he visits: the places of a
/// visit say nothing of the visitor's home, so another country the sentence names (or none) decides.
/// </summary>
public class VisitorHomesTests
{
    [Theory]
    [InlineData("President Oskar Lindqvist visited Estonia and laid a wreath at a memorial to Swedish sailors.", "SWE")]
    [InlineData("Chancellor Erwin Hauser toured Poland on Tuesday, carrying an apology from Germany for the occupation.", "DEU")]
    [InlineData("Prime Minister Tomas Rada arrived in Hungary for talks, bringing greetings from the Czech people.", "CZE")]
    [InlineData("Premier Li Wenzhao flew to Kenya on Sunday with a pledge of Chinese loans.", "CHN")]
    [InlineData("President Amadou Keita was visiting Senegal when news of the Malian mutiny broke.", "MLI")]
    [InlineData("King Haakon Berg paid a visit to Iceland with greetings from Norway.", "NOR")]
    public void A_visitor_is_not_of_the_country_visited(string text, string home)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.Equal(home, EventTestDocuments.Countries(events[0].Source));
    }

    [Fact]
    public void An_official_acting_at_home_is_still_of_the_place()
    {
        var e = EventTestDocuments.Best("President Levy Mwanawasa threatened a curfew in Lusaka.");
        Assert.NotNull(e);
        Assert.Equal("ZMB", EventTestDocuments.Countries(e.Source));
    }
}
