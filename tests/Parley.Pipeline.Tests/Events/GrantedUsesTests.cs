namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Permitting another side to set up, open, operate or station something on one's soil grants it (PLOVER AGREE, CAMEO
/// 030), the permitted side the target. Sentences written for these tests.
/// </summary>
public class GrantedUsesTests
{
    [Theory]
    [InlineData("Hungary allowed China to open a police station in Budapest.", "HUN", "CHN")]
    [InlineData("Djibouti agreed to allow Japan to build a naval base.", "DJI", "JPN")]
    [InlineData("Greece will permit U.S. warships to dock at Souda Bay.", "GRC", "USA")]
    [InlineData("Kyrgyzstan authorized Russia to use the Kant air base.", "KGZ", "RUS")]
    [InlineData("Pakistan allowed American drones to use its airspace.", "PAK", "USA")]
    [InlineData("Niger permitted France to station special forces near Agadez.", "NER", "FRA")]
    public void Permission_to_operate_on_one_s_soil_is_agreement(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "AGREE", source, target);
        Assert.Equal("030", EventTestDocuments.Best(text)!.Cameo);
    }

    [Theory]
    [InlineData("The new rules allow companies to open offices in Lagos.")]
    [InlineData("The reform permits farmers to use their land as collateral.")]
    public void Rules_that_allow_unnamed_sides_grant_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");
}
