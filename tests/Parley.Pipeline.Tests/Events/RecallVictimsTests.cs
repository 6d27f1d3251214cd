namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A state's coercion told without its agent, whose victim is no coded actor (people named by what they are, or a name the
/// knowledge base lacks), is that act on the victim by the government of the story's country (+target.victim).
/// </summary>
public class RecallVictimsTests
{
    [Theory]
    // A participle hanging on its noun (a reduced relative) tells the act as surely as a passive.
    [InlineData("Bolivia is holding a referendum, and Bolivia's courts are busy. A new report revisited the file of a radio reporter detained over his coverage of a miners' strike.", "173", "BOL")]
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. The commission reviewed the cases of students arrested during last year's sit-ins.", "173", "NPL")]
    // Passives: people named by what they are.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Two bloggers have been jailed for insulting the president.", "173", "GHA")]
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Several journalists were detained after the march in the capital.", "173", "PER")]
    // Passives: a name Parley cannot code.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. On Friday, Wanjiru Kamau was expelled from the ruling party for her remarks.", "174", "KEN")]
    [InlineData("Cambodia votes in July, and Cambodia's ruling party expects to win. Last month, a colleague and Sokha Chan were arrested for filming the police.", "173", "KHM")]
    // Passives: a pronoun Parley could not resolve to a coded actor.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. He was arrested at his home on Sunday.", "173", "GHA")]
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. They were barred from leaving the country after the vote.", "172", "NPL")]
    [InlineData("Peru is in turmoil, and Peru's congress is divided. She has been charged with sedition.", "173", "PER")]
    public void A_state_act_on_an_uncoded_victim_is_the_story_states(string text, string cameo, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.victim", StringComparison.Ordinal));
        Assert.Equal((cameo, country, country), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Equal("GOV", e.Source[0].Code.Sector);
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Being, staying or remaining in jail is custody the state keeps its subject in, coded or not.
    [InlineData("Guinea is changing, and Guinea's army holds power. Two former ministers and a party leader are also in jail, awaiting trial.", "GIN", "GIN")]
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Two student leaders remain in jail after the march.", "PER", "PER")]
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. Several journalists are still in jail on sedition charges.", "NPL", "NPL")]
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Hundreds of protesters have been in jail since the vote.", "KEN", "KEN")]
    [InlineData("Belarusian opposition leader Maria Kolesnikova remains in jail.", "BLR", "BLR")]
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Two opposition activists have remained in jail since March.", "GHA", "GHA")]
    public void Those_in_jail_are_held_by_the_state(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "173");
        Assert.Equal((source, "GOV", target), (EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector, EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A by-phrase names the agent, coded or not: the state is not assumed.
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Two journalists were detained by masked gunmen near the border.")]
    // Captives are as often freed by their captors as by a state.
    [InlineData("Nigeria is mourning, and Nigeria's army is on alert. Forty passengers were freed on Sunday.")]
    // Neither side resolves without a story country: nothing is coded.
    [InlineData("A radio reporter was detained over his coverage of the strike.")]
    [InlineData("Two bloggers have been jailed for insulting the president.")]
    // The people word must stand right before its verb: a court in an earlier phrase befalls nothing.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Critics will face the immigration court or they may be arrested.")]
    // Only the subject undergoes the act: an object before an active verb does not.
    [InlineData("Bolivia is holding a referendum, and Bolivia's courts are busy. The report counted the students who arrested nobody.")]
    // Jail named as a place, not as custody someone is in.
    [InlineData("Peru is in turmoil, and Peru's congress is divided. The minister said jail was no place for children.")]
    public void No_victim_is_read_when_the_text_names_an_agent_or_no_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.victim", StringComparison.Ordinal));
    }

    [Fact]
    public void A_victim_read_this_way_is_less_sure_than_one_named()
    {
        const string Story = "Kenya is counting the votes, and Kenya's courts are ready for appeals. ";
        var uncoded = Assert.Single(EventTestDocuments.RunHandSet(Story + "Two bloggers were arrested in Nairobi on Monday.").Events, e => e.Cameo == "173");
        var named = Assert.Single(EventTestDocuments.RunHandSet(Story + "Kenyan police arrested two bloggers in Nairobi on Monday.").Events, e => e.Cameo == "173");
        Assert.True(uncoded.Confidence < named.Confidence, $"{uncoded.Confidence} < {named.Confidence}");
    }
}
