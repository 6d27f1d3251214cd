namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A country coordinated with one that stands as the partner after "visit", "from", "into" or "at" is a partner too, not
/// a mere location: "will visit Mauritania and Senegal" has both hosts as targets, as "condemned Russia and Belarus" has both.
/// </summary>
public class CoordinatedPartnersTests
{
    [Theory]
    [InlineData("The Gambian president will visit Mauritania and Senegal next week.", "MRTGOV,SENGOV")]
    [InlineData("The Kenyan president visited Uganda, Rwanda and Tanzania last month.", "UGAGOV,RWAGOV,TZAGOV")]
    [InlineData("Portugal banned flights from Brazil and South Africa on Friday.", "BRAGOV,ZAFGOV")]
    public void Every_coordinated_partner_is_a_target(string text, string targets) =>
        Assert.Equal(targets, string.Join(",", Assert.Single(EventTestDocuments.Run(text).Events).Target.Select(a => a.Code.Code)));

}
