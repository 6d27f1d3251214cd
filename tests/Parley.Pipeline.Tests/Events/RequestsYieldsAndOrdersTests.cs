using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15 families of appeals, concessions and orders, each written from the CAMEO codebook's meaning: aid, credits or
/// financing sought from another (023), someone asked or invited to mediate (028), asked to explain or clarify (020),
/// defeat acknowledged (080), consent given (030), ships or troops ordered to a place (154) and one's own firms ordered to
/// stop dealing with a state (163). Sentences written for this test.
/// </summary>
public class RequestsYieldsAndOrdersTests
{
    [Theory]
    [InlineData("Zambia sought fresh credits from the World Bank.", "ZMB", "IGO")]
    [InlineData("Sri Lanka is seeking emergency financing from China.", "LKA", "CHN")]
    [InlineData("Kenya sought reinforcements from Uganda after the attack.", "KEN", "UGA")]
    [InlineData("Tunisia pursued grants from the European Union.", "TUN", "IGO")]
    [InlineData("Pakistan has sought emergency credits from the International Monetary Fund.", "PAK", "IGO")]
    [InlineData("Malawi sought budget relief from the World Bank.", "MWI", "IGO")]
    public void Seeking_credits_or_financing_requests_aid(string text, string source, string target) =>
        AssertCoded(text, "REQUEST", "023", source, target);

    [Theory]
    [InlineData("Colombia invited Cuba to act as facilitator in talks with the rebels.", "COL", "CUB")]
    [InlineData("Mozambique asked Italy to serve as mediator in talks with Renamo.", "MOZ", "ITA")]
    [InlineData("Sudan sought mediation from Ethiopia.", "SDN", "ETH")]
    [InlineData("Lebanon asked France to mediate with Israel.", "LBN", "FRA")]
    [InlineData("Yemen's government urged Oman to act as intermediary with the Houthis.", "YEM", "OMN")]
    [InlineData("Guyana called for mediation by the Caribbean community.", "GUY", "")]
    public void Asking_another_to_mediate_appeals_for_mediation(string text, string source, string target) =>
        AssertCoded(text, "REQUEST", "028", source, target);

    [Theory]
    [InlineData("China pressed Japan to clarify its position on Taiwan.", "CHN", "JPN")]
    [InlineData("Beijing asked Britain to explain its decision.", "CHN", "GBR")]
    [InlineData("Iran urged Germany to justify the arrests.", "IRN", "DEU")]
    [InlineData("Egypt asked Ethiopia to clarify its plans for the dam.", "EGY", "ETH")]
    [InlineData("India asked Pakistan to explain the shelling.", "IND", "PAK")]
    [InlineData("Chile asked Bolivia to explain the remarks.", "CHL", "BOL")]
    public void Asking_another_to_explain_is_an_appeal(string text, string source, string target) =>
        AssertCoded(text, "REQUEST", "020", source, target);

    [Theory]
    [InlineData("General Pinochet acknowledged defeat in the plebiscite on Thursday.", "CHL")]
    [InlineData("The ruling party in Zambia conceded defeat in the election.", "ZMB")]
    [InlineData("The Malawian president accepted defeat on Sunday.", "MWI")]
    [InlineData("Georgia's ruling party admitted defeat in the local vote.", "GEO")]
    [InlineData("The Senegalese candidate conceded defeat to his rival.", "SEN")]
    [InlineData("The Ghanaian vice president acknowledged defeat on Monday.", "GHA")]
    public void Acknowledging_defeat_yields(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "080");
        Assert.Equal(("CONCEDE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Paraguay consented to the Brazilian request.", "PRY", "BRA")]
    [InlineData("Ankara consented on Friday to let U.S. jets fly patrols over Iraq.", "TUR", "USA")]
    [InlineData("Jordan consented to the Israeli proposal on water.", "JOR", "ISR")]
    [InlineData("The Kenyan government assented to the Somali request.", "KEN", "SOM")]
    [InlineData("Nepal consented to Indian inspections of the dam.", "NPL", "IND")]
    [InlineData("Egypt consented to let Qatari aid trucks cross into Gaza.", "EGY", "QAT")]
    public void Consenting_is_an_agreement(string text, string source, string target) =>
        AssertCoded(text, "AGREE", "030", source, target);

    [Theory]
    [InlineData("The Greek government ordered warships and aircraft to the disputed islets on Tuesday.", "GRC")]
    [InlineData("India rushed troops and tanks to the border.", "IND")]
    [InlineData("Turkey ordered frigates to the eastern Mediterranean.", "TUR")]
    [InlineData("China ordered bombers to the South China Sea.", "CHN")]
    [InlineData("Russia redeployed battalions to the Finnish border.", "RUS")]
    [InlineData("Armenia rushed reinforcements to the border with Azerbaijan.", "ARM")]
    public void Ordering_ships_or_troops_to_a_place_mobilizes_them(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "154");
        Assert.Equal(("MOBILIZE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("The American president ordered all American companies to halt business with Libya.", "USA", "LBY")]
    [InlineData("Washington ordered its banks to cease transactions with Iran.", "USA", "IRN")]
    [InlineData("Japan instructed its firms to suspend trade with North Korea.", "JPN", "PRK")]
    [InlineData("Britain told its airlines to halt flights to Russia.", "GBR", "RUS")]
    [InlineData("Canada directed its companies to end dealings with Myanmar.", "CAN", "MMR")]
    [InlineData("Ukraine ordered its citizens to cut ties with Russia's banks.", "UKR", "RUS")]
    public void Ordering_ones_own_firms_to_stop_dealing_with_a_state_sanctions_it(string text, string source, string target) =>
        AssertCoded(text, "SANCTION", "163", source, target);

    private static void AssertCoded(string text, string plover, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((plover, source, target, Factuality.Asserted),
            (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target), e.Factuality));
    }
}
