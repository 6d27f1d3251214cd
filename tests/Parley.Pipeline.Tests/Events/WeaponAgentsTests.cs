namespace Parley.Pipeline.Tests.Events;

/// <summary>"Rockets fired by Hamas hit Sderot": the one named after "by" in a weapon's use is the attacker, never the target.</summary>
public class WeaponAgentsTests
{
    [Theory]
    [InlineData("Rockets fired by Hamas hit the Israeli town of Sderot on Tuesday.", "PSE", "ISR")]
    [InlineData("Israeli officials said rockets fired by Hezbollah struck Haifa overnight.", "LBN", "ISR")]
    [InlineData("A drone launched by Russia hit an apartment block in Kyiv.", "RUS", "UKR")]
    [InlineData("Mortar shells fired by Serb forces hit the market in Sarajevo, killing 68 people.", "SRB", "BIH")]
    [InlineData("A bomb planted by the Irish Republican Army wounded more than 30 people at Lisburn.", "GBR", "GBR")]
    [InlineData("Grenades thrown by Maoist rebels killed four policemen in Nepal.", "NPL", "NPL")]
    public void The_weapon_user_is_the_source(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(("ASSAULT", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+source.weapon", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rockets hit the Israeli town of Sderot, and Israel blamed Hamas, which was founded by Gaza clerics.")]
    [InlineData("The army fired shells at positions held by the rebels near Goma.")]
    public void A_by_phrase_that_names_no_weapon_user_changes_nothing(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Rule.Contains("+source.weapon", StringComparison.Ordinal));
}
