using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>A plea in court: not guilty denies the charges (016), guilty acknowledges the act (015).</summary>
public sealed class PleasTests
{
    [Theory]
    [InlineData("Kenyan lawmaker Ahmed Omar pleaded not guilty to the bribery charges.", "REJECT", "016")]
    [InlineData("Kenyan lawmaker Ahmed Omar pleaded guilty in a Nairobi court to taking bribes from a contractor.", "CONCEDE", "015")]
    [InlineData("The former Peruvian president Pedro Castillo has pleaded not guilty.", "REJECT", "016")]
    public void A_plea_is_a_denial_or_an_admission(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Fact]
    public void Pleading_with_someone_is_still_an_appeal() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Kenya's president pleaded with Somalia's leaders to end the dispute.").Events,
            e => e.Cameo is "015" or "016");
}
