using Parley.Core;
using Parley.Pipeline.Tests.Entities;

namespace Parley.Pipeline.Tests.Places;

/// <summary>
/// First-level divisions generated from ISO 3166-2 (data/gazetteer/divisions.tsv) and the news spellings of contested places
/// (data/sources/place-news-names.tsv, and the plain spelling of GeoNames' marked letters): sentences of our own.
/// </summary>
public sealed class DivisionsAndNewsSpellingsTests
{
    [Theory]
    [InlineData("Shelling cut the power in Zaporizhzhia overnight.", 687700)]
    [InlineData("Grain ships waited outside the port of Hodeidah for permits.", 79415)]
    [InlineData("Aid trucks crossed into Rafah at dawn.", 281102)]
    [InlineData("Families fled Khan Younis after the warning.", 281124)]
    [InlineData("Banks reopened in Mekelle after two years.", 331180)]
    [InlineData("Residents of Stepanakert queued for fuel in the cold.", 146970)]
    [InlineData("Survivors gathered in Halabjah to mark the anniversary.", 96205)]
    [InlineData("Water was rationed in Taiz during the siege.", 70225)]
    [InlineData("Troops left the camp in Jenin after a ten-day operation.", 283506)]
    [InlineData("Bulldozers tore up streets in Tulkarem overnight.", 281577)]
    [InlineData("Shelters in Jabalia ran out of flour on Sunday.", 281129)]
    [InlineData("A school in Nuseirat was hit before dawn.", 281109)]
    [InlineData("The last hospital in Beit Hanoun closed its wards.", 281146)]
    [InlineData("Tents filled the beach at Deir al-Balah.", 281141)]
    public void NewsSpellingsFindTheTown(string text, long geonameId)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Contains(document.Places, p => p.Where.GeonameId == geonameId && p.Where.Feature == PlaceFeature.City);
    }

    [Theory]
    [InlineData("Flash floods washed away two bridges in Kunar on Tuesday.", "Kunar", "AFG")]
    [InlineData("Gunmen attacked a border post in Paktika.", "Paktika", "AFG")]
    [InlineData("Fighting spread across Lower Shabelle last week.", "Lower Shabelle", "SOM")]
    [InlineData("Locust swarms reached Middle Juba in March.", "Middle Juba", "SOM")]
    [InlineData("Hundreds of families left North Kordofan by truck.", "North Kordofan", "SDN")]
    [InlineData("Drone strikes were reported in Hadramout on Sunday.", "Hadramout", "YEM")]
    [InlineData("Cattle raiders struck a village in Lakes State.", "Lakes State", "SSD")]
    [InlineData("Rains flooded farms in Kandahar Province.", "Kandahar Province", "AFG")]
    [InlineData("Officials said cases rose in Akita Prefecture.", "Akita Prefecture", "JPN")]
    [InlineData("Insurgents burned a village in Cabo Delgado in June.", "Cabo Delgado", "MOZ")]
    [InlineData("Separatists blocked roads in the Southwest Region of Cameroon.", "Southwest Region", "CMR")]
    [InlineData("Shelling hit villages in Nabatieh overnight.", "Nabatieh", "LBN")]
    [InlineData("Gangs took control of roads in Artibonite.", "Artibonite", "HTI")]
    [InlineData("Two soldiers died in an ambush in Cauca on Monday.", "Cauca", "COL")]
    [InlineData("Heavy snow closed schools across South Jeolla.", "South Jeolla", "KOR")]
    [InlineData("Farmers in Zulia went without power for a week.", "Zulia", "VEN")]
    [InlineData("An earthquake shook Central Sulawesi before dawn.", "Central Sulawesi", "IDN")]
    [InlineData("Ferries to North Maluku were cancelled.", "North Maluku", "IDN")]
    public void DivisionsArePlaces(string text, string name, string country)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Contains(document.Places, p => document.TextOf(p.Range) == name && p.Where.Feature == PlaceFeature.Admin1 && p.Where.Country == country);
    }

    /// <summary>A division named like a town keeps the name for the town ("Kandahar"), a common word ("Bay", "Lakes") is none.</summary>
    [Theory]
    [InlineData("Rockets fell on Kandahar on Friday.", "Kandahar=City")]
    [InlineData("The ferry crossed the bay before the storm.", "")]
    [InlineData("Lakes and rivers froze early this winter.", "")]
    [InlineData("Shops closed at 5 p.m. EST on Friday.", "")] // Burkina Faso's Est region is only "Est Region"
    [InlineData("Engineers measured the flow of the Blue Nile at the dam.", "")] // the river; the state is "Blue Nile State"
    [InlineData("Students laid flowers at a statue of Bolivar.", "")] // the Liberator, not Colombia's or Venezuela's division
    public void AmbiguousNamesAreLeftToTheirOtherMeaning(string text, string expected)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Equal(expected, string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Feature}")));
    }
}
