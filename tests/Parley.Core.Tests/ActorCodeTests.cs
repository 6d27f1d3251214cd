namespace Parley.Core.Tests;

/// <summary>An actor code names a side's country when it has three letters and is not the unknown "---".</summary>
public class ActorCodeTests
{
    [Theory]
    [InlineData("KEN", "GOV", true)]
    [InlineData("IGO", null, true)]
    [InlineData("---", "CVL", false)]
    [InlineData("", "GOV", false)]
    public void Knows_whether_it_names_a_country(string country, string? sector, bool known) =>
        Assert.Equal(known, new ActorCode(country, sector).KnownCountry);
}
