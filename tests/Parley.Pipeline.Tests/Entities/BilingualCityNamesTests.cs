using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// GeoNames names some cities in two languages at once ("Donostia / San Sebastián"); news writes either name alone or
/// both joined by a hyphen, and each is the city, so agents placed there are its country's.
/// </summary>
public sealed class BilingualCityNamesTests
{
    [Theory]
    [InlineData("Police in San Sebastian arrested two men after the riot.")]
    [InlineData("Police in Donostia questioned the suspects for six hours.")]
    [InlineData("Riot police in Vitoria-Gasteiz dispersed striking workers.")]
    [InlineData("Police in Gasteiz closed the old town after the blast.")]
    [InlineData("Police in Mondragon detained a local councillor.")]
    [InlineData("Police in Llodio searched a flat near the station.")]
    public void Either_name_is_the_city(string text)
    {
        var document = EntityTestDocuments.Run(text);
        var police = Assert.Single(document.Entities, e => e.Name.Contains("police", StringComparison.Ordinal));
        Assert.Equal("ESP", police.Actor?.Country);
    }
}
