namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 30: a fight told by its noun without its own doer ("the ensuing firefight with the guards", "the subsequent clashes")
/// is fought by the sides of the violence the story just told, both ways; with no such violence, no sides are made up.
/// Stories written for this test.
/// </summary>
public class FightSidesTests
{
    [Theory]
    [InlineData("Chadian rebels attacked Sudanese troops near Geneina on Monday. Four of the rebels died in the ensuing firefight with the Sudanese army.", "+source.foe", "SDN,TCD")]
    [InlineData("Armed men from Mali ambushed Nigerien soldiers near the border on Friday. Nine people were killed in a gunbattle with Nigerien troops.", "+source.foe", "MLI,NER")]
    [InlineData("Ethiopian troops shelled Eritrean positions near Badme on Tuesday. Dozens were killed in the ensuing fighting, officials said.", "+sides.ensuing", "ERI,ETH")]
    public void A_fight_without_its_doer_is_fought_by_the_sides_of_the_violence_just_told(string text, string suffix, string sides)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Rule.Contains(suffix, StringComparison.Ordinal));
        Assert.Equal((sides, sides), (Countries(e.Source), Countries(e.Target)));
    }

    [Theory]
    // No violence before, or only violence of three sentences back: the fight keeps no sides.
    [InlineData("Four of the rebels died in the ensuing firefight with Sudanese soldiers.")]
    [InlineData("Ethiopian troops shelled Eritrean positions near Badme on Tuesday. The region is dry. Farmers left their fields. Aid groups asked for food. Dozens were killed in the ensuing fighting.")]
    // "the fighting" that does not follow the act just told is the same fight told again, not a new one.
    [InlineData("Ethiopian troops shelled Eritrean positions near Badme on Tuesday. Dozens were killed in the fighting, officials said.")]
    // A talk, not violence, just told names no fighters.
    [InlineData("Kenya's president met Somalia's president in Nairobi on Monday. Dozens were killed in the ensuing fighting.")]
    public void A_fight_with_no_violence_just_told_keeps_no_sides(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.foe", StringComparison.Ordinal) || e.Rule.Contains("+sides.ensuing", StringComparison.Ordinal));

    private static string Countries(IReadOnlyList<Parley.Core.EventActor> actors) =>
        string.Join(",", actors.Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal));
}
