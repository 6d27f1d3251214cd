using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Conflict families written from the CAMEO codebook for this test, each in different phrasings: freezing deposits and
/// levying a single tariff (163), suspending a member from a body's organs (160), breaking up a cell (173), seizing
/// people (181), declining an invitation (120), drawing condemnation (111), and warning of fresh attacks or of patience
/// running out (THREATEN).
/// </summary>
public class SanctionsSeizuresAndWarningsTests
{
    [Theory]
    [InlineData("Switzerland froze bank deposits held by the Syrian government.", "SANCTION", "163")]
    [InlineData("The U.S. Treasury froze the holdings of a Venezuelan state oil firm.", "SANCTION", "163")]
    [InlineData("China levied a 15 percent tariff on American coal.", "SANCTION", "163")]
    [InlineData("Canada imposed a surtax on Chinese steel.", "SANCTION", "163")]
    [InlineData("India slapped a 20 percent duty on Turkish marble.", "SANCTION", "163")]
    [InlineData("The African Union suspended Niger from all its organs after the coup.", "SANCTION", "160")]
    [InlineData("The Commonwealth suspended Fiji from its councils.", "SANCTION", "160")]
    [InlineData("ECOWAS suspended Mali from its institutions.", "SANCTION", "160")]
    [InlineData("Guinea's junta dissolved the government and suspended the constitution.", "COERCE", "172")]
    [InlineData("Tunisia's president froze parliament in July 2021.", "COERCE", "172")]
    [InlineData("Niger's coup leaders suspended the constitution.", "COERCE", "172")]
    [InlineData("Spanish police broke up a jihadist cell in Barcelona.", "COERCE", "173")]
    [InlineData("Indian police busted a gun-running ring in Punjab.", "COERCE", "173")]
    [InlineData("Kenyan authorities dismantled an al-Shabab network in Mombasa.", "COERCE", "173")]
    [InlineData("Islamist militants seized 30 schoolgirls in northern Nigeria.", "ASSAULT", "181")]
    [InlineData("ISIS fighters grabbed several foreigners at a hotel in Kirkuk.", "ASSAULT", "181")]
    [InlineData("North Korea declined an invitation from Seoul to attend the games.", "REJECT", "120")]
    [InlineData("Hungary snubbed an offer from Brussels to mediate.", "REJECT", "120")]
    [InlineData("Burundi shrugged off calls from the African Union to postpone the vote.", "REJECT", "120")]
    [InlineData("Pakistan drew sharp condemnation from India after the missile test.", "ACCUSE", "111")]
    [InlineData("Israel's raid on the refugee camp provoked criticism from the United Nations.", "ACCUSE", "111")]
    [InlineData("The arrest of the Turkish mayor sparked condemnation from the European Union.", "ACCUSE", "111")]
    [InlineData("Hezbollah warned of new attacks on Israeli positions.", "THREATEN", "138")]
    [InlineData("Russia warned of retaliatory strikes against Ukrainian bridges.", "THREATEN", "138")]
    [InlineData("China warned Manila that Beijing's patience was wearing thin.", "THREATEN", "130")]
    [InlineData("Israel told Hezbollah that its patience had run out.", "THREATEN", "130")]
    [InlineData("The Taliban vowed to punish anyone who harbours militants.", "THREATEN", "130")]
    [InlineData("Sudan's army chief swore to crush the Rapid Support Forces.", "THREATEN", "130")]
    [InlineData("Hezbollah vowed to avenge the killing of its commander.", "THREATEN", "130")]
    public void Codebook_family_codes_its_act(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Theory]
    [InlineData("The U.S. embassy in Kabul warned of possible attacks by militants.", "THREATEN")]
    [InlineData("Police in Karachi rounded up dozens of people after the riot.", "ASSAULT")]
    [InlineData("Police in Karachi broke up the protest.", "ASSAULT")]
    [InlineData("Japan's prime minister dissolved parliament and called a snap election.", "COERCE")]
    [InlineData("Britain's prime minister dissolved parliament ahead of the July election.", "COERCE")]
    public void Look_alikes_are_no_such_act(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover && e.Factuality == Factuality.Asserted);

    [Fact]
    public void A_declined_offer_keeps_its_author_as_target() =>
        Assert.Contains(EventTestDocuments.Run("North Korea declined an invitation from Seoul to attend the games.").Events,
            e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Target) == "KOR");
}
