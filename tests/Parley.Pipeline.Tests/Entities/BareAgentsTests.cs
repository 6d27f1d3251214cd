namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Bare agents with no owner written before them: bare troops and soldiers (opening a sentence,
/// after "the" or after a comma) belong to the country the story is clearly about, unless their sentence names another;
/// "foreign police" are nobody's by the story; "People's" inside a party's name is part of the name.
/// </summary>
public sealed class BareAgentsTests
{
    [Theory]
    [InlineData("Mali's junta ruled Mali for two years. Mali's army took a town in Mali. The troops left the town on Sunday.", "troops", "MLIMIL")]
    [InlineData("Peru's congress met in Lima. Peru's president spoke in Peru. A former mayor was detained on Friday, lawmakers said.", "lawmakers", "PERLEG")]
    [InlineData("Mali's junta ruled Mali for two years. Mali's army took a town in Mali. Soldiers closed the roads on Sunday.", "Soldiers", "MLIMIL")]
    public void A_bare_agent_takes_the_storys_country(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    // "foreign": not the story's own.
    [InlineData("Haiti's police asked for help in Haiti. Haiti's council met in Haiti. The council welcomed the foreign police on Monday.", "foreign police", "HTICOP")]

    public void An_agent_another_state_may_own_is_not_the_storys(string text, string words, string code) =>
        Assert.NotEqual(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Army officers seized the radio station in the capital.", "Army officers", "COP")]
    public void Army_officers_are_no_police(string text, string words, string sector) =>
        Assert.DoesNotContain(sector, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("The Terai People's Front called a strike in southern Nepal.", "Terai People's Front")]
    [InlineData("Leaders of the Sindh People's Alliance rejected the budget in Karachi.", "Sindh People's Alliance")]
    public void A_collective_owner_inside_a_party_name_keeps_the_name_whole(string text, string name) =>
        Assert.Contains($"{name}=", EntityTestDocuments.Names(EntityTestDocuments.Run(text)));

    [Fact]
    public void A_possessive_before_an_ordinary_noun_still_ends_the_name() =>
        Assert.DoesNotContain("People's anger", EntityTestDocuments.Names(EntityTestDocuments.Run("The Kandahar People's anger grew on Monday.")));

    [Theory]
    [InlineData("Uruguayan prosecutors and police searched the offices of a bank in Montevideo.", "police", "URYCOP")]
    [InlineData("Ghana's army and police patrolled the streets of Accra after the vote.", "police", "GHACOP")]
    public void A_state_agent_after_and_shares_the_state_written_before(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Fact]
    public void Protesters_after_and_are_not_the_state_agents_own() =>
        Assert.NotEqual("PERCOP", EntityTestDocuments.CodeOf("Peruvian police and protesters clashed outside the congress in Lima.", "protesters"));

    [Fact]
    public void Bare_police_act_in_the_scene_the_sentence_before_told() =>
        Assert.Equal("ARMCOP", EntityTestDocuments.CodeOf(
            "Azerbaijan's army shelled the region. Azerbaijan's president spoke in Baku. Azerbaijan said it had won. Crowds of protesters "
            + "filled a square in Yerevan at night. Police detained forty of them.", "Police"));

    [Fact]
    public void Without_a_scene_before_bare_police_stay_the_storys() =>
        Assert.Equal("AZECOP", EntityTestDocuments.CodeOf(
            "Azerbaijan's army shelled the region. Azerbaijan's president spoke in Baku. Azerbaijan said it had won. Police detained forty people.", "Police"));
}
