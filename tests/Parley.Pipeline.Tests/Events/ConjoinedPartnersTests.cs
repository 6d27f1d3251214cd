namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// In joint talks or an agreement whose subject joins a named side and people named by what they are, those people are the
/// other side. Sentences written for these tests.
/// </summary>
public sealed class ConjoinedPartnersTests
{
    [Theory]
    [InlineData("Envoys from the Colombian government and leftist guerrillas held a new round of talks in Havana on Monday.", "CONSULT", "COL", "COL")]
    [InlineData("Officials from the Ugandan government and northern rebels signed a truce on Friday.", "AGREE", "UGA", "UGA")]
    [InlineData("Mali's ruling junta and the main opposition alliance reached a deal on Monday to hold elections next year.", "AGREE", "MLI", "MLI")]
    public void The_unnamed_conjunct_of_a_joint_act_is_its_other_side(string text, string plover, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == plover);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.conjoined", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Envoys from the Colombian government, who arrived on Sunday, and their advisers held talks in Havana.")]
    [InlineData("The Colombian foreign minister and his wife visited Havana on Monday.")]
    [InlineData("Mali's ruling junta and the national football team reached a deal on Monday over the stadium.")]
    public void A_conjunct_past_a_clause_or_of_no_people_word_is_not_read(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.conjoined", StringComparison.Ordinal));

    [Theory]
    [InlineData("The Philippine government and communist rebels agreed to reopen talks in Oslo.", "PHL", "PHL")]
    [InlineData("Sudanese army officers and the protest leaders agreed to hold talks on a transition on Sunday.", "SDN", "SDN")]
    public void A_framed_joint_act_takes_the_conjunct_too(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("AGREE", source, target), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.conjoined", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_framed_act_that_is_not_joint_keeps_its_own_target()
    {
        // The rebels act with the government here; the gangs are what they agree to attack.
        var e = EventTestDocuments.Best("The Colombian government and the rebels agreed to attack the drug gangs together.");
        Assert.NotNull(e);
        Assert.DoesNotContain("+target.conjoined", e.Rule, StringComparison.Ordinal);
    }
}
