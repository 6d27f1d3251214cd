namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A state's former name and its people's name under it stand for the state today: Zaire is the Democratic Republic of the
/// Congo, Rhodesia Zimbabwe, Dahomey Benin, Upper Volta Burkina Faso (as Burma is Myanmar). The sentences are invented.
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
    public void A_former_name_stands_for_the_state_today(string text, string name, string country)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range).StartsWith(name, StringComparison.Ordinal));
        Assert.Equal(country, document.Entities[mention.Entity].Actor?.Country);
    }
}
