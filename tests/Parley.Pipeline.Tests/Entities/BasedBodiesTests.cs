using Parley.Pipeline.Tests.Events;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "the Kenya-based group Haki Watch": a body the knowledge base lacks, described by where it is based ("-based",
/// "-headquartered") before its kind, is of that country, not of the other country its sentence names.
/// </summary>
public sealed class BasedBodiesTests
{
    [Theory]
    [InlineData("The Kenya-based group Haki Watch accused Uganda of torturing activists.", "KEN")]
    [InlineData("The Britain-based firm Northgate Mining sued Zambia over the licence.", "GBR")]
    [InlineData("A Senegal-based organisation called Terre Vive accused Mali of blocking aid.", "SEN")]
    [InlineData("The Canada-headquartered company Boreal Metals criticised Peru over the new royalties.", "CAN")]
    [InlineData("The Germany-based group Lichtblick Aid praised Ukraine for the reforms.", "DEU")]
    [InlineData("The Nigeria-based party Delta Voice Congress condemned Cameroon over the arrests.", "NGA")]
    public void A_body_is_of_the_country_it_is_based_in(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void A_body_backed_by_a_country_is_not_based_there()
    {
        var e = EventTestDocuments.Best("The Iran-backed group Saraya Awliya accused Iraq of arresting its members.");
        Assert.True(e is null || EventTestDocuments.Countries(e.Source) != "IRN");
    }
}
