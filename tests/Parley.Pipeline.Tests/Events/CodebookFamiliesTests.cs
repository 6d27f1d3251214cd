namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Word families of acts the CAMEO codebook names and a probe written from the codebook found untriggered
/// (data/patterns/lexicon.tsv, codebook45), in sentences written for this test about events of our own choosing: one
/// member of each family codes its act with the right source, and a look-alike (the word in another sense) codes nothing
/// or not that act.
/// </summary>
public class CodebookFamiliesTests
{
    [Theory]
    // Looking into a matter, setting up a fact-finding mission investigates (090).
    [InlineData("Ghanaian police are looking into the disappearance of the journalist.", "accuse.look-into.v1", "090", "GHA")]
    [InlineData("The Malawian parliament set up a fact-finding commission on the fuel shortage.", "accuse.set-up-fact-finding.v1", "090", "MWI")]
    [InlineData("The Bolivian government established an investigative panel into the prison riot.", "accuse.establish-fact-finding.v1", "090", "BOL")]
    // Making concessions and softening one's stance yield (080).
    [InlineData("The Serbian government made several concessions to the striking teachers.", "concede.make-concessions.v1", "080", "SRB")]
    [InlineData("Croatia softened its stance on the pipeline dispute with Slovenia.", "concede.soften-stance.v1", "080", "HRV")]
    // Lifting a terrorist designation eases a sanction (081).
    [InlineData("The Canadian government revoked the terrorist designation of the Colombian group.", "concede.lift-designation.v1", "081", "CAN")]
    // A counter-rally demonstrates (141).
    [InlineData("Supporters of the Peruvian president staged a counter-protest in Lima.", "protest.counter-rally.v1", "141", "PER")]
    // Troops taking up positions deploy (154); combat readiness raises the alert (152); a parade of missiles shows force (150).
    [InlineData("Venezuelan soldiers took up positions along the border with Guyana.", "mobilize.take-up-positions.v1", "154", "VEN")]
    [InlineData("The Armenian defence ministry raised the combat readiness of its troops.", "mobilize.combat-readiness.v1", "152", "ARM")]
    [InlineData("The Iranian army paraded its newest missiles through Tehran.", "mobilize.parade-weapons.v1", "150", "IRN")]
    [InlineData("The Egyptian army held a military parade in Cairo.", "mobilize.military-parade.v1", "150", "EGY")]
    // Disengaging de-escalates (087).
    [InlineData("Thai and Cambodian troops disengaged from the disputed temple on Sunday.", "retreat.disengage.v1", "087", "THA,KHM")]
    // Scaling back cooperation reduces relations (160); suspending one's mediation halts it (165).
    [InlineData("Morocco scaled back its cooperation with Algeria.", "sanction.scale-back-cooperation.v1", "160", "MAR")]
    [InlineData("Kuwait suspended its mediation between Bahrain and Qatar.", "sanction.halt-mediation.v1", "165", "KWT")]
    // Mistreating prisoners assaults them (182); firing on protesters represses them (175).
    [InlineData("Eritrean guards ill-treated the Ethiopian prisoners.", "assault.maltreat.v1", "182", "ERI")]
    [InlineData("Ugandan prison guards abused the detainees at Luzira.", "assault.abuse-people.v1", "182", "UGA")]
    [InlineData("Police in Kinshasa opened fire on demonstrators on Thursday.", "assault.fire-on-protesters.v1", "175", "COD")]
    // Blocking access to a platform restricts political freedoms (1721).
    [InlineData("The Tanzanian government blocked access to Twitter during the vote.", "coerce.block-access-online.v1", "1721", "TZA")]
    // Tearing down a camp destroys property (1712).
    [InlineData("Greek police tore down a migrant camp near Athens.", "coerce.tear-down.v2", "1712", "GRC")]
    // Coming to another's defence defends it (052); disregarding a ruling defies it (128).
    [InlineData("Belarus came to the defence of Russia at the assembly.", "support.come-to-defence.v1", "052", "BLR")]
    [InlineData("The Polish government disregarded the ruling of the European court.", "reject.disregard-ruling.v1", "128", "POL")]
    // Holding a dialogue consults (040); saying sorry apologises (055); a protest note complains (114).
    [InlineData("Chile held a dialogue with Bolivia on water rights.", "consult.hold-dialogue.v1", "040", "CHL,BOL")]
    [InlineData("The Danish foreign minister said sorry to Greenland for the forced adoptions.", "support.say-sorry.v1", "055", "DNK")]
    [InlineData("Lithuania handed a protest note to the Russian envoy.", "accuse.hand-protest-note.v1", "114", "LTU")]
    // A legal challenge sues (115); training together cooperates militarily (062); intelligence given is shared (064).
    [InlineData("The Kenyan opposition mounted a legal challenge to the election result.", "accuse.mount-legal-challenge.v1", "115", "KEN")]
    [InlineData("Estonian and Finnish soldiers trained together in Lapland.", "cooperate.train-together.v1", "062", "EST,FIN")]
    [InlineData("The Dutch government provided intelligence to Ukraine on drone factories.", "cooperate.provide-intelligence.v1", "064", "NLD")]
    // Chemical agents and chlorine gas are weapons of mass destruction (2041).
    [InlineData("Syrian forces used chlorine gas against the town, the inspectors found.", "assault.chemical-agents.v1", "2041", "SYR")]
    // Petrol bombs thrown by a crowd are a violent protest (145); "retook" recaptures (192).
    [InlineData("Hungarian fans threw fire bombs at the Romanian team's bus.", "protest.petrol-bombs.v1", "145", "HUN")]
    [InlineData("Sudanese troops retook the presidential palace in Khartoum.", "assault.retook.v1", "192", "SDN")]
    // Remorse expressed apologises (055); captives set free are released (0841).
    [InlineData("The Japanese prime minister expressed remorse for the wartime suffering.", "support.express-remorse.v1", "055", "JPN")]
    [InlineData("Colombian rebels set two kidnapped soldiers free on Friday.", "retreat.set-free.v2", "0841", "COL")]
    [InlineData("Kidnappers in Haiti set free five hostages.", "retreat.set-free-before.v1", "0841", "HTI")]
    public void A_family_member_codes_its_act(string text, string rule, string cameo, string source)
    {
        var e = EventTestDocuments.Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Kuwait suspended its mediation between Bahrain and Qatar.", "165", "KWT", "BHR")]
    [InlineData("Morocco scaled back its cooperation with Algeria.", "160", "MAR", "DZA")]
    [InlineData("Lithuania handed a protest note to the Russian envoy.", "114", "LTU", "RUS")]
    public void A_family_member_aims_at_its_target(string text, string cameo, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        Assert.Contains(target, EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }

    [Theory]
    // Looking into someone's eyes or the future investigates nothing.
    [InlineData("The Brazilian president looked into the cameras and smiled.", "accuse.look-into")]
    [InlineData("Nigeria's finance minister looked into the future of the oil sector with hope.", "accuse.look-into")]
    // A currency that softens has no stance.
    [InlineData("The Turkish lira softened against the dollar on Monday.", "concede.soften")]
    // Taking up a post is no deployment.
    [InlineData("The Chilean diplomat took up the position of ambassador to Peru.", "mobilize.take-up")]
    // A crowd parading through a town demonstrates; it parades no weapons.
    [InlineData("Fans paraded the trophy through Buenos Aires.", "mobilize.parade-weapons")]
    // Scaling back troops is a retreat, not reduced relations.
    [InlineData("Germany scaled back its troops in Lithuania.", "sanction.scale-back-cooperation")]
    // Abusing one's office is no assault.
    [InlineData("The Peruvian mayor abused his office to hire relatives.", "assault.abuse-people")]
    // Opening fire on soldiers is an armed clash, not repression.
    [InlineData("Rebels opened fire on a Malian army patrol near Gao.", "assault.fire-on-protesters")]
    // Blocking access to a road is no censorship.
    [InlineData("Chilean police blocked access to the port of Valparaiso.", "coerce.block-access-online")]
    // Tearing down a fence or a statue is not this row's.
    [InlineData("Farmers in Ireland tore down the old fence.", "coerce.tear-down")]
    // A plain diplomatic note may carry a demand.
    [InlineData("Hungary sent a diplomatic note to Austria requesting talks.", "accuse.hand-protest-note")]
    // Being open to dialogue is a readiness, not a dialogue held.
    [InlineData("Venezuela said it remained open to dialogue with Guyana.", "consult.hold-dialogue")]
    // Tear gas against a crowd is repression, not a chemical weapon.
    [InlineData("Kenyan police used tear gas against the marchers.", "assault.chemical-agents")]
    // Prices set free are no captives released.
    [InlineData("The Kenyan government set free food prices.", "retreat.set-free")]
    public void A_look_alike_codes_no_such_act(string text, string rule) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.StartsWith(rule, StringComparison.Ordinal));
}
