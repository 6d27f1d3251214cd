using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A claim TO or OVER land or a right is a demand, not an accusation: rejecting it is a plain rejection (120), while
/// rejecting a claim THAT something happened denies an accusation (016). Sentences written for this test.
/// </summary>
public class ClaimsToLandTests
{
    [Theory]
    [InlineData("Morocco rejected Algeria's claim to the territory.")]
    [InlineData("China dismissed the Philippines' claims over the shoal.")]
    [InlineData("Guyana rebuffed Venezuela's claim to the Essequibo region.")]
    [InlineData("Japan repudiated South Korea's claim over the islets.")]
    [InlineData("Britain has rejected Mauritius's claim to the Chagos Islands.")]
    [InlineData("Kenya dismissed Somalia's claims to the maritime zone.")]
    public void Rejecting_a_claim_to_land_is_a_rejection(string text) => AssertBest(text, "REJECT", "120");

    [Theory]
    [InlineData("Rwanda rejected Congo's claims that it backs the M23 rebels.")]
    [InlineData("Beijing dismissed claims of forced labor in Xinjiang.")]
    public void Rejecting_a_claim_that_something_happened_denies_it(string text) => AssertBest(text, "REJECT", "016");

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
