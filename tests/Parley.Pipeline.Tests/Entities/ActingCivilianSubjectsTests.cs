namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Round 68: civilians who act as a body ("residents", "villagers", "farmers") written as a bare plural opening their clause,
/// with their finite verb right after them, are the clause's doers and take the country of their scene or story; as objects,
/// after a preposition or with no verb they stay unplaced. Sentences invented for these tests.
/// </summary>
public sealed class ActingCivilianSubjectsTests
{
    private const string Story = "Peru's president toured the Andes on Monday. ";

    [Theory]
    [InlineData("Residents have long accused the mining firm of fouling the river.", "Residents", "PERCVL")]
    [InlineData("The road stayed closed, and villagers said the bridge had collapsed.", "villagers", "PERCVL")]
    [InlineData("The villagers blocked the highway with stones.", "villagers", "PERCVL")]
    public void Acting_civilians_opening_their_clause_take_the_storys_country(string sentence, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(Story + sentence, words));

    [Theory]
    // an object of a verb
    [InlineData("The police moved residents away from the square.", "residents")]
    // after a preposition
    [InlineData("The minister met with farmers in the valley.", "farmers")]
    // no finite verb after the plural
    [InlineData("Residents of the valley, tired and hungry.", "Residents")]
    // witnesses telling what others did
    [InlineData("Residents reported heavy shelling near the airport.", "Residents")]
    [InlineData("The bridge fell, and villagers said soldiers had blown it up.", "villagers")]
    public void Civilians_that_are_no_clause_subject_stay_unplaced(string sentence, string words) =>
        Assert.Equal("none", EntityTestDocuments.CodeOf(Story + sentence, words));
}
