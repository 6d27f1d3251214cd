using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Two countries joined in one hyphenated word ("India-Pakistan talks") are a mention of each, so the talks get both
/// sides; a country whose own name has a hyphen ("Guinea-Bissau") stays one. Sentences written for this test.
/// </summary>
public class HyphenatedCountriesTests
{
    [Theory]
    [InlineData("India-Pakistan talks resumed in Islamabad on Monday.", "IND", "PAK")]
    [InlineData("The Kenya-Somalia summit was held in Nairobi.", "KEN", "SOM")]
    [InlineData("Officials prepared for Ethiopia-Sudan talks on the border.", "ETH", "SDN")]
    [InlineData("Russian-Ukrainian peace talks opened in Istanbul.", "RUS", "UKR")]
    [InlineData("A Chile-Peru summit on fishing rights ended on Friday.", "CHL", "PER")]
    [InlineData("Armenia-Azerbaijan negotiations began in Washington.", "ARM", "AZE")]
    public void Two_countries_in_one_hyphenated_word_are_both_sides_of_the_talks(string text, string first, string second)
    {
        var e = Assert.Single(Events.EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");
        var sides = Events.EventTestDocuments.Countries(e.Source);
        Assert.Contains(first, sides, StringComparison.Ordinal);
        Assert.Contains(second, sides, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_named_with_a_hyphen_stays_one()
    {
        var document = Events.EventTestDocuments.Run("Guinea-Bissau signed a fishing deal with Senegal.");
        var e = Assert.Single(document.Events);
        Assert.Equal(("GNB", "SEN"), (e.Source[0].Code.Country, e.Target[0].Code.Country));
    }
}
