namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Trigger words used as a modifier of another noun or in a sense that is no act (round 31 blockers:
/// none.protest-modifier, none.attack-weapon, none.strike-unit, none.strike-down-law, none.strike-it-down,
/// none.month-march, none.call-election, none.call-election-two, none.order-goods, none.media-host, none.met-by-force, none.host-event, none.event-hosted, none.look-for-support,
/// none.charged-crime, none.attempted-murder, none.crime-list, none.crime-pair,
/// none.attempted-crime-list, none.attempted-crime-pair).
/// </summary>
public class LookAlikeWordsTests
{
    [Theory]
    // Calling *the* protests something names protests under way; pressing ahead continues one's own plan; a fighter
    // force pulled "back north" is moved, not backed (none.call-the-protests, none.press-ahead, none.press-on-with,
    // none.back-adverb.v2).
    [InlineData("The interior minister called the protests a plot hatched abroad.", "PROTEST")]
    [InlineData("The coast guard said Hanoi would press ahead with its patrols near the atoll.", "REQUEST")]
    [InlineData("The junta pressed on with its plan to redraw the districts.", "REQUEST")]
    [InlineData("Under the truce, the militia is to move its gunmen and rocket launchers back south of the canal.", "SUPPORT")]
    public void Naming_continuing_and_moving_back_are_no_acts(string text, string plover) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Theory]
    [InlineData("Opposition parties in Dhaka called protests for Friday.", "PROTEST")]
    [InlineData("Washington urged Seoul to press on with the reforms.", "REQUEST")]
    [InlineData("The Kenyan government said it would back the African Union's plan.", "AGREE")]
    public void The_acts_themselves_are_still_coded(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover);

    [Theory]
    // A protest noun that modifies another noun names people, a group or a thing, not a protest held.
    [InlineData("The Chadian protest leaders agreed on Monday to join the new cabinet.")]
    [InlineData("The Peruvian protest movement grew stronger in Lima last year.")]
    [InlineData("Chile's best-known protest song became an anthem for students.")]
    [InlineData("Serbia's main protest coalition named a new spokesman on Friday.")]
    public void A_protest_modifier_is_no_protest(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");

    [Theory]
    // Attack helicopters and strike aircraft are weapons; a strike force is a unit; a court that strikes down a law annuls it.
    [InlineData("Nigeria bought twelve attack helicopters from Italy.")]
    [InlineData("Egypt ordered new attack drones from Turkey on Tuesday.")]
    [InlineData("A Colombian strike force arrived in the port on Sunday.")]
    [InlineData("The French court struck down the new fuel tax on Monday.")]
    [InlineData("Bolivia's top court struck down the election law.")]
    [InlineData("Judges in Nairobi struck it down within a week.")]
    public void A_weapon_a_unit_or_an_annulled_law_is_no_assault(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    // Calling an election sets its date; it is no phone call.
    [InlineData("The ruling party in Ghana agreed to call early elections.")]
    [InlineData("The Malaysian prime minister called a snap election on Friday.")]
    [InlineData("Italy's president may call a referendum on the reform.")]
    public void Calling_an_election_is_no_call(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "041" || e.Cameo == "036");

    [Theory]
    // "March" after a preposition is the month: "held in Mali since March" holds no march.
    [InlineData("Two Kenyan engineers have been held by rebels in Mali since March.")]
    [InlineData("The opposition in Togo has led the campaign since March.")]
    public void The_month_of_March_is_no_march(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST");

    [Theory]
    // Goods ordered "from" a seller are bought (none.order-goods): no order given to the seller.
    [InlineData("Egypt ordered new attack drones from Turkey on Tuesday.")]
    [InlineData("Poland has ordered 96 tanks from South Korea.")]
    public void Goods_ordered_from_a_seller_are_no_demand(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST");

    [Theory]
    // A radio or television host presents a show; people met by armed men are confronted: neither is a consultation.
    [InlineData("The Kenyan radio host interviewed the Ugandan minister on Friday.")]
    [InlineData("The Peruvian ambassador was met at the border by armed men.")]
    public void A_presenter_or_a_confrontation_is_no_consultation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");

    [Theory]
    // Hosting an event, games or a tournament stages it; it hosts no visitor (none.host-event, none.event-hosted).
    [InlineData("Qatar hosted the football tournament in 2022.")]
    [InlineData("The summit was the largest event hosted by Kenya in a decade.")]
    [InlineData("Morocco will host the African games next year.")]
    public void Hosting_an_event_hosts_no_visitor(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "043");

    [Theory]
    // Looking to someone for support seeks it: no support given (none.look-for-support).
    [InlineData("Neighbours such as Moldova and Georgia look to Brussels for support as Russia presses them.")]
    [InlineData("Governments in the Pacific look to Canberra for support as China expands its reach.")]
    public void Support_looked_for_is_not_given(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "SUPPORT");

    [Theory]
    // A crime named as a charge is what the court weighs, not a new assault.
    [InlineData("A Brazilian man pleaded guilty to attempted murder in Lisbon.")]
    [InlineData("Three Nigerian officers were charged with kidnapping and torture.")]
    [InlineData("Kenyan police accused the Somali suspect of murder.")]
    [InlineData("The two Chilean suspects face charges of robbery, assault and arson.")]
    [InlineData("Gang members in Lima face charges of extortion, attempted murder and assault.")]
    public void A_crime_named_as_a_charge_is_no_assault(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    [Theory]
    // The acts themselves stay: a protest march, rebels who strike a base, an appeal for elections.
    [InlineData("Students in Dhaka staged a protest march against the government.", "PROTEST")]
    [InlineData("Rebels attacked a Malian army base on Sunday.", "ASSAULT")]
    [InlineData("The Nepalese opposition called for early elections.", "REQUEST")]
    [InlineData("Thousands of farmers held a march in Paris on Tuesday.", "PROTEST")]
    [InlineData("The Greek government ordered the police to clear the square.", "REQUEST")]
    [InlineData("Three Nigerian officers were charged with kidnapping and torture.", "COERCE")]
    [InlineData("Kenya hosted the Ugandan president in Nairobi on Monday.", "CONSULT")]
    [InlineData("Egypt hosted the Sudanese leader in Cairo on Monday.", "CONSULT")]
    public void The_act_itself_stays(string text, string plover) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
}
