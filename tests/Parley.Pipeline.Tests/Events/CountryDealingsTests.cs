namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The partner a country last dealt with is lent, as the implicit other side of a reply (+target.counterpart), only to those who
/// conduct the country's dealings: its government, forces and legislature, or the country named alone. So are its armed groups. A party, a court or
/// civil society of that country did not deal with the partner. Sentences written for these tests.
/// </summary>
public sealed class CountryDealingsTests
{
    [Theory]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's main opposition party rejected the plan.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday the Bolivian Supreme Court rejected the appeal.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivian farmers' unions rejected the plan.")]
    public void A_party_a_court_or_civil_society_do_not_answer_their_governments_partner(string text)
    {
        var e = EventTestDocuments.Run(text).Events.Last();
        Assert.DoesNotContain("+target.counterpart", e.Rule, StringComparison.Ordinal);
        Assert.DoesNotContain("PER", EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's foreign ministry rejected the plan.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivia's army chief rejected the plan.")]
    [InlineData("Bolivia held talks with Peru on Monday. On Tuesday Bolivian rebels rejected the plan.")]
    public void The_government_its_forces_and_armed_groups_still_answer_the_partner(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Target) == "PER");
}
