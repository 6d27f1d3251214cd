namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Forces moved, shifted, rushed or poured toward a place are a show of force (154), aimed at the country that place
/// names: "moved two divisions toward the Kuwaiti border". Sentences written for this test.
/// </summary>
public class TroopMovementsTests
{
    [Theory]
    [InlineData("Iraq moved three armoured divisions toward the Saudi border on Sunday.", "SAU")]
    [InlineData("Turkey shifted two brigades towards the Syrian frontier.", "SYR")]
    [InlineData("Pakistan rushed artillery units near the Indian border after the clash.", "IND")]
    [InlineData("Eritrea moved tanks along the Ethiopian border, diplomats said.", "ETH")]
    [InlineData("Russia poured reinforcements into Georgia on Friday.", "GEO")]
    [InlineData("Greece sent paratroopers to the Turkish border after the incident.", "TUR")]
    public void Forces_moved_toward_a_country_show_force_at_it(string text, string target)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(("MOBILIZE", "154"), (e.Plover, e.Cameo));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The company moved its staff to the new office.")]
    [InlineData("Kenya moved the summit to Mombasa.")]
    public void Moving_what_is_not_a_force_is_no_show_of_force(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "MOBILIZE");
}
