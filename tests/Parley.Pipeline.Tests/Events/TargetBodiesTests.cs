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

    [Theory]
    [InlineData("After peace talks collapsed, RUF rebels attacked ECOMOG peacekeepers guarding the airport at Lungi.")]
    [InlineData("Rebels in Darfur attacked UNAMID peacekeepers on Sunday.")]
    [InlineData("Congolese militiamen ambushed peacekeepers near Beni, killing two.")]
    [InlineData("Hezbollah fighters fired on peacekeepers in southern Lebanon.")]
    [InlineData("Malian jihadists attacked MINUSMA peacekeepers near Gao.")]
    [InlineData("Gunmen in South Sudan killed two peacekeepers near Malakal.")]
    public void Peacekeepers_that_are_attacked_and_placed_by_no_demonym_are_a_mission_s(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Target) == "IGO");

    [Theory]
    [InlineData("Al-Shabab fighters attacked Kenyan peacekeepers in Somalia.")]
    [InlineData("Pakistan, a key U.S. ally, has refused to deploy peacekeepers in Iraq.")]
    public void Peacekeepers_a_demonym_places_or_a_state_sends_are_not_a_mission_s(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.body", StringComparison.Ordinal));

    [Fact]
    public void A_body_of_several_states_is_no_one_s_home() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Syria criticized the Astana Process on Monday.").Events, e => e.Target.Any(a => a.Code.Country == "SYR"));
}
