namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Round 60: a bare agent noun that opens a clause inside its sentence (after "and", "while", "said", ...) or the main clause
/// past a short fronted phrase is read as one opening the sentence is: the country of its scene or story. A demonym before a
/// kind of place in an agent's phrase ("residents of the Malian town of X") places the agents. Sentences invented for these tests.
/// </summary>
public sealed class ClauseOpeningAgentsTests
{
    private const string Story = "Ghana's president spoke in Accra on Monday. ";

    [Theory]
    [InlineData("The roads were closed at dawn, and authorities imposed a curfew on the old town.", "authorities", "GHAGOV")]
    [InlineData("The police chief said officers had detained forty people near the market.", "officers", "GHACOP")]
    [InlineData("The market stayed shut while troops searched the stalls.", "troops", "GHAMIL")]
    public void A_bare_agent_opening_an_inner_clause_takes_the_storys_country(string sentence, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(Story + sentence, words));

    [Fact]
    public void A_bare_institution_after_a_fronted_phrase_opens_its_clause() =>
        // a foreign demonym later in the sentence is what the army acts on, not its owner
        Assert.Equal("GHAMIL", EntityTestDocuments.CodeOf(Story + "Hours later, the army banned French aircraft from the northern airfield.", "army"));

    [Fact]
    public void A_demonym_before_a_kind_of_place_places_the_agents() =>
        Assert.Equal("MLICVL", EntityTestDocuments.CodeOf(Story + "Hundreds of residents of the flooded Malian town of Kossoulou marched to the prefecture.", "residents"));

    [Theory]
    // after a verb other than a reporting one the plural is an object
    [InlineData("The minister told lawmakers the budget was ready.", "lawmakers")]
    // after a preposition it is an adjunct
    [InlineData("The envoy had lunch with soldiers and their families.", "soldiers")]
    // a demonym before a noun that is no place describes that noun
    [InlineData("Members of the Malian street gang robbed a bank.", "Members")]
    public void Near_misses_stay_uncoded(string sentence, string words) =>
        Assert.Equal("none", EntityTestDocuments.CodeOf(Story + sentence, words));

    [Fact]
    public void Another_state_named_before_the_agent_keeps_it_from_the_storys_country() =>
        // "The French army said troops ...": the troops are not the story's (Ghana's)
        Assert.NotEqual("GHAMIL", EntityTestDocuments.CodeOf(Story + "The French army said troops had left the base.", "troops"));
}
