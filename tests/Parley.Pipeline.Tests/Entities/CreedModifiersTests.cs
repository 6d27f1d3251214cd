namespace Parley.Pipeline.Tests.Entities;

/// <summary>A creed or ideology before a known body describes it ("the Islamist Hamas movement"); it does not start a longer, unknown name.</summary>
public sealed class CreedModifiersTests
{
    [Theory]
    [InlineData("The Islamist Ennahda movement boycotted the municipal vote in Sfax.", "Ennahda movement=Agent>Ennahda[TUN")]
    [InlineData("The Islamist Hamas movement rejected the ceasefire offer.", "Hamas=Name>Hamas[PSE")]
    [InlineData("Maoist Shining Path rebels blew up a bridge near Ayacucho.", "Shining Path=Name>Shining Path[PER")]
    [InlineData("Leftist Sandinistas accused the electoral council of fraud.", "Sandinistas=Name>Sandinista National Liberation Front[NIC")]
    [InlineData("A rally by Hardline Likud members condemned the withdrawal.", "Likud=Name>Likud[ISR")]
    [InlineData("Sunni Hamas leaders met the Iranian envoy in Beirut.", "Hamas=Name>Hamas[PSE")]
    public void A_creed_before_a_known_body_describes_it(string text, string expected) =>
        Assert.Contains(expected, EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)), StringComparison.Ordinal);

}
