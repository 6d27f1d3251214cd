namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// One described as speaking or acting for a body ("a senior commander of X", "a spokesman for X", "an aide to X")
/// stands for that body: the body is the source.
/// </summary>
public class MemberSubjectsTests
{
    [Theory]
    [InlineData("A senior commander of Iran's Revolutionary Guards warned that Tehran would retaliate against Israel.", "IRN")]
    [InlineData("A spokesman for the Taliban rejected the proposal from Pakistan.", "AFG")]
    [InlineData("An aide to President Lula criticized Argentina over the trade dispute.", "BRA")]
    [InlineData("The head of NATO urged Russia to withdraw its troops.", "IGO")]
    [InlineData("A top envoy of Egypt met Israeli negotiators in Cairo on Sunday.", "EGY")]
    [InlineData("A senior official of the Indian government accused Pakistan of sheltering militants.", "IND")]
    public void A_member_of_a_body_stands_for_the_body(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }

    [Theory]
    [InlineData("A spokesman for the Turkish government said Greece must withdraw its troops from the islands.", "TUR", "GRC")]
    [InlineData("An aide to President Putin said Ukraine must accept the terms of the ceasefire.", "RUS", "UKR")]
    [InlineData("A senior official of the Kenyan government said Somalia must stop the raids across the border.", "KEN", "SOM")]
    public void A_member_who_reports_a_demand_speaks_for_the_body(string text, string source, string target)
    {
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == source && EventTestDocuments.Countries(e.Target) == target);
    }

    [Theory]
    // Lawyers, critics and relatives of someone are not that one's own.
    [InlineData("Lawyers for President Lula criticized Argentina over the trade dispute.", "BRA")]
    [InlineData("Critics of the Indian government accused Pakistan of sheltering militants.", "IND")]
    public void Outsiders_of_a_body_do_not_stand_for_it(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == country && !e.Rule.Contains("+source.people", StringComparison.Ordinal));
    }
}
