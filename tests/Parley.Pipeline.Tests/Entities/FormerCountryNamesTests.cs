namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A state's former name and its people's name under it stand for the state today: Zaire is the Democratic Republic of the
/// Congo, Rhodesia Zimbabwe, Dahomey Benin, Upper Volta Burkina Faso (as Burma is Myanmar); a divided or dissolved
/// state is its successor (East and West Germany Germany, Czechoslovakia the Czech Republic, Yugoslavia Serbia). The sentences are invented.
/// </summary>
public sealed class FormerCountryNamesTests
{
    [Theory]
    [InlineData("Zaire expelled two Belgian diplomats on Monday.", "Zaire", "COD")]
    [InlineData("Zairean troops fled the advancing rebels.", "Zairean", "COD")]
    [InlineData("Rhodesia declared independence from Britain.", "Rhodesia", "ZWE")]
    [InlineData("Rhodesian forces raided guerrilla camps in Mozambique.", "Rhodesian", "ZWE")]
    [InlineData("Dahomey recalled its ambassador from Paris.", "Dahomey", "BEN")]
    [InlineData("Upper Volta closed its border with Mali.", "Upper Volta", "BFA")]
    // a divided or dissolved state stands for its successor today (as the Soviet Union stands for Russia)
    [InlineData("East Germany opened its border crossings overnight.", "East Germany", "DEU")]
    [InlineData("West German officials welcomed the refugees in Giessen.", "West German", "DEU")]
    [InlineData("Czechoslovakia recalled its ambassador from Vienna.", "Czechoslovakia", "CZE")]
    [InlineData("Yugoslavia imposed a curfew in the southern province.", "Yugoslavia", "SRB")]
    [InlineData("South Yemen accused the north of massing troops on the border.", "South Yemen", "YEM")]
    [InlineData("Byelorussia declared its sovereignty on Friday.", "Byelorussia", "BLR")]
    public void A_former_name_stands_for_the_state_today(string text, string name, string country)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range).StartsWith(name, StringComparison.Ordinal));
        Assert.Equal(country, document.Entities[mention.Entity].Actor?.Country);
    }
}
