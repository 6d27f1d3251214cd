using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Two codebook families written for this test in sentences about different events and regions: putting down a revolt
/// or dissent by force is violent repression (175), and leaving talks told with "quit", "exit" or "desert" halts them (164).
/// </summary>
public class RepressionAndWalkoutsTests
{
    [Theory]
    [InlineData("The Sudanese army crushed the uprising in Darfur.")]
    [InlineData("Iranian security forces quelled protests in Zahedan.")]
    [InlineData("Myanmar's junta suppressed the demonstrations in Mandalay.")]
    [InlineData("Belarusian police put down the protests in Minsk.")]
    [InlineData("Chinese authorities smashed the strike at the Shenzhen factory.")]
    [InlineData("Uzbek troops quashed the revolt in Karakalpakstan.")]
    [InlineData("The Syrian army stamped out the rebellion in Daraa.")]
    public void Putting_down_dissent_is_repression(string text) => AssertBest(text, "ASSAULT", "175");

    [Theory]
    [InlineData("The Senegalese army suppressed the fire quickly.")]
    [InlineData("Kenyan firefighters put down the blaze in Nairobi.")]
    public void Putting_out_a_fire_is_no_repression(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "175");

    [Theory]
    [InlineData("Hamas quit the ceasefire talks with Israel.")]
    [InlineData("The Venezuelan opposition exited the negotiations with the government in Caracas.")]
    [InlineData("Serbia's delegation deserted the dialogue with Kosovo on Thursday.")]
    [InlineData("Sudan's army ditched the peace talks with the Rapid Support Forces.")]
    [InlineData("Ethiopia quit the Nile talks with Egypt and Sudan.")]
    [InlineData("The Malian junta has quit negotiations with ECOWAS.")]
    public void Quitting_talks_halts_negotiations(string text) => AssertBest(text, "SANCTION", "164");

    [Theory]
    // A threat to do either is a threat of the matching kind (13x), not the act.
    [InlineData("Colombian rebels threatened to quit the talks with Bogota.", "134")]
    [InlineData("Kenyan police threatened to crush the protests in Nairobi.", "132")]
    public void A_threat_to_do_it_is_a_threat(string text, string cameo) => AssertBest(text, "THREATEN", cameo);

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
