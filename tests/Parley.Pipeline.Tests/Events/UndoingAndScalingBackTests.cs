using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Yielding families written for this test in sentences about different states: undoing a ban by decree eases it (081),
/// giving back what one seized returns property (0842), and scaling back one's forces de-escalates (087).
/// </summary>
public class UndoingAndScalingBackTests
{
    [Theory]
    [InlineData("Zimbabwe rescinded the ban on opposition rallies.", "CONCEDE", "081")]
    [InlineData("Guinea's junta revoked the curfew in Conakry.", "CONCEDE", "081")]
    [InlineData("Thailand's court overturned the ban on the opposition party.", "CONCEDE", "081")]
    [InlineData("Bangladesh repealed the restrictions on foreign charities.", "CONCEDE", "081")]
    [InlineData("Iran returned the seized tanker to Greece.", "RETREAT", "0842")]
    [InlineData("Russia returned the captured Ukrainian fishing boats.", "RETREAT", "0842")]
    [InlineData("Houthi rebels returned the hijacked cargo ship to its Japanese operator.", "RETREAT", "0842")]
    [InlineData("Serbia scaled back its troop presence near Kosovo.", "RETREAT", "087")]
    [InlineData("Israel scaled down its offensive in northern Gaza.", "RETREAT", "087")]
    [InlineData("Turkey scaled back its airstrikes on Kurdish militants in Iraq.", "RETREAT", "087")]
    public void Undoing_a_coercion_is_yielding(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    [InlineData("The company scaled back its investment plans in Kenya.")]
    [InlineData("Chile's parliament repealed the tax law.")]
    public void Other_undoings_are_no_yielding(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "081" or "087");
}
