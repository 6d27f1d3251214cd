namespace Parley.Pipeline.Tests.Events;

/// <summary>An armed group's positions, bases or camps that an attack struck are of the country they lie in.</summary>
public class StruckHoldingsTests
{
    [Theory]
    [InlineData("French jets bombed Islamic State positions near the Iraqi town of Tikrit on Sunday.", "IRQ")]
    [InlineData("Russian jets bombed rebel positions near the Syrian city of Idlib.", "SYR")]
    public void Struck_holdings_are_of_the_country_they_lie_in(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text, new DateOnly(2016, 5, 10)).Events);
        Assert.Equal(("ASSAULT", target), (e.Plover, EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.holdings", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_s_own_named_rebels_stay_its_own_abroad()
    {
        var e = Assert.Single(EventTestDocuments.Run("Turkish jets struck PKK bases in northern Iraq.", new DateOnly(2016, 5, 10)).Events);
        Assert.Equal("TUR", EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void Holdings_in_the_group_s_own_country_change_nothing() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Israeli jets struck Hezbollah targets in southern Lebanon.").Events,
            e => e.Rule.Contains("+target.holdings", StringComparison.Ordinal));
}
