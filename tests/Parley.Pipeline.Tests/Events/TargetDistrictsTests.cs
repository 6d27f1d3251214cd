namespace Parley.Pipeline.Tests.Events;

public sealed class TargetDistrictsTests
{
    [Theory]
    [InlineData("Shining Path guerrillas detonated a car bomb on Tarata Street in Lima's Miraflores district on Thursday night, killing at least 20 civilians.", "PER")]
    [InlineData("Gunmen attacked a hotel in Kabul's Shahr-e-Naw district, killing 12 guests.", "AFG")]
    [InlineData("Syrian jets bombed Aleppo's Sheikh Maqsoud neighbourhood on Monday, killing 9 residents.", "SYR")]
    [InlineData("Police raided homes in Nairobi's Kibera district and arrested 40 residents.", "KEN")]
    [InlineData("Militants attacked a checkpoint in Karachi's Lyari district, killing two policemen.", "PAK")]
    [InlineData("Russian missiles struck Kharkiv's Saltivka district, killing six residents.", "UKR")]
    public void A_name_before_a_word_for_a_part_of_a_town_is_that_place_not_an_actor(string text, string country) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "COERCE" && e.Target.Count > 0 && !e.Target.Any(a => a.Code.Country == country));
}
