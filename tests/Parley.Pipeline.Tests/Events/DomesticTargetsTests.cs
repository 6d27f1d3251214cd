namespace Parley.Pipeline.Tests.Events;

/// <summary>The unnamed people a state coerces are its own civilians; those it deports are not.</summary>
public class DomesticTargetsTests
{
    [Theory]
    [InlineData("Afghan authorities have barred girls from attending secondary school.", "AFG")]
    [InlineData("Iranian police arrested three journalists in Tehran on Monday.", "IRN")]
    [InlineData("The Kenyan government banned civilians from traveling on the coastal road.", "KEN")]
    [InlineData("Two journalists were detained by Egyptian police on Monday.", "EGY")]
    [InlineData("The opposition leader was arrested by Ugandan police at a rally.", "UGA")]
    public void A_state_coerces_its_own_people(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("COERCE", target), (e.Plover, EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void Deported_people_are_not_the_state_s_own() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Thailand began deporting dozens of migrants on Thursday.").Events, e => e.Rule.Contains("+target.domestic", StringComparison.Ordinal));
}
