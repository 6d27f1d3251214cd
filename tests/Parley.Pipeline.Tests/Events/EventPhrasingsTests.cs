namespace Parley.Pipeline.Tests.Events;

/// <summary>Common news phrasings for each PLOVER type, one sentence (written for this test) per pattern.</summary>
public class EventPhrasingsTests
{
    [Theory]
    // REQUEST
    [InlineData("Peruvian farmers pressed for lower fuel prices on Monday.", "REQUEST", "020")] // wrongroot66: pressing for something appeals for it
    [InlineData("Peruvian farmers campaigned for lower fuel prices on Monday.", "REQUEST", "100")]
    // SUPPORT
    [InlineData("Morocco mobilized its diaspora groups in France to back the autonomy plan.", "SUPPORT", "053")]
    // AID
    [InlineData("Ghana sent peacekeepers to Lebanon last year.", "AID", "074")]
    [InlineData("Turkey opened shelter for refugees from Syria.", "AID", "073")]
    [InlineData("France wrote off the debts of Niger in March.", "AID", "071")]
    // ACCUSE
    [InlineData("Pakistan charged that India had violated the treaty.", "ACCUSE", "112")]
    [InlineData("Lebanon held Israel responsible for the blast.", "ACCUSE", "112")]
    [InlineData("Egypt protested to Ethiopia over the dam.", "ACCUSE", "114")]
    // REJECT
    [InlineData("Venezuela ruled out talks with Guyana.", "REJECT", "120")]
    [InlineData("Hungary balked at the Ukrainian proposal.", "REJECT", "120")]
    [InlineData("Serbia snubbed the Kosovar delegation.", "REJECT", "120")]
    // PROTEST
    [InlineData("Kenyan doctors went on strike over unpaid wages.", "PROTEST", "143")]
    [InlineData("Nigerian teachers walked off the job on Tuesday.", "PROTEST", "143")]
    [InlineData("Palestinians stayed away from work to mourn the victims.", "PROTEST", "143")]
    [InlineData("Bolivian miners shunned work on Monday to protest the tax.", "PROTEST", "143")]
    [InlineData("Thousands of Georgians took to the streets against the law.", "PROTEST", "141")]
    [InlineData("Chilean students staged a march against the reform.", "PROTEST", "141")]
    [InlineData("Tunisian lawyers began collecting signatures against the decree.", "PROTEST", "140")]
    [InlineData("Iranian activists staged a 48-hour hunger strike.", "PROTEST", "142")]
    // MOBILIZE
    [InlineData("Armenia called up its reservists on Friday.", "MOBILIZE", "154")]
    // SANCTION
    [InlineData("Russia banned imports from Moldova.", "SANCTION", "163")]
    [InlineData("Ukraine cut off gas supplies to Hungary.", "SANCTION", "163")]
    [InlineData("Sweden declared two Iranian diplomats persona non grata.", "SANCTION", "166")]
    // COERCE
    [InlineData("Myanmar's junta placed Aung San Suu Kyi under house arrest.", "COERCE", "173")]
    [InlineData("China imposed restrictions on Hong Kong newspapers.", "COERCE", "172")]
    [InlineData("Nicaragua revoked the licence of a Costa Rican station.", "COERCE", "1721")]
    [InlineData("Thailand dissolved the opposition party in August.", "COERCE", "1722")]
    [InlineData("The Serbian parliament approved a \"special law\" on the elections.", "CONCEDE", "083")]
    // ASSAULT
    [InlineData("Somali militants detonated explosives near Mogadishu.", "ASSAULT", "183")]
    [InlineData("Yemeni rebels set off a bomb outside the ministry.", "ASSAULT", "183")]
    [InlineData("A Syrian rebel blew himself up at a checkpoint in Idlib.", "ASSAULT", "1831")]
    [InlineData("Colombian guerrillas gunned down two soldiers.", "ASSAULT", "193")]
    [InlineData("Indian and Pakistani troops exchanged fire across the border.", "ASSAULT", "193")]
    [InlineData("Sudanese militias drove thousands of villagers from their homes.", "ASSAULT", "201")]
    // more phrasings
    [InlineData("Bhutan sought talks with Nepal over the refugees.", "AGREE", "036")]
    [InlineData("Ghana joined forces with Togo against the smugglers.", "COOPERATE", "060")]
    [InlineData("Canada gave $40 million to Haiti on Friday.", "AID", "070")]
    [InlineData("The Bolivian government accepted the miners' demands on Friday.", "CONCEDE", "083")]
    [InlineData("Israel reopened the Allenby crossing on Sunday.", "CONCEDE", "081")]
    [InlineData("Britain reopened its embassy in Tehran.", "SUPPORT", "050")]
    [InlineData("Ethiopian troops lifted the siege of Mekelle.", "RETREAT", "087")]
    [InlineData("Greece objected to the Turkish survey.", "ACCUSE", "111")]
    [InlineData("Iran withdrew from the nuclear agreement.", "REJECT", "127")]
    [InlineData("The Sudanese army pulled out of the talks with the rebels.", "SANCTION", "164")]
    [InlineData("Hezbollah vowed revenge against Israel.", "THREATEN", "138")]
    [InlineData("Malian rebels took control of Kidal on Monday.", "ASSAULT", "192")]
    [InlineData("Colombian rebels took two Dutch engineers hostage.", "ASSAULT", "181")]
    [InlineData("Kosovo police heightened security along the border.", "MOBILIZE", "153")]
    [InlineData("Libya announced plans to release the Tunisian fishermen.", "AGREE", "0353")]
    // The object decides the code: a denial of blame is 016, a denied request a rejection; a veto is 129; an import
    // ban a sanction (163); a sealed border restricts movement (191); only a ban on parties or politicians is 1722.
    [InlineData("Serbia denied responsibility for the blast in Pristina.", "REJECT", "016")]
    [InlineData("Kenya denied the request for extradition on Monday.", "REJECT", "120")]
    [InlineData("Ghana rejected accusations that its troops crossed into Togo.", "REJECT", "016")]
    [InlineData("China used its veto to block the resolution on Myanmar.", "REJECT", "129")]
    [InlineData("Nigeria banned imports of rice from Benin.", "SANCTION", "163")]
    [InlineData("Zambia banned the importation of poultry from South Africa.", "SANCTION", "163")]
    [InlineData("Chad sealed its border with Sudan on Friday.", "COERCE", "191")]
    [InlineData("Algeria closed its airspace to Moroccan planes.", "COERCE", "163")] // round 39: closing a border or airspace is an administrative restriction; roots47: against a state, an embargo (163)
    [InlineData("Tanzania closed its embassy in Burundi.", "SANCTION", "160")]
    [InlineData("Mali banned the opposition party in May.", "COERCE", "1722")]
    [InlineData("A Thai court banned the former premier from politics for ten years.", "COERCE", "1722")]
    [InlineData("Iran banned the newspaper on Sunday.", "COERCE", "172")]
    [InlineData("Japan barred two Russian officials from entering the country.", "SANCTION", "172")]
    [InlineData("The Nigerian army barred girls from attending school in Borno.", "COERCE", "172")]
    [InlineData("Trump hit Canada last week with a 25% levy on steel.", "SANCTION", "163")]
    [InlineData("Libya agreed to give up its nuclear weapons program.", "AGREE", "030")]
    [InlineData("Hamas warned on Sunday that it would attack Israeli towns.", "THREATEN", "138")]
    [InlineData("Serbian prosecutors ordered the arrest of the Kosovar mayor.", "COERCE", "173")]
    public void Codes_the_phrasing(string text, string plover, string cameo)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Fact]
    public void Two_states_banning_imports_together_do_not_sanction_each_other()
    {
        var e = Assert.Single(EventTestDocuments.Run("Canada and Belgium have banned imports of wildlife trophies.").Events);
        Assert.Equal(("SANCTION", "163", "CAN,BEL", ""), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Kenyan prosecutors asked the Ugandan minister whether he had signed the deal.")]
    [InlineData("Kenyan prosecutors asked about the Ugandan minister's role in the deal.")]
    public void A_question_is_not_a_request(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    [InlineData("The number of migrants held on Lampedusa declined to the current total of 4,000.")]
    [InlineData("Thai officials claimed that no other country had made an offer.")]
    [InlineData("The Argentine director shot a film about the war in Buenos Aires.")]
    [InlineData("Traders slaughtered thousands of dogs every month in Hanoi.")]
    [InlineData("Canadian firefighters battled blazes in Queensland.")]
    [InlineData("The Turkish air base lies close to the Syrian border.")]
    [InlineData("The main hospital in Quetta received dozens of wounded on Tuesday.")]
    [InlineData("Iraqi officials warned of a possible resurgence of the militants.")]
    [InlineData("Nigerian police warned in June of a rise in kidnappings.")]
    [InlineData("A Venezuelan oil tanker arrived in western India early this month.")]
    [InlineData("A Chinese farmer who spoke with reporters in Yunnan said the harvest was poor.")]
    [InlineData("Brazil released a report on deforestation last week.")]
    [InlineData("India released an artificial intelligence program in 2019.")]
    [InlineData("The Global Hunger Report released by a Dutch charity ranked Chad last.")]
    [InlineData("Russia and China are not marching in lockstep.")]
    [InlineData("The Italian organizers struck on the idea of a second festival.")]
    [InlineData("Kenya's minister struck a conciliatory tone with Uganda.")]
    [InlineData("Pakistan's three-year loan program from the IMF expires in June.")]
    [InlineData("Chinese exports to Kenya hit a record high in 2024.")]
    [InlineData("The Kenyan ministry of finance will publish the figures.")]
    [InlineData("The Taliban offered no evidence for the claim.")]
    [InlineData("The Serbian proposal met with opposition from Croatia.")]
    [InlineData("Ghana conferred its highest honor on the Togolese president.")]
    [InlineData("The Pakistani gunmen stopped the train where there is no signal support.")]
    [InlineData("Benin received two contracts from Nigerian firms.")]
    [InlineData("Mexico and Canada are locked in a tariff fight over steel.")]
    [InlineData("North Korea's demand for sanctions relief angered Washington.")]
    [InlineData("The remarks were seized on by Polish nationalists.")]
    [InlineData("Kosovo's leader has been threatening the territorial integrity of Serbia.")]
    [InlineData("As Italy's population continues to decline, towns are emptying.")]
    [InlineData("A Nigerian army spokesman declined to be named.")]
    [InlineData("Israeli police restored law and order in Jaffa.")]
    [InlineData("Japan and India promote a rule-based maritime order.")]
    [InlineData("The Nigerian government faces mounting pressure from Benin.")]
    [InlineData("The Thai and Lao governments ignored requests for comment.")]
    public void Look_alike_phrases_are_not_events(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);
}
