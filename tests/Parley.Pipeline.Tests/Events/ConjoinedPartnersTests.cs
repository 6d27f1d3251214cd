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
}
