using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Cooperation families written from the CAMEO codebook for this test, each in different phrasings: accepting or agreeing
/// on a truce (AGREE), sealing a pact (057), seeking a meeting (026), releasing aid money (071), disarming (0873),
/// resigning or handing over power (CONCEDE 0831), repealing a repressive law (081), winning backing (051) and
/// calming fears (013).
/// </summary>
public class YieldsAgreementsAndAppealsTests
{
    [Theory]
    [InlineData("Armenian and Azerbaijani commanders accepted a ceasefire brokered by Moscow.", "AGREE", "0871")]
    [InlineData("Sudan's army and the RSF agreed on a truce in Khartoum.", "AGREE", "0871")]
    [InlineData("Israel and Hamas accepted a Qatari-mediated truce.", "AGREE", "0871")]
    [InlineData("A ceasefire brokered on Monday between Israel and Hezbollah took hold along the border.", "AGREE", "0871")]
    [InlineData("A truce signed between the Congolese army and M23 rebels expired on Friday.", "AGREE", "0871")]
    [InlineData("Japan and Britain sealed a defence pact in London on Wednesday.", "AGREE", "057")]
    [InlineData("The two Yemeni leaders endorsed a draft constitution for a unified state.", "AGREE", "030")]
    [InlineData("Sudan's generals and civilian leaders endorsed a constitutional declaration in Khartoum.", "AGREE", "030")]
    [InlineData("Russia and North Korea clinched a treaty on mutual defence.", "AGREE", "057")]
    [InlineData("Somalia sought an urgent meeting of the African Union's security council.", "REQUEST", "026")]
    [InlineData("Guyana requested an emergency session of the UN Security Council.", "REQUEST", "026")]
    [InlineData("Lebanon called for an urgent meeting of the Arab League.", "REQUEST", "026")]
    [InlineData("The World Bank released a $500 million loan tranche to Ukraine.", "AID", "071")]
    [InlineData("The IMF disbursed $1.2 billion to Egypt.", "AID", "071")]
    [InlineData("Saudi Arabia deposited $3 billion in Pakistan's central bank.", "AID", "071")]
    [InlineData("Sri Lanka's president pardoned 300 prisoners.", "RETREAT", "0841")]
    [InlineData("Myanmar's junta amnestied thousands of inmates.", "RETREAT", "0841")]
    [InlineData("Egypt's president pardoned prominent activists on Monday.", "RETREAT", "0841")]
    [InlineData("The UAE parked $2 billion with Egypt's central bank.", "AID", "071")]
    [InlineData("China deposited 1 billion yuan with Sri Lanka's central bank.", "AID", "071")]
    [InlineData("Ethiopia pledged to withdraw its troops from Eritrean territory.", "AGREE", "0356")]
    [InlineData("France and Britain launched a joint naval patrol in the Channel.", "COOPERATE", "062")]
    [InlineData("Indian and Bangladeshi border guards began joint patrols along the Padma river.", "COOPERATE", "062")]
    [InlineData("Japan disbursed 2 billion yen in flood relief to Pakistan.", "AID", "071")]
    [InlineData("The EU allocated 40 million euros in humanitarian aid for Gaza.", "AID", "071")]
    [InlineData("The ELN guerrillas put their weapons beyond use under UN supervision.", "RETREAT", "0873")]
    [InlineData("The Kurdish PKK destroyed its weapons at a ceremony in Sulaimaniyah.", "RETREAT", "0873")]
    [InlineData("FARC rebels surrendered their rifles to UN monitors.", "RETREAT", "0873")]
    [InlineData("Peru's president resigned on Thursday amid mass protests.", "CONCEDE", "0831")]
    [InlineData("Sri Lanka's prime minister stepped down after weeks of unrest.", "CONCEDE", "0831")]
    [InlineData("Bangladesh's prime minister quit her post after deadly protests.", "CONCEDE", "0831")]
    [InlineData("Sudan's military council handed over power to a civilian government.", "CONCEDE", "0831")]
    [InlineData("Ethiopia repealed the state of emergency law in Amhara.", "CONCEDE", "081")]
    [InlineData("Sri Lanka's parliament repealed the anti-terror law.", "CONCEDE", "081")]
    [InlineData("Hong Kong scrapped the sedition law.", "CONCEDE", "081")]
    [InlineData("Ecuador secured support from Brazil for its UN bid.", "SUPPORT", "051")]
    [InlineData("Moldova gained backing from Romania for its EU application.", "SUPPORT", "051")]
    public void Codebook_family_codes_its_act(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    // Calming fears about no one is an optimistic comment aimed at no one: no event (round 33, UnaimedComments).
    [InlineData("The Kremlin calmed fears of a devaluation.")]
    [InlineData("Nigeria's central bank governor played down fears of a currency crisis.")]
    [InlineData("Turkey's finance minister shrugged off worries about inflation.")]
    public void Calming_fears_about_nothing_named_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "013");

    [Theory]
    [InlineData("Chile's parliament repealed the tax law.", "081")]
    [InlineData("The U.N. Security Council tightened sanctions in a bid to make Tehran give up its enrichment work.", "0873")]
    [InlineData("Beijing will seek political benefit from a fresh meeting with Manila.", "026")]
    [InlineData("Saudi Arabia released 1 million barrels of oil from its reserves.", "071")]
    [InlineData("Saudi Arabia released 1 million barrels of oil from its reserves.", "0841")]
    [InlineData("The Nigerian central bank released its inflation forecast.", "0841")]
    public void Look_alikes_are_no_such_act(string text, string cameo) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo && e.Factuality == Factuality.Asserted);

    [Theory]
    [InlineData("Tehran honoured a prisoner swap deal struck with Washington in Doha.")]
    [InlineData("Iran said it would abide by the nuclear accord struck with world powers in 2015.")]
    public void A_deal_struck_hits_nobody(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
}
