namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Round 61's shapes of organisation names the recogniser split or missed, each pinned by sentences of ours: a country
/// opening a body's name that goes on through "and" or "of" to its organisation word, two names joined by "and" when a
/// word that only closes a name ends the first, industrial bodies ("Mines", "Limited", "Confederation"; not "Works", which titles hold: "Public Works Secretary"), and
/// a firm named after its trade noun ("state utility Norvanta", "the Kalvik union").
/// </summary>
public sealed class OrganisationShapes61Tests
{
    [Theory]
    [InlineData("The Kenya Paper Makers and Printers Association said mills would close.", "Kenya Paper Makers and Printers Association=ORG")]
    [InlineData("He chairs the Ghana Roads and Free Zones Authority.", "Ghana Roads and Free Zones Authority=ORG")]
    [InlineData("The Ghana Gold Mines laid off 200 people.", "Ghana Gold Mines=ORG")]
    [InlineData("Output fell at Zambia Copper Limited last year.", "Zambia Copper Limited=ORG")]
    public void ACountryOpeningABodysNameIsPartOfIt(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("The Harbor Cement Company and Valley Glass Limited signed the deal.", "Harbor Cement Company=ORG | Valley Glass Limited=ORG")]
    [InlineData("He spoke to the Assembly Energy and Mines Committee on Friday.", "Assembly Energy and Mines Committee=ORG")]
    public void AWordThatOnlyClosesANameEndsTheFirstOfTwo(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("State utility Norvanta cut power to the mills on Friday.", "Norvanta=ORG")]
    [InlineData("Dockers of the Kalvik union stopped work on Monday.", "Kalvik=ORG")]
    [InlineData("The Confederation of Ruritanian Employers declined to comment.", "Confederation of Ruritanian Employers=ORG")]
    public void ATradeNounNamesAFirmOrUnion(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("\"Prices will fall,\" said commodities trader Tomas Berg.", "Tomas Berg=PERSON")]
    [InlineData("The Lakeside Post and Radio Vanta reported the strike.", "Lakeside Post=ORG | Radio Vanta=ORG")]
    public void TheNewShapesKeepTheirLimits(string text, string expected) => Check(text, expected);

    private static void Check(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));
}
