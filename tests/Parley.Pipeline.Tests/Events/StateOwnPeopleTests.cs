using Parley.Core;

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
    // a request to the state's own named leader is aimed at him, not at the state in general (+target.self before)
    [InlineData("Kenya's ruling party formally asked President Daniel Moi on Friday to resign.", "REQUEST", "KEN", "KEN")]
    public void A_state_acts_on_its_own_named_person(string text, string plover, string source, string target)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => e.Plover == plover);
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.Equal(EntityType.Person, document.Entities[Assert.Single(e.Target).Entity].Type);
    }
}
