namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Forces put on alert in the passive with no by-phrase ("Ghana's army was placed on high alert", "said its bases had been put
/// on alert") are their owner's instrument: the owner named before them is the source; negotiations held are the holder's.
/// </summary>
public sealed class ForcesOwnersTests
{
    [Theory]
    [InlineData("Ghana's army was placed on high alert after the border incident.", "GHA")]
    [InlineData("Chile said its naval bases in the south had been put on alert.", "CHL")]
    [InlineData("Peru's president said the country's army had been placed on combat readiness.", "PER")]
    public void The_owner_of_the_forces_put_them_on_alert(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.forces-owner", StringComparison.Ordinal));
        Assert.Equal(("MOBILIZE", source), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Ghanaian troops were placed on alert by the defence minister on Monday.")]
    [InlineData("The army placed its units on alert.")]
    public void A_named_agent_or_an_active_clause_is_not_read_as_an_owner(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.forces-owner", StringComparison.Ordinal));

    [Fact]
    public void Negotiations_held_are_the_subjects_own()
    {
        var e = Assert.Single(EventTestDocuments.Run("Ghana and Togo held a fresh round of negotiations on the border dispute.").Events, e => e.Plover == "CONSULT");
        Assert.Equal(("046", "consult.hold-negotiations.v1"), (e.Cameo, e.Rule));
    }
}
