namespace Parley.Pipeline.Tests.Entities;

/// <summary>"The Gulf" alone is the Persian Gulf, but "the Gulf of Finland" or "the Gulf of Aqaba" is its own sea, and the country inside its name is no actor.</summary>
public sealed class GulfNamesTests
{
    [Theory]
    [InlineData("A cargo ship dragged its anchor across the Gulf of Finland.", "Gulf of Finland=LOC")]
    [InlineData("Egypt and Jordan share the Gulf of Aqaba.", "Egypt=GPE | Gulf of Aqaba=LOC | Jordan=GPE")]
    [InlineData("Naval drills were held in the Gulf on Sunday.", "Gulf=LOC")]
    public void A_gulf_of_a_name_is_its_own_sea(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", EntityTestDocuments.Names(EntityTestDocuments.Run(text)).Split(" | ").Order()));
}
