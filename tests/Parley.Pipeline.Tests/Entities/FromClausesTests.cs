using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>", (both) from &lt;country&gt;,": people whose only description is the country they come from are its citizens.</summary>
public sealed class FromClausesTests
{
    [Theory]
    [InlineData("Baratov and Kasimov, both from Uzbekistan, have denied the charges.", "Baratov", "UZB")]
    [InlineData("Baratov and Kasimov, both from Uzbekistan, have denied the charges.", "Kasimov", "UZB")]
    [InlineData("Lena Brodsky, from Moldova, told the court she was innocent.", "Lena Brodsky", "MDA")]
    public void FromACountryIsItsCitizen(string text, string name, string country)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        Assert.Equal(new ActorCode(country, null), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // without "both", only the name before the comma is described
    [InlineData("Baratov and Kasimov, from Uzbekistan, have denied the charges.", "Baratov")]
    // the country does not end the phrase: it is where something comes from
    [InlineData("Lena Brodsky, from Moldova's capital, told the court she was innocent.", "Lena Brodsky")]
    [InlineData("Lena Brodsky, from Moldova to Romania, drove the truck.", "Lena Brodsky")]
    public void NotAFromClause(string text, string name)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == name && document.Entities[m.Entity].Rule == "entities.nationality.v1");
    }
}
