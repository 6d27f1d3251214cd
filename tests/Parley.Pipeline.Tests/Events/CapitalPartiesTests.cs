namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A capital named as a party ("in exchange for aid from Washington", "a pact signed with Moscow") is its government, also
/// past a comma that opens the terms ("..., under a deal struck with Washington"); and a party named after "with" inside a
/// trigger's gap ("threatened to cut ties with Islamabad after the bombing") is the target.
/// </summary>
public class CapitalPartiesTests
{
    [Theory]
    [InlineData("Hamas accepted a truce offer from Cairo on Sunday.", "EGY")]
    [InlineData("North Korea agreed to halt its tests in exchange for food aid from Washington.", "USA")]
    [InlineData("Kosovo agreed to swap prisoners in return for fuel from Belgrade.", "SRB")]
    [InlineData("Iran pledged to cap enrichment in exchange for sanctions relief, under a framework deal struck with Washington in Oman.", "USA")]
    [InlineData("Belarus agreed to host the drills under a defence pact signed with Moscow.", "RUS")]
    [InlineData("Tehran agreed to release the sailors in exchange for a pledge from London.", "GBR")]
    public void A_capital_named_as_a_party_is_its_government(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.All(e.Target, a => Assert.Equal("GOV", a.Code.Sector));
    }

    [Theory]
    [InlineData("The Tamil Tigers spurned an offer of limited regional autonomy from Colombo on Wednesday.", "LKA")]
    [InlineData("The rebels rejected an offer of amnesty from Bogota.", "COL")]
    [InlineData("The opposition turned down a power-sharing offer from Harare.", "ZWE")]
    [InlineData("Houthi rebels dismissed a truce proposal from Sanaa.", "YEM")]
    [InlineData("The Kurdish rebels accepted a ceasefire offer from Ankara.", "TUR")]
    [InlineData("The insurgents rejected an offer of talks from Kabul.", "AFG")]
    public void Rebels_and_an_opposition_answer_their_own_capital(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "REJECT" or "AGREE");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.All(e.Target, a => Assert.Equal("GOV", a.Code.Sector));
    }

    [Theory]
    [InlineData("India threatened to cut trade ties with Islamabad after the bombing.", "PAK")]
    [InlineData("Iran threatened to end cooperation with Washington after the strikes.", "USA")]
    [InlineData("Serbia threatened to halt talks with Pristina after a police attack.", "XKX")]
    [InlineData("Israel threatened to break off contacts with Beirut after a rocket attack.", "LBN")]
    [InlineData("Armenia threatened to cut ties with Baku after the border attacks.", "AZE")]
    [InlineData("Greece threatened to freeze relations with Ankara after the attack on its embassy.", "TUR")]
    public void A_party_inside_the_trigger_s_gap_is_the_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("The Taliban agreed to the talks, a spokesman in Kabul said.")]
    [InlineData("Iran agreed to a prisoner swap, the deal was announced by officials from Washington.")]
    public void A_capital_past_a_reporting_comma_is_no_party(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");
        Assert.DoesNotContain("+target.capital", e.Rule, StringComparison.Ordinal);
    }
}
