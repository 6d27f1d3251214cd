namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 18: a promise or an offer made on a condition ("if the rebels began talks", "unless ...") is offered to the
/// condition's subject, as a threat's ultimatum is aimed at it. Sentences written for this test.
/// </summary>
public class ConditionalPromisesTests
{
    [Theory]
    [InlineData("The Sri Lankan president promised to withdraw troops from the north if the Tamil Tigers laid down their arms.", "LKA", "LKA")]
    [InlineData("Israel offered to free 200 prisoners if Hamas released the soldier.", "ISR", "PSE")]
    [InlineData("The Sudanese government pledged to open the corridors if the rebels agreed to a truce.", "SDN", "SDN")]
    [InlineData("The Philippine president vowed to lift martial law if the communist rebels returned to talks.", "PHL", "PHL")]
    [InlineData("Turkey agreed to lift its veto if Sweden extradited the suspects.", "TUR", "SWE")]
    [InlineData("Colombia's president-elect promised to pull the army out of three towns if the ELN rebels would begin peace talks.", "COL", "COL")]
    public void A_conditional_promise_is_offered_to_the_conditions_subject(string text, string source, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE" && EventTestDocuments.Countries(e.Source) == source
            && EventTestDocuments.Countries(e.Target) == target);

    [Fact]
    public void An_as_if_clause_is_no_condition() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The Kenyan minister promised to act as if the opposition had won.").Events,
            e => e.Rule.EndsWith("+target.condition", StringComparison.Ordinal));
}
