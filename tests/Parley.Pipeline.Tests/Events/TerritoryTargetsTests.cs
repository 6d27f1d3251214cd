namespace Parley.Pipeline.Tests.Events;

public sealed class TerritoryTargetsTests
{
    [Theory]
    [InlineData("The Ethiopian government declared a state of emergency in two western regions on Friday.", "ETH")]
    [InlineData("Sri Lanka imposed a curfew across the capital after the riots.", "LKA")]
    [InlineData("Peru's president declared a state of emergency in four southern provinces.", "PER")]
    [InlineData("The Algerian government imposed a curfew on six northern districts.", "DZA")]
    [InlineData("Bolivia's president declared martial law in three eastern provinces on Monday.", "BOL")]
    [InlineData("The Kenyan government imposed a dusk-to-dawn curfew over several coastal districts.", "KEN")]
    public void A_state_s_coercion_of_an_unnamed_part_of_its_land_is_aimed_at_its_own_country(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Israel imposed a curfew on Palestinian towns in the West Bank.", "PSE")]
    public void A_named_people_or_place_keeps_its_own_country(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Target) == target);
}
