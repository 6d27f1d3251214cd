using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 39 (sentences of our own): demands named by their noun and threats told by the consequence they promise.
/// An owner's "demand that" and a "demand is that" frame the act after them with the owner demanding (10x by the act,
/// DemandNouns); a resolution or a motion "demanding that" is its author's demand; a demand with no owner retells one.
/// "Insisted that" demands only over a bare or modal clause; over "had", "was", "wanted" it asserts. Order maintained or
/// restored is public order, no order given.
/// </summary>
public class DemandNounsTests
{
    [Theory]
    [InlineData("Talks between Serbia and Kosovo have stalled over Belgrade's demand that Kosovo dissolve its special police units.", "100", "SRB", "XKX")]
    [InlineData("Greece's longstanding demands that Turkey withdraw its drilling ship went unanswered.", "1056", "GRC", "TUR")]
    [InlineData("Ethiopia's main demand is that Egypt withdraw its troops from Somalia.", "1056", "ETH", "EGY")]
    [InlineData("Pakistan's demand was that Kabul expel the militants.", "100", "PAK", "AFG")]
    [InlineData("The African Union on Friday adopted a resolution demanding that Rwanda withdraw its forces from Congo.", "1056", "IGO", "RWA")]
    [InlineData("The European Parliament passed a motion demanding that Georgia release the jailed journalists.", "1053", "IGO", "GEO")]
    [InlineData("Kenya's opposition leader insisted that the president resign.", "1041", "KEN", "KEN")]
    [InlineData("Thai officials insisted that Cambodia must withdraw its troops from the border temple.", "100", "THA", "KHM")]
    public void An_owned_demand_noun_or_a_text_demanding_is_its_owners_demand(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Hungary rejected the demand that it lift its veto on the aid package.")]
    [InlineData("The new post is so demanding that the minister rarely leaves Ankara.")]
    [InlineData("Chile's demanding schedule of talks with Peru ends in March.")]
    [InlineData("The Serbian president insisted that Belgrade had never armed the gunmen in Kosovo.")]
    [InlineData("Moldova's prime minister insisted that the country still wanted to join the European Union.")]
    [InlineData("The Bolivian government let the army help police maintain order in Cochabamba.")]
    public void A_demand_without_owner_or_the_adjective_demands_nothing(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
}

/// <summary>
/// Round 39 (sentences of our own): a future of harm, punishment or response said by an actor threatens. Others facing the
/// full force of the law are threatened with repression (137); a side that will not tolerate anyone or any attempt warns
/// (130); a side's own response said to be severe or decisive warns (130); what would mean war threatens force (138); an act that will be answered or responded to with force threatens its
/// author (138), as one "met with" force does.
/// The force of a storm, tolerance of corruption, a response to floods and a trade war threaten no one.
/// </summary>
public class ConsequenceThreatsTests
{
    [Theory]
    [InlineData("Britain said Russian officers would face the full force of international justice.", "137", "GBR", "RUS")]
    [InlineData("The Ugandan president warned that demonstrators would face the full force of the law.", "137", "UGA", "UGA")]
    [InlineData("Chilean President Gabriel Boric said his government would not tolerate anyone seeking to destabilise the country.", "130", "CHL", "CHL")]
    [InlineData("Armenia's defence ministry warned that Yerevan's response would be swift and severe if Azerbaijani troops crossed the border again.", "130", "ARM", "AZE")]
    [InlineData("Serbia's president said that recognising Kosovo would mean war.", "138", "SRB", "XKX")]
    [InlineData("Venezuela's defense minister warned that an American invasion would mean open war with the United States.", "138", "VEN", "USA")]
    [InlineData("Taiwan's defence minister said any incursion by Chinese warships would be answered with force.", "138", "TWN", "CHN")]
    [InlineData("Poland's prime minister said any Russian sabotage of its railways will be responded to with force.", "138", "POL", "RUS")]
    [InlineData("Greece's foreign minister said any Turkish provocation would be answered with a firm response.", "130", "GRC", "TUR")]
    public void A_consequence_told_by_an_actor_threatens(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Equal(Factuality.Asserted, e.Factuality);
    }

    [Fact]
    public void Tokyo_not_tolerating_any_attempt_warns() =>
        EventTestDocuments.AssertBest("Japan's prime minister said Tokyo would not tolerate any attempt by Beijing to seize the Senkaku islands.", "THREATEN", "130", Factuality.Asserted);

    [Fact]
    public void A_vigorous_response_vowed_threatens() =>
        EventTestDocuments.AssertBest("Niger's junta vowed a vigorous response to the attack on its border post.", "THREATEN", "130", Factuality.Asserted);

    [Theory]
    [InlineData("Philippine officials said coastal towns would face the full force of the typhoon on Sunday.")]
    [InlineData("The Kenyan president said his government would not tolerate corruption.")]
    [InlineData("Indonesia's response to the floods would be coordinated by the army, the minister said.")]
    [InlineData("Canadian economists said the new levies would mean a trade war with the United States.")]
    [InlineData("The Swiss embassy said the letter was answered with a polite reply.")]
    public void Storms_policies_relief_and_trade_wars_threaten_no_one(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
}
