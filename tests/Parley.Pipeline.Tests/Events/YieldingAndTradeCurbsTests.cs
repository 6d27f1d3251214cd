using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Two codebook families written for this test in sentences about different events and regions: giving up one's own
/// objection or veto is yielding (080), and cutting off or curbing trade aimed at a state is an embargo (163).
/// </summary>
public class YieldingAndTradeCurbsTests
{
    [Theory]
    [InlineData("Turkey dropped its objection to Sweden's NATO membership.")]
    [InlineData("Hungary lifted its veto on the EU aid package for Ukraine.")]
    [InlineData("Greece withdrew its opposition to North Macedonia's EU bid.")]
    [InlineData("Poland abandoned its long-standing objections to the migration pact.")]
    [InlineData("Austria has dropped its veto on Romania joining Schengen.")]
    [InlineData("Bulgaria's parliament ended its resistance to the gas deal with Turkey.")]
    public void Dropping_an_objection_is_yielding(string text) => AssertBest(text, "CONCEDE", "080");

    [Theory]
    // The owner word keeps the opposition party out: ending talks with it is no concession.
    [InlineData("The Thai government ended talks with the opposition.")]
    [InlineData("Cambodia's ruling party dropped the opposition from the election list.")]
    public void Ending_dealings_with_the_opposition_is_no_yielding(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "080");

    [Theory]
    [InlineData("China cut off rare earth exports to Japan.", "JPN")]
    [InlineData("Russia cut off all grain shipments to Lithuania.", "LTU")]
    [InlineData("The United States restricted chip exports to China.", "CHN")]
    [InlineData("Japan curbed sales of chemicals to South Korea.", "KOR")]
    [InlineData("Kazakhstan limited fuel deliveries to Kyrgyzstan.", "KGZ")]
    [InlineData("Ukraine cut off imports from Belarus on Monday.", "BLR")]
    public void Cutting_off_trade_with_a_state_is_an_embargo(string text, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("SANCTION", "163"), (e.Plover, e.Cameo));
        Assert.StartsWith(target, string.Join(",", e.Target.Select(a => a.Code.Code)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("India curbed gold imports to save foreign currency.")]
    [InlineData("Nigeria limited rice imports last year.")]
    public void A_domestic_import_curb_is_no_embargo(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "163");

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
