namespace Parley.Pipeline.Tests.Events;

public sealed class StruckSidesTests
{
    [Theory]
    [InlineData("Hezbollah guerrillas shelled an Israeli outpost in south Lebanon, killing two soldiers.", "ISR")]
    [InlineData("Syrian rebels ambushed a Russian convoy near Idlib, wounding four soldiers.", "RUS")]
    [InlineData("North Korean troops fired on a South Korean guard post, wounding two soldiers.", "KOR")]
    [InlineData("Pakistani troops fired on an Indian border post in Kashmir, killing three soldiers.", "IND")]
    [InlineData("Eritrean troops shelled an Ethiopian border town, killing six soldiers.", "ETH")]
    [InlineData("Indian troops fired on a Pakistani army post across the frontier, killing two soldiers.", "PAK")]
    public void The_toll_in_a_trailing_participle_falls_on_the_side_the_attack_struck(string text, string target)
    {
        var assaults = EventTestDocuments.Run(text).Events.Where(e => e.Plover == "ASSAULT").ToList();
        Assert.NotEmpty(assaults);
        Assert.All(assaults, e => Assert.Equal(target, EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Kurdish rebels attacked a Turkish border post, wounding four soldiers.", "TUR")]
    [InlineData("Israeli troops raided a Palestinian refugee camp in Jenin, killing four militants.", "PSE")]
    public void A_toll_already_placed_keeps_its_country(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Target) == target);
}
