namespace Parley.Pipeline.Tests.Events;

public sealed class TargetHomeCountryTests
{
    [Theory]
    [InlineData("The Iranian government declared a state of emergency on Monday.", "IRN")]
    [InlineData("Thailand's army imposed martial law after weeks of street clashes.", "THA")]
    [InlineData("Sri Lanka's president declared a nationwide curfew following the riots.", "LKA")]
    [InlineData("The Tunisian interior ministry banned all public gatherings for a month.", "TUN")]
    [InlineData("Pakistani President Pervez Musharraf imposed a state of emergency on Saturday, suspending the constitution.", "PAK")]
    [InlineData("Ecuador's president declared a state of emergency in response to the unrest.", "ECU")]
    public void A_restriction_of_freedoms_that_names_no_one_is_aimed_at_the_state_s_own_country(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "COERCE" && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Washington renewed its ban on advanced chips.")]
    [InlineData("Britain imposed restrictions on steel imports.")]
    public void A_curb_that_may_be_on_trade_is_not_placed_at_home(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.home", StringComparison.Ordinal));
}
