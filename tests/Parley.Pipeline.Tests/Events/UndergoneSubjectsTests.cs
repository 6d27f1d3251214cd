namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 51: a state's act in the agentless passive whose subject no word list names (things seized, "nine others", a
/// subject past an aside, a passive conjunct with no subject of its own) is that act on the phrase's or the story's country
/// by its government (+target.victim, +source.state); a release from custody ("on bail", "from prison") is the state's too.
/// </summary>
public class UndergoneSubjectsTests
{
    [Theory]
    // Things seized or confiscated in the passive.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Laptops and phones were confiscated during the search.", "1711", "GHA")]
    // A subject headed by a word no list names.
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Nine others have been taken into custody since the march.", "173", "PER")]
    // The head before an aside closed by a comma.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. The banker, who ran a lender in Mombasa for a decade, was detained on Monday.", "173", "KEN")]
    // A release from custody is the state's.
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. The editor was released from prison on Tuesday.", "0841", "NPL")]
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. The pollsters were released on bail on Friday.", "0841", "GHA")]
    public void A_state_act_on_an_unlisted_subject_is_the_story_states(string text, string cameo, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((country, "GOV", country), (EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector, EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.victim", e.Rule, StringComparison.Ordinal);
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passive_conjunct_shares_the_first_passives_subject()
    {
        var events = EventTestDocuments.Run("Kenya is counting the votes, and Kenya's courts are ready for appeals. "
            + "The pollsters were released on bail on Friday but have been charged with publishing false results.").Events;
        var charge = Assert.Single(events, e => e.Cameo == "173");
        Assert.Equal(("KEN", "KEN"), (EventTestDocuments.Countries(charge.Source), EventTestDocuments.Countries(charge.Target)));
        Assert.Contains("pollsters", charge.Target[0].Name, StringComparison.Ordinal);
    }

    [Theory]
    // A by-phrase names the agent: the state is not assumed.
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Laptops and phones were seized by masked gunmen near the border.")]
    // A bare release may be a captor's: only custody named after it makes it the state's.
    [InlineData("Nigeria is mourning, and Nigeria's army is on alert. The pollsters were freed on Sunday.")]
    // A pronoun of a thing heads no subject read here.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. It was confiscated on Monday.")]
    // Without a story country, neither side resolves.
    [InlineData("Laptops and phones were confiscated during the search.")]
    // A place itself as the subject is no undergoer read here.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Accra was sanctioned last year.")]
    public void No_subject_is_read_when_an_agent_is_named_or_no_state_or_head_is_known(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.victim", StringComparison.Ordinal));
    }
}
