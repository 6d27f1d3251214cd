using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Threats, protest and coercion as real news tells them, in sentences written for this test: warning that one's own
/// side would review ties (1313) or cut aid (1311), or that the other "would regret" it (130); threatening a general
/// strike or mass protests (133); paralysing a city with a strike (143); storming a parliament (145); a rally "held by"
/// its organisers (141); closing a daily or a weekly (1721); ceasing, pausing or freezing aid (162) or military aid and
/// intelligence sharing (1622); shutting an airport, a port or a highway (191 by a state, 144 by protesters). A military
/// strike threatened is no labour threat.
/// </summary>
public class ThreatProtestFamiliesTests
{
    [Theory]
    [InlineData("Turkey's foreign minister cautioned that Ankara would reconsider its cooperation with the European Union.", "THREATEN", "1313")]
    [InlineData("India warned that it could downgrade its ties with Canada.", "THREATEN", "1313")]
    [InlineData("The Dutch government warned that it would suspend aid to Suriname.", "THREATEN", "1311")]
    [InlineData("Beijing warned Manila that it would regret the new bases deal.", "THREATEN", "130")]
    [InlineData("Nigeria's labour congress threatened a nationwide strike over the fuel price rise.", "THREATEN", "133")]
    [InlineData("Argentina's unions threatened an indefinite general strike against the reforms.", "THREATEN", "133")]
    [InlineData("French farmers threatened fresh blockades of the motorways.", "THREATEN", "133")]
    [InlineData("Chilean dockworkers paralysed the ports of Valparaiso with a two-day stoppage.", "PROTEST", "143")]
    [InlineData("Supporters of the Peruvian opposition crippled Lima with a general strike on Monday.", "PROTEST", "143")]
    [InlineData("Hundreds of Armenian opposition supporters stormed parliament on Thursday.", "PROTEST", "145")]
    [InlineData("Serbian opposition protesters burst into the national assembly in Belgrade.", "PROTEST", "145")]
    [InlineData("A rally held by Kenyan opposition activists in Nairobi ended peacefully.", "PROTEST", "141")]
    [InlineData("Protests organised by Georgian students blocked central Tbilisi.", "PROTEST", "141")]
    [InlineData("Algeria's government closed the independent daily El Watan.", "COERCE", "1721")]
    [InlineData("Turkish authorities shut the opposition weekly Nokta.", "COERCE", "1721")]
    [InlineData("Washington paused military aid to Kyiv on Monday.", "SANCTION", "1622")]
    [InlineData("The Pentagon halted intelligence sharing with Ukraine.", "SANCTION", "1622")]
    [InlineData("Germany ceased arms deliveries to Turkey after the incursion.", "SANCTION", "1622")]
    [InlineData("The Netherlands ended its development aid to Burundi.", "SANCTION", "162")]
    [InlineData("Washington's freeze on aid to Kyiv angered European allies.", "SANCTION", "162")]
    [InlineData("Thai opposition protesters shut down Bangkok's main airport on Wednesday.", "PROTEST", "144")]
    [InlineData("Kenyan opposition supporters closed the highway to Mombasa.", "PROTEST", "144")]
    [InlineData("Turkey shut down the port of Mersin to Cypriot ships.", "COERCE", "191")]
    [InlineData("Azerbaijan closed the bridge into Armenia on Saturday.", "COERCE", "191")]
    public void Family_codes_its_act(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    [InlineData("Israel threatened strikes on Iranian nuclear sites.")]
    [InlineData("Ukraine threatened a missile strike on the bridge.")]
    public void A_military_strike_threatened_is_no_labour_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "133");

    [Theory]
    [InlineData("Two senators broke ranks in Congress over the budget.")]
    [InlineData("The economist warned that exports would fall next year.")]
    [InlineData("The fighting ended and aid began to flow into the city.")]
    public void Other_uses_are_no_protest_or_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover is "PROTEST" or "THREATEN" or "SANCTION");
}
