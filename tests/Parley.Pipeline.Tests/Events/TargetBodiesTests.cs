namespace Parley.Pipeline.Tests.Events;

public sealed class TargetBodiesTests
{
    [Theory]
    [InlineData("Zambia appealed to the Paris Club of creditor nations on Monday to write off half its official debt.", "REQUEST")]
    [InlineData("Ukraine asked the Paris Club to freeze its debt payments.", "REQUEST")]
    [InlineData("Azerbaijan rejected a proposal by the Minsk Group on Nagorno-Karabakh.", "REJECT")]
    [InlineData("Argentina reached a deal with the Paris Club on its arrears.", "AGREE")]
    [InlineData("Ecuador asked the London Club to reschedule its commercial debt.", "REQUEST")]
    [InlineData("Peru appealed to the Lima Group for support.", "REQUEST")]
    public void A_place_s_name_before_Club_or_Group_names_an_international_body(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == "IGO");

    [Theory]
    [InlineData("Mali condemned the Wagner Group for the killings.", "RUS")]
    public void A_known_body_keeps_its_own_code(string text, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void A_body_of_several_states_is_no_one_s_home() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Syria criticized the Astana Process on Monday.").Events, e => e.Target.Any(a => a.Code.Country == "SYR"));
}
