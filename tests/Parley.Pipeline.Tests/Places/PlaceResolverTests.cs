using Parley.Pipeline.Tests.Entities;

namespace Parley.Pipeline.Tests.Places;

/// <summary>Which mentions are places and which gazetteer entry each one is.</summary>
public sealed class PlaceResolverTests
{
    [Theory]
    [InlineData("Talks opened in Geneva on Monday.", "Geneva=CHE")]
    [InlineData("GDANSK, Poland - Dockworkers went on strike.", "GDANSK=POL | Poland=POL")]
    [InlineData("Ministers met in Hanoi, Vietnam, on Monday.", "Hanoi=VNM | Vietnam=VNM")]
    [InlineData("Officials in Washington denied the report.", "Washington=USA")]
    [InlineData("Patrols increased in the South China Sea and near Taiwan.", "South China Sea= | Taiwan=TWN")]
    [InlineData("Vietnam protested the collision.", "")]
    [InlineData("Gdansk voted on Sunday.", "Gdansk=POL")]
    public void PlacesAndTheirCountries(string text, string expected)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Equal(expected, string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Country}")));
    }

    /// <summary>Former names and plain spellings of transliterated names find the city (data/sources/city-names.tsv).</summary>
    [Theory]
    [InlineData("Troops took up positions in Rangoon on Monday.", 1298824)]
    [InlineData("Riot police fired tear gas in Khatmandu.", 1283240)]
    [InlineData("Dockers in Leningrad went on strike in 1990.", 498817)]
    [InlineData("A car bomb went off near a mosque in Samarra.", 91597)]
    public void OtherNamesOfACity(string text, long geonameId)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Contains(document.Places, p => p.Where.GeonameId == geonameId);
    }
}
