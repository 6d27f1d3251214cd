using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Protest and threat families written for this test in sentences about different events and regions: taking part in
/// a protest or a crowd gathering to voice disapproval is a demonstration (141); menacing is threatening (130, with
/// force 138); raising the prospect of force is a threat of force (138).
/// </summary>
public class GatheringsAndMenacesTests
{
    [Theory]
    [InlineData("Hundreds of Armenians gathered in Yerevan to denounce the border deal.")]
    [InlineData("Georgian students participated in a march against the foreign agents law.")]
    [InlineData("Thousands of Kenyans converged on parliament to protest the finance bill.")]
    [InlineData("Serbian farmers assembled outside the ministry to demand higher subsidies.")]
    [InlineData("Opposition supporters gathered in Harare to oppose the constitutional amendment.")]
    [InlineData("Polish teachers took part in a rally against the education reform.")]
    public void Gathering_to_disapprove_is_a_demonstration(string text) => AssertBest(text, "PROTEST", "141");

    [Theory]
    [InlineData("Delegates gathered in Geneva to discuss the climate fund.")]
    [InlineData("Egyptian officials assembled a team to draft the budget.")]
    public void Gathering_for_other_ends_is_no_protest(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");

    [Theory]
    [InlineData("Azerbaijan menaced Armenia with a new offensive.", "138")]
    [InlineData("Turkey raised the prospect of military action in Syria.", "138")]
    [InlineData("Washington floated the possibility of airstrikes on Houthi targets.", "138")]
    [InlineData("Russia dangled the prospect of a new offensive against Kyiv.", "138")]
    [InlineData("Armed gangs menaced villagers in Haiti.", "130")]
    [InlineData("Sudanese militias menaced aid convoys near El Geneina.", "130")]
    public void Menacing_and_raising_force_are_threats(string text, string cameo) => AssertBest(text, "THREATEN", cameo);

    [Theory]
    [InlineData("Chinese officials held talks to reduce the threat of war.")]
    [InlineData("The Indian envoy raised the possibility of new trade talks.")]
    public void Talking_of_force_or_of_talks_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);
}
