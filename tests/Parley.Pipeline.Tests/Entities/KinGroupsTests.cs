namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Kin named by those they stand for ("parents of the missing students", "relatives of the dead miners") act as a body for
/// the country where their people were lost, else the story's; kin named alone stay uncoded. Sentences invented for these tests.
/// </summary>
public sealed class KinGroupsTests
{
    [Theory]
    [InlineData("Families of the 12 miners who died in Sonora state demanded that the government reopen the inquiry.", "Families", "MEXCVL")]
    [InlineData("Relatives of the sailors who drowned near Murmansk sued the navy on Monday.", "Relatives", "RUSCVL")]
    [InlineData("Mothers of the conscripts killed in Chechnya marched to the ministry.", "Mothers", "RUSCVL")]
    public void Kin_of_someone_act_for_the_place_they_were_lost(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    // the kin open the main clause after a scene phrase, or act where the sentence places them when nothing else does
    [InlineData("At a vigil in Lagos on Monday, relatives of the kidnapped fishermen demanded that the government rescue them.", "relatives", "NGACVL")]
    [InlineData("Parents of the abducted pupils, at a prayer meeting in Kaduna, urged the army to find them.", "Parents", "NGACVL")]
    [InlineData("Hundreds of relatives of the disappeared marched in Santiago on Sunday.", "relatives", "CHLCVL")]
    public void Kin_act_where_the_sentence_places_them(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Families gathered in the square on Sunday.", "Families")]
    [InlineData("Parents worry about school fees, a survey found.", "Parents")]
    public void Kin_named_alone_stay_uncoded(string text, string words) =>
        Assert.Equal("none", EntityTestDocuments.CodeOf(text, words));

    [Fact]
    public void Kin_demanding_an_act_are_its_source()
    {
        var best = Events.EventTestDocuments.Best("Parents of the 17 students who disappeared in Sonora in 2019 demanded on Friday that the army open its files.");
        Assert.NotNull(best);
        Assert.Equal("MEXCVL", string.Join(",", best.Source.Select(a => a.Code.Code)));
    }
}
