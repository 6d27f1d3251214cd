using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15 cooperation families, each written from the CAMEO codebook's meaning with its common verbs and nouns: aid
/// ended or paused (162) and a reported decision to reduce relations foretold ("said it would cease aid", 16x future),
/// aid restored after a freeze (070), meetings by video (040), honours bestowed (051), ties raised or mended (050),
/// agreements reached or sealed (057), cooperation resumed (050), intelligence sharing resumed (064) and help to
/// build or equip (070). Sentences written for this test.
/// </summary>
public class AidAndTiesFamiliesTests
{
    [Theory]
    [InlineData("Denmark terminated its development assistance to Tanzania in 2019.", "162", "DNK", "TZA")]
    [InlineData("Britain slashed aid to Rwanda after the election.", "162", "GBR", "RWA")]
    [InlineData("Canada paused military assistance to the Philippine army.", "1622", "CAN", "PHL")]
    [InlineData("The Dutch government scrapped budget aid for Mozambique.", "162", "NLD", "MOZ")]
    [InlineData("Washington stopped intelligence sharing with Islamabad.", "1622", "USA", "PAK")]
    [InlineData("Sweden ceased aid to Mali.", "162", "SWE", "MLI")]
    [InlineData("Finland discontinued its loans to Nicaragua.", "162", "FIN", "NIC")]
    public void Ending_or_pausing_aid_reduces_relations(string text, string cameo, string source, string target) =>
        AssertCoded(text, cameo, source, target, Factuality.Asserted);

    [Theory]
    [InlineData("Denmark announced on Monday that it would cease aid to Tanzania.", "162", "DNK", "TZA")]
    [InlineData("Sweden said last week it would end budget aid for Zambia.", "162", "SWE", "ZMB")]
    [InlineData("The State Department said it would halt intelligence sharing with Pakistan.", "1622", "USA", "PAK")]
    [InlineData("Norway said it would suspend cooperation with Ethiopia.", "160", "NOR", "ETH")]
    [InlineData("Argentina announced that it would cut ties with Israel.", "161", "ARG", "ISR")]
    [InlineData("The Netherlands said it would terminate funding for the Ugandan police.", "162", "NLD", "UGA")]
    public void A_reported_decision_to_reduce_relations_is_the_reduction_foretold(string text, string cameo, string source, string target) =>
        AssertCoded(text, cameo, source, target, Factuality.Future);

    [Theory]
    [InlineData("Britain said it would cut aid to Uganda unless the law is repealed.")]
    [InlineData("Germany said it would halt funding for Burundi if the vote is delayed again.")]
    public void A_reduction_laid_on_a_condition_stays_a_threat(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "THREATEN" && e.Cameo.StartsWith("131", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Plover == "SANCTION");
    }

    [Theory]
    [InlineData("Germany lifted its freeze on development aid to Burundi.", "DEU", "BDI")]
    [InlineData("The European Union resumed budget assistance to Malawi on Monday.", "IGO", "MWI")]
    [InlineData("Washington restored military aid to Egypt last year.", "USA", "EGY")]
    [InlineData("Japan resumed development aid to Laos.", "JPN", "LAO")]
    [InlineData("Australia ended the suspension of aid to Fiji.", "AUS", "FJI")]
    [InlineData("Sweden resumed military aid to Mali.", "SWE", "MLI")]
    public void Restoring_aid_after_a_freeze_provides_aid(string text, string source, string target) =>
        AssertCoded(text, "070", source, target, Factuality.Asserted);

    [Theory]
    [InlineData("Seoul restarted intelligence sharing with Tokyo.", "KOR", "JPN")]
    [InlineData("Washington resumed intelligence sharing with Kyiv.", "USA", "UKR")]
    public void Resuming_intelligence_sharing_shares_intelligence(string text, string one, string other)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "064");
        var sides = EventTestDocuments.Countries([.. e.Source, .. e.Target]);
        Assert.Equal("COOPERATE", e.Plover);
        Assert.Contains(one, sides, StringComparison.Ordinal);
        Assert.Contains(other, sides, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("In 2019, India helped the Maldives build a coast guard station.", "IND", "MDV")]
    [InlineData("China helped Kenya build a railway to the coast.", "CHN", "KEN")]
    [InlineData("Turkey assisted Somalia to train its army.", "TUR", "SOM")]
    [InlineData("Japan helped Vietnam upgrade its coast guard.", "JPN", "VNM")]
    [InlineData("The United States helped Ukraine repair its power grid.", "USA", "UKR")]
    [InlineData("Germany helped Niger equip its border police.", "DEU", "NER")]
    public void Helping_another_build_or_equip_provides_aid(string text, string source, string target) =>
        AssertCoded(text, "070", source, target, Factuality.Asserted);

    [Fact]
    public void Helping_build_an_abstraction_is_no_aid() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The campaign helped build consensus on the issue.").Events, e => e.Plover == "AID");

    [Theory]
    [InlineData("The French president spoke by video link with the Nigerian president.", "FRA", "NGA")]
    [InlineData("Kenya held a videoconference with Ethiopia on the drought.", "KEN", "ETH")]
    [InlineData("Mexico's president talked via video with the Canadian prime minister.", "MEX", "CAN")]
    [InlineData("Indonesian and Malaysian ministers held a virtual meeting on Tuesday.", "IDN", "MYS")]
    [InlineData("Chile's foreign minister met by videoconference with Peru's foreign minister.", "CHL", "PER")]
    [InlineData("Japan and India held video talks on maritime security.", "JPN", "IND")]
    public void Meeting_by_video_is_a_consultation(string text, string one, string other)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "040");
        var sides = EventTestDocuments.Countries([.. e.Source, .. e.Target]);
        Assert.Contains(one, sides, StringComparison.Ordinal);
        Assert.Contains(other, sides, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Senegal bestowed its highest honour on the Malian president.", "SEN", "MLI")]
    [InlineData("Morocco awarded a medal to the Spanish king.", "MAR", "ESP")]
    [InlineData("Ghana presented its highest honour to Nigeria's president.", "GHA", "NGA")]
    [InlineData("Jordan bestowed a decoration on the Iraqi prime minister.", "JOR", "IRQ")]
    [InlineData("Nigeria bestowed its highest honour upon Ghana's president.", "NGA", "GHA")]
    [InlineData("Peru awarded its highest honor to the Ecuadorian president.", "PER", "ECU")]
    public void Bestowing_an_honour_praises_its_receiver(string text, string source, string target) =>
        AssertCoded(text, "051", source, target, Factuality.Asserted);

    [Theory]
    [InlineData("Vietnam and Indonesia elevated ties to a comprehensive strategic partnership.")]
    [InlineData("Egypt and Qatar mended relations in 2021.")]
    [InlineData("Saudi Arabia and Iraq deepened ties during the visit.")]
    [InlineData("Ghana and Togo cemented their partnership on Friday.")]
    [InlineData("Kenya and Ethiopia bolstered relations with a new agreement.")]
    [InlineData("Brazil and Argentina expanded their partnership on energy.")]
    public void Raising_or_mending_ties_is_diplomatic_cooperation(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "050" && e.Plover == "SUPPORT");

    [Theory]
    [InlineData("Colombia and Venezuela reached an agreement on border crossings.")]
    [InlineData("Serbia and Kosovo struck a deal on license plates.")]
    [InlineData("Ethiopia and Eritrea sealed an accord in Jeddah.")]
    [InlineData("Peru and Chile clinched a deal on fishing rights.")]
    [InlineData("Armenia and Azerbaijan concluded an agreement on the border commission.")]
    [InlineData("Georgia reached a compromise with Russia on trade.")]
    public void An_agreement_reached_is_a_formal_agreement(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "057" && e.Plover == "AGREE");

    [Theory]
    [InlineData("Chile resumed cooperation with Bolivia on border security.", "CHL", "BOL")]
    [InlineData("Turkey restored contacts with Armenia in 2022.", "TUR", "ARM")]
    [InlineData("Cuba revived exchanges with the United States.", "CUB", "USA")]
    [InlineData("Colombia renewed cooperation with Ecuador against smuggling.", "COL", "ECU")]
    [InlineData("Morocco reinstated cooperation with the Netherlands.", "MAR", "NLD")]
    [InlineData("Rwanda restored cooperation with Belgium on Tuesday.", "RWA", "BEL")]
    public void Resuming_cooperation_is_diplomatic_cooperation(string text, string source, string target) =>
        AssertCoded(text, "050", source, target, Factuality.Asserted);

    private static void AssertCoded(string text, string cameo, string source, string target, Factuality factuality)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target, factuality), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }
}
