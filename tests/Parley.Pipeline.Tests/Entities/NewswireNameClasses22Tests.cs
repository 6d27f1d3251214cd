namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Round 22's classes of newswire naming errors (issue #4), each pinned by sentences of ours: organisation names that open
/// with a title or honorific or hold "and", "&amp;" or "for the", people named where an ordinary word opens the sentence,
/// titles of works, currencies, and what the noun before or after a name says it names.
/// </summary>
public sealed class NewswireNameClasses22Tests
{
    [Theory]
    [InlineData("Officials of the General Fisheries Office met on Monday.", "General Fisheries Office=ORG")]
    [InlineData("The Justice Ministry denied the report on Tuesday.", "Justice Ministry=ORG")]
    public void ATitleOrHonorificCanOpenAnOrganisationsName(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Lawyers at Marsh & Kettle sued the city.", "Marsh & Kettle=ORG")]
    [InlineData("She wrote for BlueHarbor and Sun and Sea Radio.", "BlueHarbor=ORG | Sun and Sea Radio=ORG")]
    [InlineData("It was reported by the Lakeside Post and Radio Vanta.", "Lakeside Post=ORG | Radio Vanta=ORG")]
    [InlineData("He worked at the Ministry of Fisheries and Forests.", "Ministry of Fisheries and Forests=ORG")]
    [InlineData("The Society for the Protection of River Dolphins sued.", "Society for the Protection of River Dolphins=ORG")]
    [InlineData("It was reported by the Kigali Daily on Friday.", "Kigali Daily=ORG")]
    public void OrganisationNamesAreJoinedAndSplitByTheirWords(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Bright Moyo, a farmer near the border, lost his cattle.", "Bright Moyo=PERSON")]
    [InlineData("Golden Sibanda, 34, runs a shop in the market.", "Golden Sibanda=PERSON")]
    [InlineData("She interviewed the poet Clever Ndlovu in May.", "Clever Ndlovu=PERSON")]
    [InlineData("The trial of Pedro Ruben Zamora’s son began.", "Pedro Ruben Zamora=PERSON")]
    public void APersonNounAnAgeOrAFirstNameMakesAPerson(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("\"Prices will rise,\" said Tomas Berg, an analyst with Kestrelline.", "Tomas Berg=PERSON | Kestrelline=ORG")]
    [InlineData("Her travel agency, Sakurada, books tours to Kyoto.", "Sakurada=ORG | Kyoto=GPE")]
    [InlineData("Police raided the Hill Top gang on Monday. Residents of the Hill Top slum fled.", "Hill Top=ORG | Hill Top=LOC")]
    public void TheNounAroundANameSaysWhatItNames(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("The memoir by Ana Ruiz, \"Letters From Carlos Mendez,\" was banned.", "Ana Ruiz=PERSON")]
    [InlineData("\"As I told you, we are ready,\" Carla Lopez said.", "Carla Lopez=PERSON")]
    [InlineData("The fine was 40 million Singapore dollars.", "")]
    public void WorksPronounsAndCurrenciesAreNoNames(string text, string expected) => Check(text, expected);

    private static void Check(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));
}
