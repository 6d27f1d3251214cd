using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 32: acts news tells with no trigger of their root (data/patterns/events.tsv, "Round 32" rows). Orders that name
/// the act ordered, reduced relations, material cooperation and aid told by what is given, concessions on a bill or on
/// prices, and a truce that took effect. Sentences written for this test.
/// </summary>
public class TriggerlessActsTests
{
    private static IReadOnlyList<CodedEvent> Run(string text) => EventTestDocuments.Run(text, new DateOnly(2025, 6, 1)).Events;

    [Theory]
    [InlineData("Guinea's president ordered the release of forty detained protesters.", "0841", "retreat.order-release.v1")]
    [InlineData("The Gabonese junta ordered the immediate release of two French journalists.", "0841", "retreat.order-release.v1")]
    [InlineData("Sudan ordered the expulsion of the UN envoy's deputy on Monday.", "166", "sanction.order-expulsion.v1")]
    [InlineData("Eritrea told the UN refugee agency's office in Asmara to shut down.", "166", "sanction.order-office-close.v1")]
    [InlineData("Burkina Faso froze its membership in the regional bloc last month.", "160", "sanction.freeze-participation.v1")]
    [InlineData("Chad has ceased sending delegates to the African Union's summits.", "160", "sanction.stop-sending-delegates.v1")]
    [InlineData("The African Development Bank froze financing to Niger after the coup.", "162", "sanction.cut-financing.v1")]
    [InlineData("The European Union halted budget support to Malawi on Tuesday.", "162", "sanction.cut-budget-support.v1")]
    [InlineData("Serbia called off the ministerial talks with Kosovo due in Brussels.", "160", "sanction.call-off-the-level-talks.v1")]
    [InlineData("Pyongyang called off military talks with Seoul on Tuesday.", "160", "sanction.call-off-level-talks.v1")]
    [InlineData("Jordan handed intelligence to German police about the planned attack.", "064", "cooperate.pass-intelligence.v1")]
    [InlineData("Norway provided intelligence support to the Danish navy during the operation.", "064", "cooperate.intelligence-support.v1")]
    [InlineData("Norway lent logistical support to the Danish-led mission.", "062", "cooperate.logistical-support.v1")]
    [InlineData("Oman granted British warships access to its ports.", "062", "cooperate.give-bases-access.v1")]
    [InlineData("Japan dispatched search-and-rescue teams to Nepal after the earthquake.", "073", "aid.send-rescue-teams.v1")]
    [InlineData("Ghana's finance minister withdrew the fuel levy bill on Monday.", "0832", "concede.withdraw-bill.v1")]
    [InlineData("Nigeria reinstated fuel subsidies in June.", "0832", "concede.restore-subsidies.v1")]
    [InlineData("Egypt reintroduced price controls on bread in March.", "0832", "concede.restore-price-caps.v1")]
    [InlineData("A truce between Sudan's army and the RSF took effect on Saturday morning.", "0871", "retreat.truce-took-effect.v1")]
    [InlineData("The ceasefire between Armenia and Azerbaijan came into force at midnight.", "0871", "retreat.truce-came-into-force.v1")]
    [InlineData("A ceasefire between Israel and Hamas went into effect on Sunday.", "0871", "retreat.truce-went-into-effect.v1")]
    [InlineData("Sudan allowed a Red Cross convoy of ten trucks to reach El Fasher.", "0863", "retreat.allow-convoy.v1")]
    [InlineData("Syria let the chemical weapons inspectors back into the site on Monday.", "0862", "retreat.let-inspectors-back.v1")]
    [InlineData("The Sudanese army and the RSF agreed to a cessation of hostilities in Jeddah.", "0871", "agree.agree-cessation.v1")]
    [InlineData("The Cambodian government suspended the main opposition Candlelight party in May.", "1722", "coerce.suspend-main-opposition-party.v1")]
    [InlineData("The Tanzanian authorities suspended the opposition Chadema party for six months.", "1722", "coerce.suspend-opposition-party.v1")]
    [InlineData("Greek farmers blocked two border crossings with Bulgaria on Monday.", "144", "protest.block-crossings.v1")]
    [InlineData("Turkish police blocked the border crossing for two days.", "191", "protest.block-crossings.v1")]
    [InlineData("Eritrea freed two Italian aid workers on Thursday after a year in prison.", "0841", "retreat.release-aid-worker.v1")]
    [InlineData("Houthi rebels pulled their fighters back from the airport on Monday.", "0874", "retreat.pull-fighters-back.v1")]
    [InlineData("Hamas walked away from the talks with Israel in Cairo.", "164", "sanction.walk-away.v1")]
    [InlineData("The Taliban threatened to walk away from the negotiations with Kabul.", "134", "threaten.walk-away.v1")]
    [InlineData("Britain removed the Taliban from its list of proscribed groups in 2026.", "081", "concede.delist.v1")]
    [InlineData("Washington took the Houthis off its terror list and then removed the group from the sanctions list.", "081", "concede.delist-named-list.v1")]
    [InlineData("Canada delisted the group on Monday.", "081", "concede.delist-verb.v1")]
    [InlineData("Egypt reopened the Rafah crossing to aid trucks on Sunday.", "0863", "retreat.reopen-to-aid.v1")]
    [InlineData("Algeria began selling natural gas to Italy through the new pipeline.", "061", "cooperate.ship-energy.v1")]
    [InlineData("Belarus will not let the OSCE monitors observe the vote, the minister said.", "125", "reject.not-let-meet.v1")]
    [InlineData("Belarus will not allow the OSCE monitors to observe the vote.", "125", "reject.not-allow-meet.v1")]
    [InlineData("Hungary did not allow the Ukrainian convoy to cross the border.", "120", "reject.not-allow-passage.v1")]
    public void A_round_32_row_codes_its_act(string text, string cameo, string rule)
    {
        var events = Run(text).Where(e => e.Factuality is Factuality.Asserted or Factuality.Future);

        Assert.Contains(events, e => e.Cameo == cameo && e.Rule.StartsWith(rule, StringComparison.Ordinal));
    }

    [Fact]
    public void An_order_naming_the_act_is_the_orderers_act_not_a_demand()
    {
        var events = Run("Guinea's president ordered the release of forty detained protesters.");

        Assert.DoesNotContain(events, e => e.Plover == "REQUEST");
        Assert.Contains(events, e => e.Plover == "RETREAT" && e.Source.Any(a => a.Code.Country == "GIN"));
    }

    [Fact]
    public void A_truce_that_took_effect_has_both_sides()
    {
        var truce = Assert.Single(Run("A truce between Sudan's army and the RSF took effect on Saturday morning."), e => e.Cameo == "0871");

        Assert.Contains(truce.Source.Concat(truce.Target), a => a.Code.Country == "SDN");
        Assert.True(truce.Source.Count > 0 && truce.Target.Count > 0);
    }

    [Fact]
    public void Bases_offered_in_a_will_statement_are_an_intent_to_cooperate()
    {
        var events = Run("Papua New Guinea will grant Australian troops access to its naval base, the defence ministry announced.");

        Assert.Contains(events, e => e.Plover == "AGREE" && e.Cameo.StartsWith("03", StringComparison.Ordinal));
    }

    // Look-alikes: documents released, a state's own offices shut for a holiday, a removal from office, financing halted for
    // a project, a truce with no sides named.
    [Theory]
    [InlineData("A Kenyan court ordered the release of the documents to the defence team.", "RETREAT")]
    [InlineData("The Kenyan government ordered all government offices to close on Friday for the holiday.", "SANCTION")]
    [InlineData("The Turkish president ordered the removal of the governor of Van.", "SANCTION")]
    [InlineData("The World Bank halted financing for the coal plant in Indonesia.", "SANCTION")]
    [InlineData("A ceasefire took effect on Monday.", "RETREAT")]
    [InlineData("The Ghanaian president said Ghana will not allow the coup in Niger to stand.", "REJECT")]
    [InlineData("The opposition leader was not allowed to leave the country.", "REJECT")]
    [InlineData("The Japanese government released aid funds to Ghana on Friday.", "RETREAT")]
    [InlineData("Uganda's ruling party suspended a member of the opposition party from its committee.", "COERCE")]
    public void A_look_alike_codes_no_such_event(string text, string plover)
    {
        Assert.DoesNotContain(Run(text), e => e.Plover == plover);
    }
}
