namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Colombia's FARC rebels", "Russia's Gazprom": a possessive country before a body of its own, with only names between,
/// says where the body belongs; the body acts with its own sector, not the country's government. A body of another
/// country or none ("Turkey's EU talks") leaves the country as it was. The sentences are invented for these tests.
/// </summary>
public class PossessedBodiesTests
{
    [Theory]
    [InlineData("Mexico's Zapatista rebels attacked an army post.", "MEXREB")]
    [InlineData("Colombia's FARC rebels kidnapped two soldiers.", "COLREB")]
    [InlineData("Peru's Shining Path guerrillas bombed a police station.", "PERREB")]
    [InlineData("Lebanon's Hezbollah fired rockets at Israel.", "LBNREB")]
    [InlineData("Nigeria's Boko Haram militants abducted 20 girls.", "NGAREB")]
    [InlineData("Iran's Revolutionary Guards seized a British tanker.", "IRNMIL")]
    [InlineData("Russia's Gazprom cut gas supplies to Ukraine.", "RUSBUS")]
    [InlineData("Uganda's Lord's Resistance Army raided three villages.", "UGAREB")]
    public void A_countrys_own_body_after_its_possessive_acts(string text, string code)
    {
        var found = EventTestDocuments.Best(text);
        Assert.NotNull(found);
        Assert.Equal(code, string.Join(",", found.Source.Select(a => a.Code.Country + a.Code.Sector)));
    }
}
