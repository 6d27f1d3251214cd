namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Defence Force(s)" and "Defense Force(s)" are a state's military, as "army" and "armed forces" are: many states name their
/// armies so ("the Botswana Defence Force"), and a name the knowledge base lacks must not become a person called "Defence Force".
/// </summary>
public class DefenceForcesTests
{
    [Theory]
    [InlineData("The Malawi Defence Force deployed troops along the border on Monday.", "MWIMIL")]
    [InlineData("Zambian defence forces arrested four smugglers near the river.", "ZMBMIL")]
    [InlineData("The Lesotho Defense Force arrested two opposition activists.", "LSOMIL")]
    public void A_defence_force_is_its_states_military(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(source, string.Join(",", e.Source.Select(a => a.Code.Code)));
    }

    [Fact]
    public void Defence_force_is_no_persons_name() =>
        Assert.DoesNotContain(EventTestDocuments.Run("The Malawi Defence Force said the vote was calm.").Entities, e => e.Type == Core.EntityType.Person);
}
