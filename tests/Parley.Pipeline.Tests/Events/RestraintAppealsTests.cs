namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Restraint shown eases a military engagement (087); asked for by an appeal it is an appeal for de-escalation (0256), addressed
/// to the two sides of the fighting told just before.
/// </summary>
public class RestraintAppealsTests
{
    [Theory]
    [InlineData("Armenian and Azerbaijani troops exchanged fire along the border on Monday.\n\nGermany and Brazil both called for restraint.", "DEU,BRA", "ARM,AZE")]
    [InlineData("Armenian and Azerbaijani troops exchanged fire along the border on Monday.\n\nIndonesia urged both sides to exercise restraint.", "IDN", "ARM,AZE")]
    public void An_appeal_for_restraint_is_an_appeal_for_de_escalation(string text, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => e.Plover == "REQUEST");
        Assert.Equal(("0256", source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Restraint_shown_by_a_force_eases_the_engagement()
    {
        EventTestDocuments.AssertBest("Pakistani troops showed restraint along the Line of Control on Friday.", "RETREAT", "087", Parley.Core.Factuality.Asserted);
    }
}
