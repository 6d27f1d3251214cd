using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Trigger classes written from the CAMEO codebook's meaning, each in sentences written for this test about different
/// events, actors and regions: the main event (the most confident one) has the code a CAMEO coder gives the sentence.
/// </summary>
public class CodebookTriggersTests
{
    [Theory]
    // Disapproval (111) in the verbs and phrasal verbs wire reporters use.
    [InlineData("Brazil's president lashed out at Washington over the new tariffs.", "ACCUSE", "111")]
    [InlineData("Ghana assailed Togo over its new visa rules.", "ACCUSE", "111")]
    [InlineData("Mexico's president took aim at Guatemala during a rally on Sunday.", "ACCUSE", "111")]
    [InlineData("Polish leaders have long railed against Belarus over the migrant crossings.", "ACCUSE", "111")]
    [InlineData("The Chilean senate berated Argentina for the fishing dispute.", "ACCUSE", "111")]
    [InlineData("Vietnam's foreign ministry excoriated China over the island construction.", "ACCUSE", "111")]
    [InlineData("Kenyan bishops took the government to task over the new taxes.", "ACCUSE", "111")]
    [InlineData("Senegal's press pilloried Mauritania over the fishing arrests.", "ACCUSE", "111")]
    // Calling a policy unacceptable or reckless disapproves of it (111); calling a claim baseless denies it (016).
    [InlineData("Poland's prime minister called the German gas deal \"unacceptable.\"", "ACCUSE", "111")]
    [InlineData("South Africa described Israel's raid as reckless.", "ACCUSE", "111")]
    [InlineData("Rwanda called Congo's accusations baseless.", "REJECT", "016")]
    [InlineData("Beijing dismissed the espionage claims as fabricated.", "REJECT", "016")]
    // Voicing opposition to a plan rejects it (120).
    [InlineData("Egypt voiced its opposition to the Ethiopian dam plan.", "REJECT", "120")]
    // Torpedoing or derailing a deal rejects it (120); it is no attack.
    [InlineData("Hungary torpedoed the EU deal on Ukrainian aid.", "REJECT", "120")]
    [InlineData("Iran's parliament derailed the talks with Washington.", "REJECT", "120")]
    // Suing (115): taking a state to court, filing lawsuits or cases.
    [InlineData("Gambia filed a case against Myanmar at the World Court.", "ACCUSE", "115")]
    [InlineData("Four Nigerian states filed lawsuits against the federal government over the new tax law.", "ACCUSE", "115")]
    [InlineData("Ecuador took Colombia to court over the aerial spraying.", "ACCUSE", "115")]
    public void Criticism_is_disapproval(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Fighting (190) told as hostilities resumed, renewed or stepped up.
    [InlineData("Rebels have relaunched hostilities in northern Chad.", "ASSAULT", "190")]
    [InlineData("Armenian forces renewed hostilities against Azerbaijan on Thursday.", "ASSAULT", "190")]
    [InlineData("The Myanmar army intensified attacks on Karen villages in April.", "ASSAULT", "190")]
    [InlineData("Nigerian troops neutralized 30 insurgents in Borno state.", "ASSAULT", "190")]
    [InlineData("Somali forces eliminated two al-Shabab commanders near Kismayo.", "ASSAULT", "190")]
    [InlineData("Israeli strikes on Gaza killed 20 people on Tuesday.", "ASSAULT", "190")]
    // Claiming an attack is having made it: the claimant is the attacker.
    [InlineData("Al-Shabab claimed responsibility for the bombing of a Mogadishu hotel.", "ASSAULT", "183")]
    [InlineData("The Pakistani Taliban took credit for the ambush near Peshawar.", "ASSAULT", "180")]
    [InlineData("Boko Haram accepted responsibility for the kidnapping of 80 students in Nigeria.", "ASSAULT", "181")]
    // Refugees driven from their homes, however long the phrase, are expelled en masse (201).
    [InlineData("Myanmar's army drove on Tuesday more than 5,000 Rohingya villagers from their homes in Rakhine.", "ASSAULT", "201")]
    public void Hostilities_are_fighting(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Aerial weapons (195): drone and missile strikes, whoever is named with them.
    [InlineData("A Ukrainian drone strike on Belgorod set a fuel depot ablaze.")]
    [InlineData("Russian missile strikes on Kharkiv killed four people.")]
    [InlineData("An Israeli drone strike against Hezbollah hit a car near Tyre.")]
    public void A_drone_or_missile_strike_is_aerial(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Cameo == "195");

    [Theory]
    // A labour strike is a protest (143), however it is told; it is never an attack.
    [InlineData("Teachers in Kenya have been on strike since Monday.", "PROTEST", "143")]
    [InlineData("Chilean dock workers downed tools on Wednesday.", "PROTEST", "143")]
    [InlineData("Nigerian unions declared a nationwide strike on Monday.", "PROTEST", "143")]
    [InlineData("South Korean doctors remained on strike for a third week.", "PROTEST", "143")]
    // A hunger strike (142) told without its name.
    [InlineData("Jailed Kurdish activists in Turkey have refused food since Sunday.", "PROTEST", "142")]
    [InlineData("Detained Tamil migrants in Australia began a fast on Monday.", "PROTEST", "142")]
    // Crowds pouring into the streets demonstrate (141); "mass protests" are protests.
    [InlineData("Thousands of Serbians poured into the streets of Belgrade on Saturday.", "PROTEST", "141")]
    public void A_labour_strike_is_a_protest(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // What a protest is against is its grievance, not an event of the sentence.
    [InlineData("Thousands of Pakistanis demonstrated in Lahore on Friday against American drone strikes.", "ASSAULT")]
    [InlineData("Kenyan students marched in Nairobi against the arrest of their leaders.", "COERCE")]
    [InlineData("Belgian farmers protested in Brussels over the new EU tariffs on fertilizer imports.", "SANCTION")]
    public void A_protest_grievance_is_no_event(string text, string grievance)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == grievance);
        Assert.Equal("PROTEST", EventTestDocuments.Best(text)?.Plover);
    }

    [Theory]
    // Violence done "in protest" is a riot (145).
    [InlineData("Rioters in Dakar torched cars and looted shops in protest at the verdict.", "PROTEST", "145")]
    [InlineData("Protesters in Kinshasa stoned embassies on Tuesday in protest over the fighting in the east.", "PROTEST", "145")]
    public void Violence_in_protest_is_a_riot(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    [InlineData("Striking doctors in Nigeria rejected the pay offer.")]
    [InlineData("Nurses in Peru have been on strike since May.")]
    [InlineData("A general strike in Bolivia closed schools.")]
    public void A_labour_strike_is_no_assault(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    // Arrest (173): custody, jail, lock-up.
    [InlineData("Kenyan police took the opposition leader into custody on Friday.", "COERCE", "173")]
    [InlineData("Ugandan security forces locked up Bobi Wine's aides for a week.", "COERCE", "173")]
    [InlineData("Iran threw a French tourist into prison last year.", "COERCE", "173")]
    [InlineData("Egyptian police apprehended three journalists in Cairo.", "COERCE", "173")]
    // Expulsion (174): refugees sent home.
    [InlineData("Pakistan sent back thousands of Afghan refugees in October.", "COERCE", "174")]
    // Release (0841) told without "release".
    [InlineData("A Belarusian court granted bail to the jailed Polish journalist.", "RETREAT", "0841")]
    [InlineData("Venezuela set free six American prisoners after the talks.", "RETREAT", "0841")]
    public void Custody_and_release(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Praise (051): tribute, gratitude, extolling.
    [InlineData("Germany paid tribute to Poland's resistance fighters.", "SUPPORT", "051")]
    [InlineData("Japan expressed gratitude to Australia for its help after the earthquake.", "SUPPORT", "051")]
    [InlineData("India extolled Japan's role in the metro project.", "SUPPORT", "051")]
    // An award received from someone is their praise (051), the giver the source.
    [InlineData("Last year, the Cambodian journalist received a hero award from Antony Blinken.", "SUPPORT", "051")]
    [InlineData("Volodymyr Zelenskyy accepted a medal from Poland's president in Warsaw.", "SUPPORT", "051")]
    // Apology (055) as a noun phrase.
    [InlineData("The Dutch government offered an apology to Indonesia for the colonial war.", "SUPPORT", "055")]
    // Meeting (040) over a meal; a visit (042) told as trips or a tour.
    [InlineData("William Ruto had dinner with Ethiopia's prime minister in Addis Ababa.", "CONSULT", "040")]
    [InlineData("Turkey's foreign minister sat down with his Greek counterpart on Monday.", "CONSULT", "040")]
    [InlineData("Li Qiang toured Pakistan and Sri Lanka in May.", "CONSULT", "042")]
    // Playing host is hosting (043).
    [InlineData("Qatar played host to Afghan and American envoys on Sunday.", "CONSULT", "043")]
    public void Praise_apology_and_meeting(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Tariffs raised or approved (163), tariffs cut (085), cooperation suspended (160).
    [InlineData("The European Union approved new tariffs on Chinese electric cars.", "SANCTION", "163")]
    [InlineData("Canada doubled tariffs on American steel on Tuesday.", "SANCTION", "163")]
    [InlineData("China retaliated with tariffs on Australian wine.", "SANCTION", "163")]
    [InlineData("India scrapped tariffs on American almonds in June.", "RETREAT", "085")]
    [InlineData("Niger suspended military cooperation with France in August.", "SANCTION", "160")]
    [InlineData("Russia halted gas deliveries to Moldova on January 1.", "SANCTION", "163")]
    public void Tariffs_and_cuts(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Asking (02): lobbying, begging, asking for.
    [InlineData("Kyrgyz officials lobbied Russia to lift the ban on migrant workers.", "REQUEST")]
    [InlineData("Lebanon asked for French help after the port blast.", "REQUEST")]
    [InlineData("The Sudanese army begged Egypt to send fuel.", "REQUEST")]
    public void Lobbying_is_an_appeal(string text, string plover) => AssertAppeal(text, plover);

    [Theory]
    // Nouns whose owner is the actor: a veto (129), a blockade (191), a ban (172).
    [InlineData("Russia's veto of the Syria resolution angered Western diplomats.", "REJECT", "129", "RUS")]
    [InlineData("Azerbaijan's blockade of the Lachin corridor cut food supplies.", "COERCE", "191", "AZE")]
    [InlineData("The Taliban's ban on girls' schooling drew wide criticism.", "COERCE", "172", "AFG")]
    public void An_owned_noun_names_its_actor(string text, string plover, string cameo, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events,
            e => e.Plover == plover && e.Cameo == cameo && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // Intent to meet (036): open or ready for talks.
    [InlineData("Iran said it was open to talks with the United States.", "AGREE", "036")]
    [InlineData("Venezuela remains ready for dialogue with Guyana, its foreign minister said.", "AGREE", "036")]
    // Signing (057), training forces (062), handing over power (0831).
    [InlineData("Saudi Arabia inked a defense pact with Pakistan on Wednesday.", "AGREE", "057")]
    [InlineData("British instructors trained Ukrainian troops in Kent.", "COOPERATE", "062")]
    [InlineData("Mali's junta handed over power to a civilian government.", "CONCEDE", "0831")]
    // Siding, weight behind, rallying behind: support (051, 053), not a protest.
    [InlineData("Egypt sided with Sudan in the dam dispute.", "SUPPORT", "051")]
    [InlineData("Kenya threw its weight behind Raila Odinga's bid for the AU post.", "SUPPORT", "051")]
    [InlineData("Lebanese parties rallied behind the army after the clashes.", "SUPPORT", "053")]
    public void Intent_signing_and_support(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Force shown (150), repression (175), gun battles (193), bombardment (194), fines (172), harassment (170),
    // interception (191), a visit cancelled (160).
    [InlineData("China staged a show of force near Taiwan on Monday.", "MOBILIZE", "150")]
    [InlineData("Russia began war games near the Finnish border.", "MOBILIZE", "150")]
    [InlineData("Police in Nairobi fired water cannon at protesters.", "ASSAULT", "175")]
    [InlineData("Philippine troops fought a gun battle with Abu Sayyaf gunmen in Sulu.", "ASSAULT", "193")]
    [InlineData("Colombian police fined the oil company for spills.", "COERCE", "172")]
    [InlineData("Chinese coast guard vessels harassed Philippine fishermen near Scarborough Shoal.", "COERCE", "170")]
    [InlineData("The Israeli navy intercepted a Gaza-bound aid flotilla.", "COERCE", "191")]
    [InlineData("Japan cancelled the foreign minister's visit to South Korea.", "SANCTION", "160")]
    // Mobilization announced (154), caving in (080), chanting slogans (141).
    [InlineData("Russia announced a partial mobilization on Wednesday.", "MOBILIZE", "154")]
    [InlineData("Serbia caved in to EU pressure over the border dispute.", "CONCEDE", "080")]
    [InlineData("Iranian students chanted slogans against the government in Tehran.", "PROTEST", "141")]
    public void Force_repression_and_cancellations(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Aid cut (162) whatever the instrument; aid workers and missions expelled or pulled out (166), not individuals deported.
    [InlineData("The World Bank froze a $300 million credit to Ethiopia in November.", "SANCTION", "162")]
    [InlineData("The European Union withheld the next tranche of budget support to Tunisia.", "SANCTION", "162")]
    [InlineData("Burkina Faso expelled two French aid groups on Monday.", "SANCTION", "166")]
    [InlineData("Sweden pulled its soldiers out of the UN mission in Mali.", "SANCTION", "166")]
    // Easing a closure or lockdown (081), dropping relief from the air (073), a cessation of hostilities (0871).
    [InlineData("Egypt eased the closure of the Rafah crossing on Tuesday.", "CONCEDE", "081")]
    [InlineData("Jordan parachuted food and medicine to Gaza.", "AID", "073")]
    [InlineData("The ELN declared a cessation of offensive operations over Christmas.", "RETREAT", "0871")]
    // Joint drills begun are cooperation (062); drills alone a show of force (150).
    [InlineData("Indian and French navies began joint drills off Goa.", "COOPERATE", "062")]
    [InlineData("Iran launched naval drills in the Strait of Hormuz.", "MOBILIZE", "150")]
    // A warning that the other side faces a consequence unless it yields is an ultimatum (139).
    [InlineData("Nigeria warned Niger's junta that it faced military action unless it restored the president.", "THREATEN", "139")]
    public void Aid_cuts_expulsions_and_easing(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // What threatens order, peace or security is an assessment, not a threat against anyone.
    [InlineData("Kenya banned the march, saying it would threaten public order.", "COERCE")]
    [InlineData("Uganda banned the opposition rally, saying it threatened national security.", "COERCE")]
    public void Endangering_order_is_no_threat(string text, string plover)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);
    }

    [Theory]
    // Stopping an attack or harassment is de-escalation (087); asked for, it is an appeal to de-escalate (0256).
    [InlineData("Azerbaijan halted its shelling of Armenian villages on Sunday.", "RETREAT", "087")]
    [InlineData("The Houthis stopped attacking ships in the Red Sea after the truce.", "RETREAT", "087")]
    [InlineData("The United Nations urged Russia to cease strikes on Ukrainian power plants.", "REQUEST", "0256")]
    // Charges dropped are a concession (080); asked for, an appeal to yield (025).
    [InlineData("Thai prosecutors dropped the charges against the opposition leader.", "CONCEDE", "080")]
    [InlineData("Amnesty International called for the charges against the Egyptian blogger to be dropped.", "REQUEST", "025")]
    // Seizing power and overthrowing a government are coercion (170, round 39); violating airspace or sovereignty is force (190).
    [InlineData("Soldiers in Niger seized power in a coup on Wednesday.", "COERCE", "170")]
    [InlineData("The army overthrew Sudan's president in April.", "COERCE", "170")]
    [InlineData("Russian jets violated Estonian airspace on Friday.", "ASSAULT", "190")]
    // Checkpoints erected on another's land restrict movement (191; a state's forces posting them at home show force, round 69);
    // warships patrolling show force (150).
    [InlineData("Israeli troops erected checkpoints around Hebron.", "COERCE", "191")]
    [InlineData("Chinese warships patrolled near the Senkaku islands on Tuesday.", "MOBILIZE", "150")]
    public void De_escalation_concessions_and_coups(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // Blocking or holding up a deal, shooting down or slamming the door on a proposal rejects it (120); none of it is an attack.
    [InlineData("Hungary blocked the EU aid package for Ukraine.", "REJECT", "120")]
    [InlineData("Turkey held up Finland's NATO bid for months.", "REJECT", "120")]
    [InlineData("Russia shot down the UN proposal for a truce.", "REJECT", "120")]
    [InlineData("Iran slammed the door on talks with Washington.", "REJECT", "120")]
    // Media suspended (1721), citizenship stripped (172), a group designated terrorist (172: outlawed).
    [InlineData("Mali suspended the French broadcaster RFI.", "COERCE", "1721")]
    [InlineData("Nicaragua stripped 94 opponents of their citizenship.", "COERCE", "172")]
    [InlineData("Russia designated the Yale University a terrorist organization.", "COERCE", "172")]
    // Diplomats told to leave or an attaché expelled (166); power handed over (0831).
    [InlineData("Niger ordered the French ambassador to leave.", "SANCTION", "166")]
    [InlineData("Burkina Faso expelled the French military attaché.", "SANCTION", "166")]
    [InlineData("Chad's military council handed power to an elected president.", "CONCEDE", "0831")]
    // Arms cleared for delivery (072); doctors and rescuers sent (073).
    [InlineData("Germany approved the delivery of tanks to Ukraine.", "AID", "072")]
    [InlineData("India sent a team of doctors to Turkey after the quake.", "AID", "073")]
    public void Blocking_designating_and_expelling(string text, string plover, string cameo) => AssertBest(text, plover, cameo);

    [Theory]
    // A group described as designated is no new designation.
    [InlineData("Al-Shabab, an EU-designated terrorist group, attacked the port.", "ASSAULT")]
    public void A_designated_group_is_no_designation(string text, string plover)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "SANCTION");
        Assert.Equal(plover, EventTestDocuments.Best(text)?.Plover);
    }

    [Theory]
    // A plot to overthrow or kill is an allegation's content, not force used.
    [InlineData("Bolivian police said the officers plotted to overthrow the president.")]
    [InlineData("Prosecutors in Peru said the men conspired to assassinate the mayor.")]
    public void A_plot_is_no_assault(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Factuality == Factuality.Asserted);

    private static void AssertBest(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    private static void AssertAppeal(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(plover, e.Plover);
        Assert.StartsWith("02", e.Cameo, StringComparison.Ordinal);
    }
}
