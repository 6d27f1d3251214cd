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
    [InlineData("The heads of state of the African Union urged Sudan's army to accept a ceasefire.", "IGO")]
    [InlineData("The heads of government of ASEAN condemned the coup in Myanmar.", "IGO")]
    // a court's or a watchdog's officers
    [InlineData("The prosecutor of the International Criminal Court accused Sudan of war crimes.", "IGO")]
    [InlineData("Inspectors of the International Atomic Energy Agency criticised Iran over the sealed sites.", "IGO")]
    public void A_member_of_a_body_stands_for_the_body(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }

    [Theory]
    // The body may be unnamed, owned by a state: "Kenya's electoral commission", "the Kenyan electoral commission".
    [InlineData("The head of Kenya's electoral commission criticized Uganda over the border closure.", "KEN")]
    [InlineData("The chairman of Bolivia's central bank called for calm on the currency markets.", "BOL")]
    [InlineData("A spokesman for Ghana's interior ministry accused Togo of harbouring smugglers.", "GHA")]
    [InlineData("The head of the Kenyan electoral commission criticized Uganda over the border closure.", "KEN")]
    // An opening phrase set off by a comma is not part of the subject's modifiers.
    [InlineData("Meeting in Lagos on Monday, the foreign minister of Ghana agreed to reopen the border.", "GHA")]
    [InlineData("Speaking in Geneva, a senior official of the Indian government accused Pakistan of sheltering militants.", "IND")]
    public void A_member_of_an_owned_or_introduced_body_stands_for_it(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }

    [Fact]
    public void Ministers_of_two_states_after_an_opening_phrase_act_together()
    {
        var best = EventTestDocuments.Best("Meeting in Lagos on Monday, the foreign ministers of Ghana and Togo agreed to reopen their shared border.");
        Assert.NotNull(best);
        Assert.Contains("GHA", EventTestDocuments.Countries(best.Source), StringComparison.Ordinal);
        Assert.Contains("TGO", EventTestDocuments.Countries(best.Source) + EventTestDocuments.Countries(best.Target), StringComparison.Ordinal);
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
    // Critics and relatives of someone are not that one's own (lawyers for someone speak for them: ClientCounselTests).
    [InlineData("Critics of the Indian government accused Pakistan of sheltering militants.", "IND")]
    public void Outsiders_of_a_body_do_not_stand_for_it(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == country && !e.Rule.Contains("+source.people", StringComparison.Ordinal));
    }
}
