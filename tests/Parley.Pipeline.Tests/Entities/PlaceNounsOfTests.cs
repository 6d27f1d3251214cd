namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A name after a place noun and "of" is a place: "the suburb of X", "the municipality of X", "the parish of X", as "the
/// village of X" and "the province of X" already were; a suburb's name is often a word the gazetteer lists as a small town.
/// </summary>
public sealed class PlaceNounsOfTests
{
    [Theory]
    [InlineData("Police fired tear gas in the suburb of Kasarani on Friday.", "Kasarani=GPE")]
    [InlineData("Voters queued for hours in the municipality of Ocotal.", "Ocotal=GPE")]
    [InlineData("Floods cut off the prefecture of Kindia last week.", "Kindia=GPE")]
    public void A_name_after_a_place_noun_and_of_is_a_place(string text, string expected) =>
        Assert.Equal(expected, EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Fact]
    public void A_person_after_a_role_noun_and_of_stays_a_person() =>
        Assert.Contains("Amina Yusuf=PERSON", EntityTestDocuments.Names(EntityTestDocuments.Run("The lawyer of Amina Yusuf said she would appeal.")));
}
