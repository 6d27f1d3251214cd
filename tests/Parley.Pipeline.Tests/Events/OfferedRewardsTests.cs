namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 53: a reward or bounty offered for information or an arrest is policing aimed at the public, not an offer to a
/// side (CAMEO 03): the blockers <c>none.offer-reward.v1</c> and <c>none.offer-reward-sum.v1</c> cover it, the second
/// outrunning <c>agree.offer-aid.v1</c> on a sum ("a reward of 200 million francs"). An offer of aid stays 033. Sentences
/// written for this test.
/// </summary>
public class OfferedRewardsTests
{
    [Theory]
    [InlineData("Peruvian police have offered a reward for information on the escaped prisoners.")]
    [InlineData("The Bolivian authorities offered a reward of 200 million bolivianos for information leading to his arrest.")]
    [InlineData("The Chilean interior ministry has offered a $2 million reward for the capture of the gang leader.")]
    [InlineData("Ecuador's government posted a bounty on the fugitive commander.")]
    public void A_reward_for_information_or_an_arrest_is_no_offer(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    [Fact]
    public void An_offer_of_aid_stays_an_offer()
    {
        var document = EventTestDocuments.Run("Japan offered $5 million in aid to Peru after the floods.");
        Assert.Contains(document.Events, e => e.Cameo == "033");
    }
}
