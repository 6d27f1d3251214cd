namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 35, round 67: one act read twice. A general act of violence told by a
/// participle after a strike ("bombed a camp, setting tents ablaze and killing nine") is the strike's toll
/// (OneActTwice.HarmToll). Sentences written for this test.
/// </summary>
public class OneActTwice67Tests
{
    [Fact]
    public void A_killing_participle_after_a_strike_is_its_toll()
    {
        var events = EventTestDocuments.Run("Israeli warplanes bombed a camp in Rafah, setting tents ablaze and killing nine people, Palestinian health officials said.").Events;
        Assert.Contains(events, e => e.Cameo == "195");
        Assert.DoesNotContain(events, e => e.Cameo == "180");
    }

    [Fact]
    public void A_finite_killing_after_and_stays_a_second_act()
    {
        var events = EventTestDocuments.Run("Rebels stormed a hotel in Mogadishu and killed nine guests.").Events;
        Assert.Contains(events, e => e.Cameo == "190");
    }
}
