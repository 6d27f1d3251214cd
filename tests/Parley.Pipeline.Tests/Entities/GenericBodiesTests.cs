namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "Congress", "the Senate", "the Supreme Court", "congressmen" written bare are the bodies of the state whose actors come
/// before them in the sentence, else of the story's state, when that state has a body of the name; a U.S. marker, an
/// American story, or a state without such a body (Russia has no Congress) leaves them American. The sentences are
/// invented for these tests. A demonym before the generic name ("the Peruvian Congress") names its state.
/// </summary>
public sealed class GenericBodiesTests
{
    private static string CodeOf(string text, string name)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == name);
        return document.Entities[mention.Entity].Actor is { } actor ? actor.Country + actor.Sector : "none";
    }

    [Theory]
    [InlineData("Peruvian President Ana Quispe dissolved Congress on Sunday night.", "Congress", "PERLEG")]
    [InlineData("Colombian guerrillas released three congressmen they had held in the jungle.", "congressmen", "COLLEG")]
    [InlineData("Argentine human rights groups asked the Supreme Court to overturn the pardons.", "Supreme Court", "ARGJUD")]
    [InlineData("Brazilian President Joao Mendes urged the Senate to pass the budget.", "Senate", "BRALEG")]
    [InlineData("Protesters marched on the presidential palace in Manila. Police in Manila arrested dozens after Congress voted to extend martial law.", "Congress", "PHLLEG")]
    [InlineData("Pakistani lawyers petitioned the Supreme Court over the dismissal of the chief justice.", "Supreme Court", "PAKJUD")]
    [InlineData("Guatemala's Congress stripped the mayor of his immunity.", "Congress", "GTMLEG")]
    [InlineData("Thai protesters surrounded the House of Representatives in Bangkok.", "House of Representatives", "THALEG")]
    public void A_bare_body_is_the_one_of_the_state_in_sight(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    // the body is at home before the agents after it take the story's country from the names before them
    [InlineData("Nepal's Supreme Court on Friday struck down the new fuel levy, granting a central demand of protesters.", "protesters", "NPLOPP")]
    public void Agents_after_a_rehomed_body_share_its_state(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("The Peruvian Congress censured the interior minister on Friday.", "Peruvian Congress", "PERLEG")]
    [InlineData("The Philippine Senate voted to reject the bases treaty.", "Philippine Senate", "PHLLEG")]
    [InlineData("The Argentine Supreme Court struck down the amnesty laws.", "Argentine Supreme Court", "ARGJUD")]
    [InlineData("The Colombian Congress approved the peace accord on Wednesday.", "Colombian Congress", "COLLEG")]
    [InlineData("The Nigerian Senate rejected the budget.", "Nigerian Senate", "NGALEG")]
    [InlineData("The Japanese House of Representatives passed the security bills.", "House of Representatives", "JPNLEG")]
    public void A_body_named_by_a_demonym_and_a_generic_name_is_that_states(string text, string name, string expected) =>
        Assert.Equal(expected, CodeOf(text, name));

    [Theory]
    [InlineData("Russia condemned Congress for approving new sanctions.", "Congress")] // Russia has no Congress
    [InlineData("Congress approved new military aid to Colombia on Friday.", "Congress")] // nothing before it: the known body
    [InlineData("Mexican officials welcomed the vote in the U.S. Senate on Thursday.", "U.S. Senate")]
    [InlineData("German diplomats met American congressmen in Berlin.", "American congressmen")]
    [InlineData("Washington imposed new tariffs on Canada. The White House said the United States would not back down. Canada's prime minister said Congress should reject the tariffs.", "Congress")]
    [InlineData("The Supreme Court struck down the tariffs on Friday.", "Supreme Court")] // no state in sight
    public void A_marked_body_or_one_with_no_other_state_in_sight_stays_american(string text, string name) =>
        Assert.StartsWith("USA", CodeOf(text, name), StringComparison.Ordinal);
}
