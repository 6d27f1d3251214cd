using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Real news states threats, promises, disapproval and denials without the codebook's usual verbs: a will-statement
/// on a condition ("will retaliate if ..."), anger with someone, saying someone poses a threat, branding a group as
/// terrorists, dismissing a charge as false, declining to comment. Sentences written for this test.
/// </summary>
public class StatedStancesTests
{
    [Theory]
    // A hostile act announced on an "if" laid on the other side is a threat, made whatever the condition.
    [InlineData("If Caracas jails the opposition leader, Washington will impose new sanctions.", "THREATEN", "13")]
    [InlineData("India will expel more Canadian diplomats if Ottawa does not apologise.", "THREATEN", "13")]
    [InlineData("\"If they attack our ships, we will retaliate,\" the Iranian navy commander said.", "THREATEN", "13")]
    [InlineData("The Houthis will resume attacks on shipping if Israel keeps bombing Gaza.", "THREATEN", "13")]
    [InlineData("Pakistan would recall its ambassador from Kabul if the border raids continue, a ministry spokesman said.", "THREATEN", "13")]
    // A cooperative act announced on such a condition is a promise (intent, 03).
    [InlineData("Seoul will lift its import ban on Japanese seafood if Tokyo proves the water is safe.", "AGREE", "03")]
    [InlineData("If the junta frees the president, ECOWAS will reopen the borders, the bloc's chairman said.", "AGREE", "03")]
    public void A_will_statement_on_a_condition_is_a_threat_or_promise(string text, string plover, string root)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);
        Assert.Equal((plover, root), (e.Plover, e.Cameo[..2]));
    }

    [Theory]
    // The condition itself, a hedge or someone else's guess stays unasserted.
    [InlineData("If confirmed, the strike would be the deadliest this year.")]
    [InlineData("If the talks fail, the army could attack the town.")]
    [InlineData("If the dam is finished, Egypt may bomb it, analysts fear.")]
    [InlineData("If Hanoi detains the fishermen again, the talks will be hard.")]
    public void A_condition_or_a_hedged_act_is_not_asserted(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);

    [Theory]
    // Anger, frustration or disappointment with someone disapproves of them (110).
    [InlineData("German leaders are angry with Budapest over its veto of the aid package.", "DEU", "HUN")]
    [InlineData("Hungary is furious at Kyiv over the language law.", "HUN", "UKR")]
    [InlineData("The Kenyan government has grown frustrated with Uganda over the fishing dispute.", "KEN", "UGA")]
    [InlineData("Kenya was not only disappointed with Uganda but also with Tanzania.", "KEN", "UGA")]
    [InlineData("Polish anger at Berlin has grown since the pipeline deal.", "POL", "DEU")]
    [InlineData("Argentina remained displeased with London after the naval exercise.", "ARG", "GBR")]
    public void Anger_with_someone_disapproves_of_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "110");
        Assert.Equal((Factuality.Asserted, source, target), (e.Factuality, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Being concerned, worried or troubled by what someone does criticises it (111).
    [InlineData("Britain is seriously concerned about Iran's production of enriched uranium.", "GBR", "IRN")]
    [InlineData("Poland and Lithuania are both worried about Russian military drills in Belarus.", "POL,LTU", "RUS")]
    [InlineData("The African Union was alarmed by the coup in Niger.", "IGO", "NER")]
    [InlineData("Canada remains troubled by India's treatment of Sikh activists.", "CAN", "IND")]
    [InlineData("\"We are deeply concerned about the actions of Serbia,\" Croatian Foreign Minister Gordan Grlic Radman said.", "HRV", "SRB")]
    [InlineData("Seoul has grown increasingly worried about Chinese fishing fleets.", "KOR", "CHN")]
    public void Concern_about_someone_criticises_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((Factuality.Asserted, source, target), (e.Factuality, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Saying someone is or has become hostile to a people criticises them (111): speaker -> the one judged.
    [InlineData("\"Congress has become so anti-Turkish,\" Turkish Foreign Minister Mevlut Cavusoglu said.", "TUR", "USA")]
    [InlineData("Kyiv says the new Hungarian government is openly anti-Ukrainian.", "UKR", "HUN")]
    [InlineData("Kabul said Pakistan's military has grown increasingly anti-Afghan.", "AFG", "PAK")]
    [InlineData("Washington said Caracas remains fiercely anti-American.", "USA", "VEN")]
    [InlineData("Brussels says Serbia's ruling party seems anti-European.", "IGO", "SRB")]
    [InlineData("Ankara said Athens was anti-Turkish for decades.", "TUR", "GRC")]
    public void Calling_someone_hostile_to_a_people_criticises_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "111");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Saying someone poses a threat criticises them (111); branding a group as terrorists accuses it (112; a formal designation is a sanction).
    [InlineData("Lithuania says Russia poses a serious threat to the Baltic states.", "111", "LTU", "RUS")]
    [InlineData("The Indian army chief said China posed a growing danger to the region.", "111", "IND", "CHN")]
    [InlineData("Seoul said Pyongyang poses a direct threat to peace.", "111", "KOR", "PRK")]
    [InlineData("Manila has branded the New People's Army as terrorists.", "112", "PHL", "PHL")]
    [InlineData("Israel labelled the Palestinian charities a terrorist group in 2021.", "112", "ISR", "PSE")]
    [InlineData("The Kremlin has called the Ukrainian battalion a terror outfit.", "112", "RUS", "UKR")]
    [InlineData("Ankara has branded the Kurdish militia as terrorists.", "112", "TUR", "TUR")]
    public void A_threat_named_or_a_terror_label_is_disapproval(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Dismissing a charge as false, or saying one poses no threat, denies it (016); declining to comment is 011.
    [InlineData("Beijing dismissed the report as baseless.", "016", "CHN")]
    [InlineData("Moscow brushed off the accusations as lies on Friday.", "016", "RUS")]
    [InlineData("Tehran rejected the charges as fabricated.", "016", "IRN")]
    [InlineData("Iran insisted that its missile program poses no threat to its neighbours.", "016", "IRN")]
    [InlineData("The Nigerian army declined to comment on the allegations.", "011", "NGA")]
    [InlineData("Egypt's foreign ministry refused to comment.", "011", "EGY")]
    [InlineData("Colombia's defence ministry declined comment on Tuesday.", "011", "COL")]
    public void A_denial_or_a_declined_comment_is_a_statement(string text, string cameo, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted);
        Assert.Equal((cameo, source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    // A bare warning verb that attributes a quote says the quote; it threatens nothing of its own.
    [InlineData("\"Tariffs are coming, and they will hurt,\" warned a senior economist at the bank.")]
    [InlineData("\"Cherry picking is not an option,\" the French negotiator warned in Brussels.")]
    [InlineData("“The ceasefire will not hold,” Kenya's foreign minister cautioned on Friday.")]
    [InlineData("\"Prices will keep rising,\" warned Ghana's finance minister.")]
    [InlineData("“The economy could shrink this year,” Argentina's central bank governor warned.")]
    [InlineData("\"Is this what peace looks like?\" the Lebanese prime minister warned.")]
    public void A_warning_that_attributes_a_quote_is_no_threat(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");

    [Theory]
    // A warning aimed at someone stays a threat.
    [InlineData("Iran warned Washington on Tuesday, the ministry said.", "IRN", "USA")]
    [InlineData("\"We are ready,\" the minister said. China warned Manila against further provocations.", "CHN", "PHL")]
    public void A_warning_aimed_at_someone_stays_a_threat(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        if (source.Length > 0)
            Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // Optimism voiced about what is to come, aimed at no one, is no event (round 33, UnaimedComments).
    [InlineData("Kenya's finance minister is confident that the IMF will approve the loan.")]
    [InlineData("Brazil hopes that the trade deal will be ratified this year.")]
    [InlineData("Japan expressed hope for a peaceful end to the standoff.")]
    [InlineData("Indonesian officials remain optimistic about the peace process.")]
    [InlineData("Chile's foreign minister sounded upbeat about the border talks.")]
    [InlineData("Nepal voiced optimism that the road would open by spring.")]
    [InlineData("Kenya hopes the IMF will approve the loan.")]
    [InlineData("The Philippines hoped China would respect the ruling.")]
    public void Optimism_aimed_at_no_one_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "013");

    [Theory]
    // Investing in a sector or in assets is no cooperation with another actor; what an actor is guessed to reckon is no statement.
    [InlineData("Gulf states are investing heavily in renewable energy.")]
    [InlineData("The Turkish army is investing in new bases along the coast.")]
    [InlineData("The Indian company invests in vacant houses in Osaka.")]
    [InlineData("Vietnam has invested heavily in infrastructure since 2010.")]
    [InlineData("Moscow may be calculating that the sanctions will be counterproductive for Europe.")]
    [InlineData("Tehran is betting that new sanctions would be counterproductive.")]
    public void Investing_in_things_or_a_guessed_reckoning_is_no_event(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Factuality == Factuality.Asserted || e.Factuality == Factuality.Future);

    [Theory]
    // Investing in a country stays economic cooperation.
    [InlineData("China has invested heavily in Ethiopia since 2010.")]
    [InlineData("The United Arab Emirates invested $2 billion in Egypt last year.")]
    public void Investing_in_a_country_is_cooperation(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "061");

    [Theory]
    // "X needs to act", said by another, demands it as "must" does (10x, speaker -> the one who needs to).
    [InlineData("Israel needs to withdraw from Gaza, Egyptian Foreign Minister Badr Abdelatty said.", "EGY", "ISR")]
    [InlineData("Turkey said Washington needs to lift the sanctions.", "TUR", "USA")]
    [InlineData("Armenia needs to return the villages, Azerbaijan's president said on Monday.", "AZE", "ARM")]
    [InlineData("Japan said China needs to release the detained businessman.", "JPN", "CHN")]
    [InlineData("Kenya said Somalia needs to withdraw its troops from the border.", "KEN", "SOM")]
    [InlineData("Poland says Belarus needs to stop pushing migrants across the border.", "POL", "BLR")]
    public void Needing_to_act_said_by_another_is_a_demand(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
        Assert.Equal(("10", source, target), (e.Cameo[..2], EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // What a speaker says another will face is threatened (speaker -> the one who will face it); notice given of one's
    // own act threatens it.
    [InlineData("Moscow said on Friday that the Lithuanian parliament would face grave consequences if it did not reverse the vote.", "130", "RUS", "LTU")]
    [InlineData("Beijing said Manila will face serious consequences unless it withdraws the ship.", "130", "CHN", "PHL")]
    [InlineData("Ethiopia said Egypt would face retaliation if it struck the dam.", "130", "ETH", "EGY")]
    [InlineData("The European Union said Minsk would face new sanctions over the forced landing.", "1312", "IGO", "BLR")]
    [InlineData("Washington said Tehran could face tariffs on its oil buyers.", "1312", "USA", "IRN")]
    [InlineData("Kenya gave notice to Somalia that it would close the border.", "132", "KEN", "SOM")] // round 39: closing the border is an administrative sanction (172), its threat 132
    public void What_another_will_face_is_threatened(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "THREATEN");
        Assert.Equal((cameo, Factuality.Asserted, source, target), (e.Cameo, e.Factuality, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Suspending lending is cutting aid (162); ordering a halt to trade imposes an embargo (163); staying off work strikes (143).
    [InlineData("The World Bank suspended new lending to Kenya on Tuesday, citing corruption.", "SANCTION", "162")]
    [InlineData("The IMF froze lending to Sri Lanka after the default.", "SANCTION", "162")]
    [InlineData("President Ronald Reagan ordered a halt to all trade with Nicaragua on Wednesday.", "SANCTION", "163")]
    [InlineData("Beijing announced a ban on imports of Japanese seafood.", "SANCTION", "163")]
    [InlineData("Teachers in Nairobi stayed away from classes on Monday to press for higher pay.", "PROTEST", "143")]
    [InlineData("Teachers in Nairobi stayed off work on Monday to press for higher pay.", "PROTEST", "143")]
    // An irregular past after "the" and a name is a verb ("The IMF froze"), not a compound noun ("the IMF loan").
    [InlineData("The EU froze aid to Niger after the coup.", "SANCTION", "162")]
    public void Cut_lending_trade_halts_and_stay_aways(string text, string plover, string cameo)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(cameo, e.Cameo);
    }

    [Theory]
    // Courting or wooing a state or a leader seeks diplomatic cooperation (050); a court of law is no courting.
    [InlineData("Moscow is courting Ankara with cheap gas.", "RUS", "TUR")]
    [InlineData("Beijing has wooed the Solomon Islands for years.", "CHN", "SLB")]
    [InlineData("Washington courted Hanoi during the summit.", "USA", "VNM")]
    [InlineData("Tokyo is wooing Manila with patrol boats.", "JPN", "PHL")]
    [InlineData("Brazil courted Argentina before the trade vote.", "BRA", "ARG")]
    [InlineData("Paris has been courting Rabat since the spring.", "FRA", "MAR")]
    public void Courting_seeks_diplomatic_cooperation(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "050");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("The case went to court in May.")]
    [InlineData("Military courts in Cairo sentenced the activists.")]
    public void A_court_is_no_courting(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "050");

    [Theory]
    // "with support from X": X supports (051), also as the first word of a quote.
    [InlineData("Kyiv won the vote with backing from Britain.", "GBR")]
    [InlineData("The measure passed with support from France.", "FRA")]
    [InlineData("The rebels took the town with support from Rwanda, UN experts said.", "RWA")]
    [InlineData("The director said, “With support from the Japanese government, we have rebuilt the port.”", "JPN")]
    [InlineData("Colombia signed the accord with backing from Norway.", "NOR")]
    [InlineData("Mali held the northern towns with support from Russia.", "RUS")]
    public void Support_from_someone_is_their_support(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "051");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    // A warning about how a thing is ("it is too big to put out") is a pessimistic comment, not a threat; aimed at no one, no event (round 33).
    [InlineData("Greek officials warn it is now too big to contain.")]
    [InlineData("The Kenyan health ministry warned that it is too early to lift the curfew.")]
    [InlineData("Chile's central bank warned it was getting harder to curb inflation.")]
    [InlineData("The Indian weather office cautioned that it is unlikely the monsoon will arrive on time.")]
    [InlineData("Ghana's finance minister warned this is too late to save the currency.")]
    [InlineData("Brazil warned it is impossible to stop the fires without rain.")]
    public void A_warning_about_a_situation_is_pessimism(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Plover == "THREATEN");
        Assert.DoesNotContain(events, e => e.Plover == "ACCUSE" && e.Cameo != "012"); // a comment the story aims at its own state stays 012
    }

    [Theory]
    // A wish voiced for another's act ("would like to see X ...") appeals to X (02).
    [InlineData("Japan would like to see Russia live up to its promises.", "JPN", "RUS")]
    [InlineData("Canada would like to see India cooperate with the investigation.", "CAN", "IND")]
    [InlineData("Norway would love to see Colombia resume the peace talks.", "NOR", "COL")]
    [InlineData("Brussels said it would like to see Belgrade recognise Pristina.", "IGO", "SRB")]
    [InlineData("Ghana would like to see Togo reopen the border crossings.", "GHA", "TGO")]
    [InlineData("Indonesia would like to see Myanmar free the political prisoners.", "IDN", "MMR")]
    public void A_wish_for_another_s_act_appeals_to_them(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");
        Assert.Equal(("02", source, target), (e.Cameo[..2], EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // A law or resolution passed against a named party sanctions it (163); tourists visiting are no state visit.
    [InlineData("The Senate passed legislation on Thursday targeting Russian oligarchs.", "SANCTION", "USA", "RUS")]
    [InlineData("Lithuania's parliament adopted a resolution sanctioning Belarusian officials.", "SANCTION", "LTU", "BLR")]
    [InlineData("Congress approved a bill targeting Chinese chipmakers.", "SANCTION", "USA", "CHN")]
    public void A_law_against_a_party_sanctions_it(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(("163", source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // Sanctions named after a governed name ("under U.S. sanctions") or an imposition's owner are the name's, not the
    // clause subject's; a threat of sanctions is a threat (1312).
    [InlineData("The Iranian economy is still recovering from a crash triggered by previous U.S. sanctions.", "163", "USA")]
    [InlineData("Cuba has struggled for decades under U.S. sanctions.", "163", "USA")]
    [InlineData("Syria's currency collapsed after years of EU sanctions.", "163", "IGO")]
    [InlineData("Venezuela fell into a recession following Washington's imposition of sanctions.", "163", "USA")]
    [InlineData("Russia tested a new missile, despite American threats of sanctions.", "1312", "USA")]
    [InlineData("Myanmar's generals shrugged off London's threat of tariffs.", "1312", "GBR")]
    public void Sanctions_belong_to_their_owner(string text, string cameo, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    [InlineData("Nearly 1.5 million German tourists visited Turkey last summer.")]
    [InlineData("Russian holidaymakers visited Turkey in record numbers.")]
    [InlineData("Thousands of Indian pilgrims visit Nepal every spring.")]
    public void Tourists_visiting_are_no_visit(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");

    [Theory]
    // A threat from nobody named, and refusing a request, stay what they were.
    [InlineData("Climate change poses a serious threat to island nations.")]
    [InlineData("The ministry refused to release the detainees.")]
    public void No_statement_without_its_speaker(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo is "111" or "011" or "016");
}
