namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A town or province an attack struck is the attack's target (<c>+target.location</c>), but it is carried to no later act as
/// the one replied to, warned or asked: a place is nobody's counterpart. A national capital stands for its state and stays one.
/// </summary>
public class PlaceCounterpartsTests
{
    private const string Strikes = "Pakistani forces struck targets in Balochistan on Monday. Pakistan's interior minister later warned that more strikes would follow.";

    [Fact]
    public void The_attack_keeps_the_province_it_struck()
    {
        var attack = EventTestDocuments.Run(Strikes).Events.First(e => e.Plover == "ASSAULT");
        Assert.EndsWith("+target.location", attack.Rule);
    }

    [Fact]
    public void A_province_is_no_counterpart_of_a_later_warning()
    {
        Assert.DoesNotContain(EventTestDocuments.Run(Strikes).Events,
            e => e.Plover == "THREATEN" && e.Rule.Contains("+target.counterpart", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_stays_the_counterpart_of_a_reply()
    {
        var reply = EventTestDocuments.Run("North Korea fired two missiles toward Seoul on Monday. Pyongyang later rejected the demand to halt its tests.")
            .Events.First(e => e.Plover == "REJECT");
        Assert.Equal("KOR", EventTestDocuments.Countries(reply.Target));
    }
}
