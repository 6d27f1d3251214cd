namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Perpetrators named only by what they are or carry ("armed men", "masked men", "assailants", "raiders") are an armed
/// group (REB) of the country where they struck, as "gunmen" and "attackers" are; security and intelligence agents are a
/// state's intelligence service (SPY).
/// </summary>
public class UnnamedPerpetratorsTests
{
    [Theory]
    [InlineData("Armed men killed six farmers in Nigeria on Sunday, the police said.", "NGA")]
    [InlineData("Masked men abducted two aid workers in northern Mali overnight.", "MLI")]
    [InlineData("Assailants on motorcycles attacked a village in Burkina Faso, killing nine people.", "BFA")]
    [InlineData("Raiders attacked a village in Chad's Lake province and killed four herders.", "TCD")]
    public void Unnamed_armed_people_act_where_they_struck(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal("ASSAULT", best.Plover);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }

    [Theory]
    [InlineData("Intelligence agents detained two Iranian lawyers in Tehran.", "IRN")]
    [InlineData("Security agents arrested three Egyptian students in Alexandria on Monday.", "EGY")]
    public void A_states_security_agents_are_its_intelligence_service(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
        Assert.Equal("SPY", best.Source[0].Code.Sector);
    }
}
