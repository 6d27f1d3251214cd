namespace Parley.Pipeline.Tests.Events;

/// <summary>The author of what a reply answers, named by a capital, as a modifier, or as a pair of states.</summary>
public sealed class NamedAuthorsTests
{
    [Theory]
    [InlineData("Officials said on Thursday that Pyongyang had accepted a proposal from Seoul to hold a summit.", "AGREE", "KOR")]
    [InlineData("Kiev rejected demands from Moscow on Monday.", "REJECT", "RUS")]
    [InlineData("Beijing turned down an invitation from Tokyo to attend the ceremony.", "REJECT", "JPN")]
    [InlineData("Tehran rejected an offer from Washington for new talks.", "REJECT", "USA")]
    [InlineData("Caracas accepted a proposal from Bogota to reopen the border.", "AGREE", "COL")]
    [InlineData("Islamabad dismissed a request from New Delhi to hand over the suspects.", "REJECT", "IND")]
    public void An_overture_from_a_capital_is_from_its_government(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("The Egyptian proposal was rejected by Israel on Sunday.", "REJECT", "EGY")]
    [InlineData("Hamas rejected the Egyptian proposal on Sunday.", "REJECT", "EGY")]
    [InlineData("Myanmar's junta dismissed a U.N. blueprint for elections.", "REJECT", "IGO")]
    [InlineData("Serbia rejected the Russian plan for the region.", "REJECT", "RUS")]
    [InlineData("A French offer of talks was accepted by Rwanda.", "AGREE", "FRA")]
    [InlineData("The Kenyan proposal was welcomed by Ethiopia.", "SUPPORT", "KEN")]
    public void A_country_named_before_the_thing_answered_made_it(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target);

    [Theory]
    [InlineData("Fiji rejected demands from Australia and New Zealand to hold elections.", "REJECT", "AUS,NZL")]
    [InlineData("Fiji's interim government balked on Monday at demands from Australia and New Zealand.", "REJECT", "AUS,NZL")]
    [InlineData("Myanmar dismissed calls from Indonesia and Malaysia to free the prisoners.", "REJECT", "IDN,MYS")]
    [InlineData("Russia rejected a proposal from France and Germany for a ceasefire.", "REJECT", "FRA,DEU")]
    [InlineData("Israel accepted a plan drawn up by Egypt and Qatar.", "AGREE", "EGY,QAT")]
    [InlineData("Sudan ignored appeals from Kenya and Uganda to halt the fighting.", "REJECT", "KEN,UGA")]
    public void Both_states_of_a_pair_are_answered(string text, string plover, string targets) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && targets.Split(',').All(c => e.Target.Any(a => a.Code.Country == c)));
}
