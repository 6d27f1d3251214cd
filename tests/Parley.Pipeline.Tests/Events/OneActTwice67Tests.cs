namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Session 35, round 67: one act read twice. A verdict noun that a rejection takes as its object ("brushed aside the
/// criticism") is what is rejected, no criticism event of its own (RejectedCharges); a general act of violence told by a
/// participle after a strike ("bombed a camp, setting tents ablaze and killing nine") is the strike's toll
/// (OneActTwice.HarmToll). Sentences written for this test.
/// </summary>
public class OneActTwice67Tests
{
    [Theory]
    [InlineData("Ecuador's interior minister brushed aside the Colombian criticism, saying the border operation was lawful.")]
    [InlineData("Kenya's foreign ministry shrugged off criticism of the deportations on Tuesday.")]
    public void A_criticism_a_rejection_takes_as_object_is_no_event_of_its_own(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Cameo == "120");
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_criticism_told_as_a_verb_before_its_rejection_stays()
    {
        var events = EventTestDocuments.Run("Sudan's army said Chad had criticised the blockade, and Khartoum dismissed the criticism.").Events;
        Assert.Contains(events, e => e.Cameo == "111");
        Assert.Contains(events, e => e.Cameo == "016");
    }

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
