using Parley.Core;
using Parley.Pipeline.Tests.Entities;
using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Places;

/// <summary>
/// A name several countries have means the one in the country its sentence or story is about, before a larger namesake
/// abroad ("Lebanese soldiers ... in Tripoli"), but not a town twenty times smaller than it ("U.S. officials in Paris");
/// a division word after the name ("Natal province") leaves the towns of that name out. People placed there take that
/// country. The sentences are invented for these tests.
/// </summary>
public sealed class NamesakesInContextTests
{
    [Theory]
    [InlineData("Lebanese soldiers clashed with Islamist gunmen in Tripoli on Sunday.", "Tripoli=LBN")]
    [InlineData("Pakistani police fired tear gas at rioters in Hyderabad on Friday.", "Hyderabad=PAK")]
    [InlineData("South African police opened fire on Inkatha supporters in Natal, killing four.", "Natal=ZAF")]
    [InlineData("Brazilian police raided a slum in Natal on Friday.", "Natal=BRA")]
    [InlineData("Philippine marines raided a rebel hideout near San Juan on Thursday.", "San Juan=PHL")]
    [InlineData("American envoys met Iranian diplomats in Geneva.", "Geneva=CHE")]
    [InlineData("U.S. officials in Paris said the talks had stalled.", "Paris=FRA")]
    [InlineData("Lebanese soldiers clashed with Syrian gunmen in Tripoli.", "Tripoli=LBN")]
    public void The_sentences_country_chooses_among_namesakes(string text, string expected)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.Equal(expected, string.Join(" | ", document.Places.Select(p => $"{document.TextOf(p.Range)}={p.Where.Country}")));
    }

    [Theory]
    [InlineData("Floods hit Tianjin municipality on Monday.", "Tianjin", PlaceFeature.Admin1)]
    [InlineData("The army lifted the curfew in Natal province.", "Natal", PlaceFeature.Admin1)]
    public void A_division_word_after_the_name_means_the_division(string text, string name, PlaceFeature feature)
    {
        var document = EntityTestDocuments.Run(text);
        var place = Assert.Single(document.Places, p => document.TextOf(p.Range) == name);
        Assert.Equal(feature, place.Where.Feature);
    }

    [Theory]
    [InlineData("Lebanese soldiers clashed with Islamist gunmen in Tripoli on Sunday.", "clashed", "LBN")]
    [InlineData("Pakistani police fired tear gas at rioters in Hyderabad on Friday.", "fired tear gas", "PAK")]
    [InlineData("Spanish police detained six suspected militants in Cordoba.", "detained", "ESP")]
    [InlineData("Spanish police dispersed student protesters in Leon on Saturday.", "dispersed", "ESP")]
    [InlineData("Iraqi helicopters strafed Kurdish farmers outside Halabja.", "strafed", "IRQ")]
    [InlineData("South African police opened fire on Inkatha supporters in Natal, killing four.", "opened fire", "ZAF")]
    public void People_placed_in_a_namesake_take_its_country(string text, string trigger, string country)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        Assert.Equal(country, EventTestDocuments.Countries(found.Target));
    }
}
