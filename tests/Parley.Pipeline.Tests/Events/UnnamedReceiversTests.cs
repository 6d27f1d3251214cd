namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The receiver of what a giver named after "from" gives, named by what it is ("the journalist", "local farmers"), is of the
/// country its phrase names, else the story's (+target.unnamed).
/// </summary>
public class UnnamedReceiversTests
{
    [Theory]
    [InlineData("Cambodia's courts are busy. Cambodia's Senate met. Cambodia's press is weak. In May, the reporter received a press freedom prize from U.S. Ambassador Patrick Murphy.", "USA", "KHM")]
    [InlineData("Kenya's farmers are struggling. Kenya's rains failed. Local farmers received food aid from the World Food Programme.", "IGO", "KEN")]
    [InlineData("Somali farmers received emergency grants from the World Bank.", "IGO", "SOM")]
    [InlineData("Yemen's war drags on. Yemen's ports are shut. Displaced families received food aid from the World Food Programme.", "IGO", "YEM")]
    [InlineData("Ukrainian journalists received a press freedom prize from France.", "FRA", "UKR")]
    [InlineData("Chad's east is dry. Chad's camps are full. Local farmers received emergency assistance from the World Bank.", "IGO", "TCD")]
    public void An_unnamed_receiver_is_of_its_own_or_the_story_country(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo is "051" or "071");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
