using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 39: which violent root, and who fought. Rules stated from CAMEO's definitions and the gold sets' conventions, each
/// checked on sentences written for this test about other events: a coup is coercion (17), not a fight; a state closing its
/// border restricts movement by decree (172) where sealing it with forces is 191; the police killing people no actor names
/// repress them (175); an attack on a military holding is fighting (19x); hand weapons make physical assault (182);
/// combatants in a toll with no doer fell to the foe of the story's latest violence; planned or supposed attacks are none.
/// </summary>
public sealed class ViolentRootsAndSidesTests
{
    [Theory]
    [InlineData("Sudanese and Chadian troops clashed near Adre on Sunday. Sudan's army said eleven of its soldiers were killed in the fighting.", "TCD", "SDN")]
    [InlineData("Fighting erupted between Thai and Cambodian forces on Monday. Six Cambodian soldiers had been killed, the ministry in Phnom Penh said.", "THA", "KHM")]
    [InlineData("Clashes broke out on Friday between Armenian and Azerbaijani troops along the border. Armenia's defence ministry said 15 of its servicemen were killed.", "AZE", "ARM")]
    public void Combatants_fallen_in_a_toll_fell_to_the_foe_of_the_latest_violence(string text, string attacker, string fallen)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.fallen", StringComparison.Ordinal));
        Assert.Equal(("190", attacker, fallen), (e.Cameo, Countries(e.Source), Countries(e.Target)));
    }

    [Theory]
    // Civilians killed in the fighting: who killed them is not told.
    [InlineData("Fighting broke out between Sudanese and Chadian troops near Adre on Sunday. Nine civilians were killed in the fighting.")]
    // No violence told before the toll.
    [InlineData("Sudan's army said eleven of its soldiers were killed in an ambush.")]
    // The latest violence was five sentences back.
    [InlineData("Sudanese and Chadian troops clashed near Adre on Sunday. The region is dry. Farmers left their fields. Aid groups asked for food. Donors met in Geneva. Sudan's army said eleven of its soldiers were killed.")]
    public void A_toll_with_no_foe_told_keeps_no_sides(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+sides.fallen", StringComparison.Ordinal));

    [Theory]
    [InlineData("Clashes broke out on Friday between Armenian and Azerbaijani troops along the border.", "ARM,AZE")]
    [InlineData("Heavy fighting erupted between Ethiopia and Eritrea along the border on Friday.", "ERI,ETH")]
    public void A_fight_noun_takes_the_sides_after_its_verb_of_occurrence(string text, string sides)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal(("190", sides, sides), (e.Cameo, Countries(e.Source), Countries(e.Target)));
    }

    [Theory]
    [InlineData("Rights groups said dozens of people were killed by riot police in Conakry after the vote.", "killed")]
    [InlineData("Opposition leaders said security forces in Zambia had shot dead six of its supporters.", "shot dead")]
    [InlineData("Police in Lima fired tear gas at crowds outside the congress building.", "fired tear gas")]
    [InlineData("Police in Zambia fired tear gas at opposition marchers in Lusaka on Monday. The party said at least six of its supporters had been shot dead by security forces.", "shot dead")]
    public void The_police_killing_or_firing_on_unarmed_people_at_home_repress_them(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal("175", e.Cameo);
        Assert.Equal(Countries(e.Source), Countries(e.Target));
    }

    [Theory]
    // Armed victims are no civilians; troops need a protest told.
    [InlineData("Police said five suspected militants had been killed by security forces in Guinea.", "killed")]
    [InlineData("Soldiers in Mali killed twelve villagers near Mopti, residents said.", "killed")]
    public void Violence_on_armed_men_or_by_troops_with_no_protest_is_no_repression(string text, string trigger) =>
        Assert.NotEqual("175", CodeAt(text, trigger));

    [Theory]
    [InlineData("Jihadist militants attacked several Burkinabe army posts near Djibo on Sunday.", "attacked", "190")]
    [InlineData("Syrian Kurdish forces attacked several Turkish border posts along the frontier on Sunday.", "attacked", "190")]
    [InlineData("Jihadist militants attacked a refugee camp near Djibo on Sunday.", "attacked", "180")]
    [InlineData("Settlers armed with clubs and stones attacked Palestinian farmers near Nablus, injuring four.", "attacked", "182")]
    [InlineData("Gunmen armed with rifles and machetes attacked a village in Plateau state, killing 30 people.", "attacked", "180")]
    public void Holdings_and_hand_weapons_choose_the_root(string text, string trigger, string cameo) =>
        Assert.Equal(cameo, CodeAt(text, trigger));

    [Theory]
    [InlineData("Army officers in Niger seized power on Wednesday.", "seized power", "COERCE", "170")]
    [InlineData("Algeria closed its border with Morocco on Tuesday.", "closed its border", "COERCE", "163")] // roots47: shut against a state, an embargo (ClosedBorders)
    [InlineData("Israeli troops sealed the crossings into Gaza on Tuesday.", "sealed the crossings", "COERCE", "191")]
    [InlineData("Protesters shut the border crossing with Chile on Tuesday.", "shut the border crossing", "PROTEST", "144")]
    [InlineData("Troops loyal to the general stormed the presidential palace in Niamey on Wednesday.", "stormed", "ASSAULT", "190")]
    public void Coups_and_closed_borders_are_coercion(string text, string trigger, string plover, string cameo)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal));
        Assert.Equal((plover, cameo), (e.Plover, e.Cameo));
    }

    [Fact]
    public void A_border_closed_with_no_neighbour_named_is_closed_against_the_state_last_dealt_with()
    {
        var document = EventTestDocuments.Run("Somalia accused Kenya of arming clan militias along the frontier. Kenya shut its border crossings at Mandera and Liboi on Tuesday.");
        var e = Assert.Single(document.Events, e => e.Cameo == "163"); // roots47: shut against a state (ClosedBorders)
        Assert.Equal(("KEN", "SOM"), (Countries(e.Source), Countries(e.Target)));
        Assert.Contains("+target.closure", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nigerian officials said the group used bases in Niger to plot attacks on Nigerian towns.")]
    [InlineData("The two states signed a defence pact pledging aid to each other in the event of an attack.")]
    [InlineData("The ministers agreed to help one another in case of attack by a third state.")]
    public void Planned_or_supposed_attacks_are_no_violence(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");

    private static string? CodeAt(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        foreach (var e in document.Events)
            if (e.Plover == "ASSAULT" && document.Slice(e.Trigger).StartsWith(trigger, StringComparison.Ordinal))
                return e.Cameo;
        return null;
    }

    private static string Countries(IReadOnlyList<EventActor> actors) =>
        string.Join(",", actors.Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal));
}
