namespace Parley.Pipeline.Tests.Events;

/// <summary>Ambassadors to the United Nations act for their state; UN envoys, rapporteurs and spokespeople for the UN.</summary>
public sealed class UnOfficeHoldersTests
{
    [Theory]
    [InlineData("Vassily Nebenzia accused Britain of arming Kyiv on March 3, 2025.", "RUSGOV", "GBRGOV")]
    [InlineData("Linda Thomas-Greenfield criticized Moscow on June 5, 2023.", "USAGOV", "RUSGOV")]
    [InlineData("Fu Cong urged Washington to lift its sanctions on October 2, 2025.", "CHNGOV", "USAGOV")]
    [InlineData("Danny Danon condemned Iran at the Security Council on April 14, 2025.", "ISRGOV", "IRNGOV")]
    [InlineData("Hans Grundberg met Saudi officials in Riyadh on May 20, 2024.", "IGOGOV", "SAUGOV")]
    [InlineData("Geir Pedersen praised Damascus for releasing detainees on February 8, 2025.", "IGOGOV", "SYRGOV")]
    [InlineData("Tom Fletcher appealed to Israel to reopen the crossings on March 10, 2025.", "IGOGOV", "ISRGOV")]
    public void UnOfficeHolderActsForTheirOfficeOnTheDay(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (string.Join(",", e.Source.Select(a => a.Code.Code)), string.Join(",", e.Target.Select(a => a.Code.Code))));
    }
}
