namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A state may act on its own named people ("Ghana's ruling party endorsed President Mahama"): the same code is no mention
/// of the state itself.
/// </summary>
public class StateOwnPeopleTests
{
    [Theory]
    [InlineData("Ghana's ruling party endorsed President John Mahama as its candidate on Saturday.", "SUPPORT", "GHA", "GHA")]
    [InlineData("Peru's ruling coalition endorsed President Dina Boluarte as its leader on Sunday.", "SUPPORT", "PER", "PER")]
    public void A_state_acts_on_its_own_named_person(string text, string plover, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }
}
