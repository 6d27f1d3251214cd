namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Classes of newswire naming errors found on our hand-annotated VOA development stories (issue #4), each pinned by
/// sentences of ours: what a name's span is and what it names.
/// </summary>
public sealed class NewswireNameClassesTests
{
    [Theory]
    [InlineData("Talks resumed in March after a pause.", "")]
    [InlineData("The ministry reported the first cases in March 2020.", "")]
    public void MonthsAreTimesNotPlaces(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("said Lena Brandt of Istanbul's Kadir Has University.", "Lena Brandt=PERSON | Istanbul=GPE | Kadir Has University=ORG")]
    [InlineData("She hosts a show on Halvorsen Radio's Farsi Service.", "Halvorsen Radio=ORG | Farsi Service=ORG")]
    [InlineData("Migrants were flown to Guantanamo Bay's detention center.", "Guantanamo Bay=LOC")]
    public void APossessiveEndsAName(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("He was confirmed as Deputy Secretary of State in May.", "")]
    [InlineData("“We disagree,” the Deputy Secretary of State said.", "")]
    public void TitlesAreNotNames(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Twenty-year-old Amina Farah said she fled.", "Amina Farah=PERSON")]
    [InlineData("Survey ships circled Malaysian-claimed Luconia Reef.", "Luconia Reef=LOC")]
    public void HyphenatedDescriptionsAreNotPartOfNames(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Supporters of the Muslim Brotherhood marched.", "Muslim Brotherhood=ORG")]
    [InlineData("She flew to Oslo with Sable Air Lines.", "Oslo=GPE | Sable Air Lines=ORG")]
    [InlineData("He remained in Parliament after the vote.", "Parliament=ORG")]
    [InlineData("Photos spread on YouTube within hours.", "YouTube=ORG")]
    [InlineData("She flew JetBlue to Boston.", "JetBlue=ORG | Boston=GPE")]
    [InlineData("He told Radio France International that the vote was fair.", "Radio France International=ORG")]
    public void OrganisationsByTheirWords(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Ministers debated the Schengen Agreement before Schengen rules changed.", "Schengen Agreement=OTHER | Schengen=OTHER")]
    [InlineData("Last spring the assembly passed a Coast Guard Law on seizing cargo.", "Coast Guard Law=OTHER")]
    [InlineData("He carried an AK-47 rifle.", "AK-47=OTHER")]
    [InlineData("The holiest site in Judaism is nearby.", "Judaism=NORP")]
    public void LawsProductsAndFaithsAreNotOrganisationsOrPlaces(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Florence Ozor, who leads the campaign, spoke.", "Florence Ozor=PERSON")]
    [InlineData("Hassan Mudane lectures on politics.", "Hassan Mudane=PERSON")]
    public void AFirstNameThatIsAlsoATownStartsAPersonsName(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Albania Seen Tightening Control in Disputed Valley with Revised Law", "Albania=GPE")]
    public void HeadlineCaseIsNotANameCue(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("The jail in Croix des Bouquets was emptied.", "Croix des Bouquets=GPE")]
    [InlineData("Lawyer Lionel Bethune de Moro disagreed.", "Lionel Bethune de Moro=PERSON")]
    [InlineData("The court in The Hague ruled on Wednesday.", "The Hague=GPE")]
    public void ParticlesAndArticlesInsideNames(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("She was kept at the Pinewood Detention Facility in Arizona.", "Pinewood Detention Facility=FAC | Arizona=LOC")]
    [InlineData("Officials plan to close the Dadaab and Kakuma camps.", "Dadaab=GPE | Kakuma=GPE")]
    [InlineData("Blasts hit the Dasht-e-Barchi neighborhood.", "Dasht-e-Barchi=GPE")]
    public void PlacesByTheNounAfterThem(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Diplomats asked the U.N. Security Council to meet.", "U.N. Security Council=ORG")]
    [InlineData("She joined the Council on Foreign Relations in 2019.", "Council on Foreign Relations=ORG")]
    [InlineData("He directs the Center for Maritime Analysis and the Coastal Risk Program.", "Center for Maritime Analysis=ORG | Coastal Risk Program=ORG")]
    [InlineData("The Alliance of Coastal Towns wrote to the minister.", "Alliance of Coastal Towns=ORG")]
    [InlineData("It wrote to the Commission on the Status of the Inland Seas.", "Commission on the Status of the Inland Seas=ORG")]
    [InlineData("The batch of Norvax Biotech COVID-19 vaccine arrived.", "Norvax Biotech=ORG | COVID-19=OTHER")]
    public void OrganisationNamesAreReadWhole(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("The Coastal Fisheries Protection Plan, or CFPP, took effect. The CFPP bans trawling.", "Coastal Fisheries Protection Plan=OTHER | CFPP=OTHER | CFPP=OTHER")]
    [InlineData("Tests found COVID in 12 samples.", "COVID=OTHER")]
    [InlineData("It left the Treaty of Open Fields, or TOOF, in May. The TOOF lapsed.", "Treaty of Open Fields=OTHER | TOOF=OTHER | TOOF=OTHER")]
    public void AcronymsTakeTheTypeOfTheNameTheySpell(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Activists praised the Muslim Brothers in Cairo.", "Muslim Brothers=NORP | Cairo=GPE")]
    [InlineData("The Bill of Rights protects speech.", "Bill of Rights=OTHER")]
    public void GroupsAndCharters(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Ardian Kolami resigned. Kolami's opponents cheered.", "Ardian Kolami=PERSON | Kolami=PERSON")]
    [InlineData("The report was written by Ahn So-young.", "Ahn So-young=PERSON")]
    [InlineData("said Turkish Presidential Advisor Mesut Oran of the ministry.", "Mesut Oran=PERSON")]
    [InlineData("Reporting by Mary Trump and Ivo Halvorsen.", "Mary Trump=PERSON | Ivo Halvorsen=PERSON")]
    public void PeopleWithPossessivesAndHyphenatedGivenNames(string text, string expected) => Check(text, expected);

    [Theory]
    [InlineData("Flights left KBX airport at noon.", "KBX=FAC")]
    [InlineData("Notorious history The Varnaby prison is old.", "Varnaby=FAC")]
    [InlineData("Families fled to the Marsabet camp. Later Marsabet was closed.", "Marsabet=GPE | Marsabet=GPE")]
    public void PlacesByNounsAndByNamesakes(string text, string expected) => Check(text, expected);

    private static void Check(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));
}
