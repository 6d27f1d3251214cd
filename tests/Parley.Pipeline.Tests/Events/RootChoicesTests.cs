using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>The right act with the right CAMEO root: where the codebook draws the line between two codes for one act.</summary>
public sealed class RootChoicesTests
{
    [Theory]
    // a day between "agreed" and "to" no longer lets the date's "on" end the particle and the gap run out before the truce
    [InlineData("Armenia and Azerbaijan agreed on Monday to a complete and lasting ceasefire after a week of clashes.")]
    [InlineData("Ukrainian and Russian commanders agreed on Tuesday to an immediate and unconditional truce around the plant.")]
    [InlineData("Peru's government agreed on a ceasefire with the rebels.")]
    public void Agreeing_to_a_ceasefire_is_the_truce(string text) =>
        EventTestDocuments.AssertBest(text, "AGREE", "0871", Factuality.Asserted);

    [Theory]
    [InlineData("Kurdish militants oppose Turkish investment in the dam projects.")]
    [InlineData("Japan's opposition party opposed the American military presence on Okinawa.")]
    [InlineData("Beijing opposes American involvement in the dispute over the islands.")]
    public void Opposing_another_s_activity_disapproves_of_it(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Cameo == "111" && e.Rule.StartsWith("accuse.oppose-conduct.v2", StringComparison.Ordinal));
    }

    [Fact]
    public void Opposing_a_bill_still_rejects_it() =>
        Assert.Contains(EventTestDocuments.Run("Mexico's president opposed the bill on border security.").Events, e => e.Cameo == "120");

    [Theory]
    [InlineData("Russian President Vladimir Putin welcomed Brazilian President Luiz Inacio Lula da Silva to the Kremlin on Friday.")]
    [InlineData("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed at State House in Nairobi.")]
    public void Welcoming_a_guest_hosts_a_visit(string text) =>
        EventTestDocuments.AssertBest(text, "CONSULT", "043", Factuality.Asserted);

    [Theory]
    [InlineData("Russian President Vladimir Putin welcomed Lula's offer to mediate between Moscow and Kyiv.")]
    [InlineData("Kenyan President William Ruto welcomed the decision by Ethiopia to reopen the border.")]
    public void Welcoming_a_deed_stays_praise(string text) =>
        EventTestDocuments.AssertBest(text, "SUPPORT", "051", Factuality.Asserted);

    [Theory]
    [InlineData("The Greek army said it had shot down two Turkish drones over the islands.")]
    [InlineData("Ukraine's air force shot down 40 Russian drones overnight, officials said.")]
    public void Shooting_down_an_aircraft_is_conventional_force(string text) =>
        EventTestDocuments.AssertBest(text, "ASSAULT", "190", Factuality.Asserted);

    [Fact]
    public void Shooting_down_people_stays_with_the_sides() // here a state's police and its own protesters: violent repression, not air defence
        => EventTestDocuments.AssertBest("Police shot down three protesters in the capital of Kenya.", "ASSAULT", "175", Factuality.Asserted);

    [Theory]
    [InlineData("Peru's president ordered 2,000 marines into the port city of Callao.", "MOBILIZE", "154")]
    [InlineData("Ukraine's president ordered the troops back to their barracks.", "RETREAT", "0874")]
    public void Troops_ordered_to_a_place_or_back_are_the_orderer_s_own_move(string text, string plover, string cameo) =>
        EventTestDocuments.AssertBest(text, plover, cameo, Factuality.Asserted);

    [Fact]
    public void Refusing_to_let_food_in_is_no_hunger_strike()
    {
        var document = EventTestDocuments.Run("Myanmar's generals refused to allow Thai food aid across the border.");
        Assert.DoesNotContain(document.Events, e => e.Plover == "PROTEST");
        Assert.Contains(document.Events, e => e.Plover == "REJECT");
    }

    [Theory]
    [InlineData("Jailed Iranian activists refused food for a week to protest their conditions.")]
    [InlineData("The jailed Bahraini activist Abdulhadi al-Khawaja has refused all food since Monday.")]
    public void Refusing_one_s_own_food_is_a_hunger_strike(string text) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo == "142");

    [Theory]
    [InlineData("Russia sent swarms of drones into Ukrainian territory overnight.", "195")]
    [InlineData("The Greek army said it had shot down two Turkish drones over the islands.", "190")]
    public void A_weapon_sent_into_territory_is_coded_by_the_weapon(string text, string cameo) =>
        EventTestDocuments.AssertBest(text, "ASSAULT", cameo, Factuality.Asserted);

    [Theory]
    [InlineData("The rebels in Congo handed over all their weapons to the army.")]
    [InlineData("The separatists in Azerbaijan turned in all remaining rifles and ammunition on Sunday.")]
    public void Handing_over_all_weapons_disarms(string text) =>
        EventTestDocuments.AssertBest(text, "RETREAT", "0873", Factuality.Asserted);

    [Theory]
    [InlineData("The European Union added 40 Russian firms to its sanctions list on Friday.")]
    [InlineData("Britain added 20 individuals and entities to the asset freeze and travel ban list, including firms in Iran.")]
    [InlineData("Japan put three North Korean shipping firms on its blacklist.")]
    public void Adding_to_a_sanctions_list_sanctions(string text) =>
        EventTestDocuments.AssertBest(text, "SANCTION", "163", Factuality.Asserted);

    [Fact]
    public void A_business_lobby_is_a_group_not_an_appeal()
    {
        var document = EventTestDocuments.Run("Canada's chamber of commerce, an influential industry lobby in Ottawa, said the levies would hurt workers.");
        Assert.DoesNotContain(document.Events, e => e.Plover == "REQUEST");
    }

    [Fact]
    public void Lobbying_a_government_still_appeals() =>
        Assert.Contains(EventTestDocuments.Run("Farmers in France lobby the government for subsidies.").Events, e => e.Plover == "REQUEST");
}
