namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 14: sanctions or tariffs that are threatened, considered, weighed, mulled or discussed as new are named, not imposed: a threat
/// of non-military sanctions (CAMEO 1312), never an imposition (163). Sentences written for this test.
/// </summary>
public class ThreatenedSanctionsTests
{
    [Theory]
    [InlineData("The United States threatened sanctions and visa restrictions against Somalia.", "USA", "SOM")]
    [InlineData("Brussels threatened tariffs on China over its car subsidies.", "IGO", "CHN")]
    [InlineData("Canada threatened countermeasures against India on Monday.", "CAN", "IND")]
    [InlineData("Britain is weighing new sanctions on Iran.", "GBR", "IRN")]
    [InlineData("Japan is considering penalties against Russian banks.", "JPN", "RUS")]
    [InlineData("Australia mulled tariffs on Chinese steel.", "AUS", "CHN")]
    [InlineData("Washington is contemplating an embargo on Venezuela.", "USA", "VEN")]
    [InlineData("The French government discussed imposing further sanctions on Iran.", "FRA", "IRN")]
    [InlineData("Ottawa debated new tariffs on China on Tuesday.", "CAN", "CHN")]
    public void Threatened_or_considered_sanctions_are_a_threat(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        var e = Assert.Single(events, e => e.Cameo == "1312");
        Assert.Equal(("THREATEN", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.DoesNotContain(events, e => e.Cameo == "163");
    }
    [Theory]
    // "considers" as "regards as" names sanctions someone else imposed; it threatens nothing.
    [InlineData("China rejects what Beijing considers illegal unilateral sanctions.")]
    [InlineData("Iran condemned what it considers unjust American sanctions.")]
    public void Sanctions_regarded_as_something_are_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "1312");
}
