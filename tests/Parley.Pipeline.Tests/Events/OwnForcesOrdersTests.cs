namespace Parley.Pipeline.Tests.Events;

public sealed class OwnForcesOrdersTests
{
    [Theory]
    [InlineData("Venezuela ordered its troops to close the border with Colombia on Friday.", "172", "VEN")] // round 39: closing a border restricts by decree (172); sealing it is 191
    [InlineData("Chad ordered the military to seal its frontier with Sudan.", "191", "TCD")]
    [InlineData("Israel ordered its air force to bomb Hezbollah positions in southern Lebanon.", "195", "ISR")]
    [InlineData("The Burmese junta ordered soldiers to fire on the protesters.", "175", "MMR")] // its own protesters: violent repression
    [InlineData("Pakistan's army chief ordered his soldiers to shell militant hideouts near the Afghan border.", "194", "PAK")]
    [InlineData("The Ethiopian government ordered its forces to expel Eritrean residents from the border town.", "174", "ETH")]
    [InlineData("Moscow ordered its troops to withdraw from the Georgian port on Monday.", "0874", "RUS")]
    public void An_order_to_ones_own_forces_is_coded_as_the_ordered_act_asserted(string text, string cameo, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Factuality == Parley.Core.Factuality.Asserted && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    [InlineData("The United Nations ordered Iraq to destroy its missiles.", "IRQ")]
    [InlineData("Britain ordered Russia to withdraw its diplomats.", "RUS")]
    [InlineData("Syria ordered Lebanese troops to withdraw from the border area.", "LBN")]
    public void An_order_to_another_stays_a_demand(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Target) == target);
}
