namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Perpetrators named only by what they are or carry ("armed men", "masked men", "assailants", "raiders") are an armed
/// group (REB) of the country where they struck, as "gunmen" and "attackers" are.
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
}
