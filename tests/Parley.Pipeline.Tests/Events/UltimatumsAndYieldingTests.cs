using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 47 (plover47): general constructions a PLOVER-style set missed. Ultimatums told by the hour they run to or set "for"
/// the other side, threats told or warned to "anyone", a side that "risks losing" something "if" it acts (the speaker
/// warns), an ombudsman's finding that someone acted "improperly", a court throwing out a petition, hunger strikes escalated
/// or begun by refusing water, walkouts from a chamber, an act done "bowing to" pressure, weapons delivered "the first of",
/// a price rise reversed, a membership suspended in the passive (the body suspends), and a demand that is rejected (no demand
/// of the one who rejects it). Sentences written for this test.
/// </summary>
public class UltimatumsAndYieldingTests
{
    [Theory]
    [InlineData("Mali's army chief gave President Keita until Friday evening to hold elections.", "MLI", "MLI")]
    [InlineData("The West African bloc ECOWAS gave Guinea's junta ten days to restore the constitution.", "IGO", "GIN")]
    [InlineData("Nigeria's labour congress set a deadline for the government to restore the fuel subsidy.", "NGA", "NGA")]
    public void A_deadline_to_act_is_an_ultimatum(string text, string source, string target)
    {
        EventTestDocuments.AssertBest(text, "THREATEN", "139", Factuality.Asserted);
        EventTestDocuments.AssertSides(text, "THREATEN", source, target);
    }

    [Theory]
    // an object with an apposition before "that"
    [InlineData("Beijing told the Philippine president, Ferdinand Marcos, that anyone blocking its coast guard would regret it.", "CHN", "PHL")]
    // a passive warning: the by-phrase warns
    [InlineData("Protest leaders in Dhaka were warned by Bangladesh's home minister that anyone attacking police would be arrested.", "BGD", "BGD")]
    public void What_anyone_would_suffer_is_a_threat(string text, string source, string target)
    {
        EventTestDocuments.AssertSides(text, "THREATEN", source, target);
        Assert.Equal("13", EventTestDocuments.Best(text)!.Cameo[..2]);
    }

    [Fact]
    public void A_loss_risked_on_a_condition_is_the_speakers_warning() =>
        EventTestDocuments.AssertSides("Serbia risks losing European Union funds if it recognises the breakaway vote, the bloc's enlargement commissioner warned.",
            "THREATEN", "IGO", "SRB");

    [Fact]
    public void A_risk_with_no_condition_is_no_threat() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Analysts said the Kenyan government risks losing investors.").Events, e => e.Plover == "THREATEN");

    [Theory]
    [InlineData("Malawi's ombudsman found that the vice president had improperly awarded fuel contracts to a relative.", "ACCUSE", "112")]
    [InlineData("Kenya's Supreme Court threw out the opposition's petition against the presidential election result.", "REJECT", "120")]
    [InlineData("Jailed Bahraini activist Ali Hassan stopped taking water on Tuesday, his family said.", "PROTEST", "142")]
    [InlineData("Detained Iranian lawyer Reza Karimi escalated his hunger strike on Monday, his wife said.", "PROTEST", "142")]
    [InlineData("Opposition deputies walked out of Zambia's national assembly as the finance minister began his budget speech.", "PROTEST", "140")]
    [InlineData("Ghana's interior minister dissolved the special task force on Monday, bowing to pressure from rights groups.", "CONCEDE", "080")]
    [InlineData("Ecuador's president reversed a sharp rise in diesel prices on Thursday after a week of road blockades.", "CONCEDE", "0832")]
    [InlineData("France has delivered the first of 12 Caesar howitzers to Armenia.", "AID", "072")]
    public void The_act_is_coded_by_its_construction(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Fact]
    public void A_membership_suspended_in_the_passive_is_suspended_by_its_body() =>
        EventTestDocuments.AssertSides("Mali's membership of the African Union was suspended after the coup.", "SANCTION", "IGO", "MLI");

    [Fact]
    public void A_rejected_demand_is_no_demand_of_the_one_who_rejects_it()
    {
        var doc = EventTestDocuments.Run("Niger's junta rejected ECOWAS's demand that the ousted president be freed.");
        Assert.DoesNotContain(doc.Events, e => e.Plover == "REQUEST");
        EventTestDocuments.AssertSides("Niger's junta rejected ECOWAS's demand that the ousted president be freed.", "REJECT", "NER", "IGO");
    }
}
