namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// State agents that serve only at home (the bench and the prosecution, electoral and anti-corruption bodies, members of the
/// legislature, investigators) act for the country of their scene or story when nothing owns them: bare, after an article,
/// or a plural with no owner before it; lawyers, owned agents and agents in a sentence that names another state do not.
/// Sentences invented for these tests.
/// </summary>
public sealed class DomesticAgentsTests
{
    [Theory]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Prosecutors charged the former mayor with fraud.", "Prosecutors", "BOLJUD")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. A judge froze the accounts of the mining company.", "judge", "BOLJUD")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. On Tuesday a magistrate ordered the release of the two farmers.", "magistrate", "BOLJUD")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. An appeals court overturned the ban on the newspaper.", "appeals court", "BOLJUD")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The electoral commission disqualified the governor's party.", "electoral commission", "BOLGOV")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The anti-corruption agency questioned the minister for six hours.", "anti-corruption agency", "BOLGOV")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The bill was approved after lawmakers voted late at night.", "lawmakers", "BOLLEG")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. A lawmaker accused the minister of hiding the report.", "lawmaker", "BOLLEG")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Investigators searched the offices of the bank.", "Investigators", "BOLCOP")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Federal agents raided two warehouses near the airport.", "Federal agents", "BOLCOP")]
    public void A_state_agent_of_the_home_front_takes_the_storys_country(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Officers fired tear gas at the students.", "Officers", "BOLCOP")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. In El Alto, agents searched the home of the union leader.", "agents", "BOLCOP")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Two officers were hurt by stones.", "officers", "BOLCOP")]
    public void Bare_officers_and_agents_are_the_scenes_police(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Army officers seized the radio station.", "Army officers", "BOLCOP")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The officers of the bank resigned.", "officers", "BOLCOP")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The plant stored nerve agents for years.", "agents", "BOLCOP")]
    public void Qualified_officers_and_agents_are_no_police(string text, string words, string code) =>
        Assert.NotEqual(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Bolivia's president spoke in La Paz on Monday. Indigenous groups blocked the highways to the capital.", "Indigenous groups", "BOLCVL")]
    [InlineData("Bolivia's president spoke in La Paz on Monday. The labor federation called a general strike for Thursday.", "labor federation", "BOLCVL")]
    public void Civilians_organised_in_a_body_act_where_the_story_is(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Fact]
    public void Civilians_named_by_a_class_stay_uncoded() =>
        Assert.Equal("none", EntityTestDocuments.CodeOf("Bolivia's president spoke in La Paz on Monday. Consumers complained about the price of bread.", "Consumers"));

    [Fact]
    public void The_scene_of_the_sentence_beats_the_storys_country() =>
        Assert.Equal("ECUJUD", EntityTestDocuments.CodeOf(
            "Bolivia's president spoke in La Paz on Monday. Bolivia's minister went to Sucre. In Quito, prosecutors charged two bankers.", "prosecutors"));

    [Theory]
    // another state named before the agent may be its owner
    [InlineData("Bolivia's president spoke in La Paz on Monday. After Chile asked for his extradition, a judge ordered his arrest.", "judge", "BOLJUD")]
    // lawyers serve their clients, not the state
    [InlineData("Bolivia's president spoke in La Paz on Monday. Lawyers protested outside the ministry.", "Lawyers", "BOLJUD")]
    // "foreign" ones are no state's own
    [InlineData("Bolivia's president spoke in La Paz on Monday. The police welcomed foreign investigators.", "foreign investigators", "BOLCOP")]
    public void An_agent_that_may_serve_another_is_not_the_storys(string text, string words, string code) =>
        Assert.NotEqual(code, EntityTestDocuments.CodeOf(text, words));

    [Fact]
    public void A_named_court_modifying_a_judge_is_the_storys_court_by_its_own_name() =>
        // the judge is no agent of its own here; the court's name says what it is (UnknownNameHeads)
        Assert.Equal("BOLJUD", EntityTestDocuments.CodeOf("Bolivia's president spoke in La Paz on Monday. A High Court judge adjourned the case.", "High Court"));

    [Theory]
    // a professional body of judges is no court
    [InlineData("Bolivia's president spoke in La Paz on Monday. A judges' association criticised the reform.", "judges' association")]
    public void A_modifier_or_a_professional_body_stays_uncoded(string text, string words) =>
        Assert.Equal("none", EntityTestDocuments.CodeOf(text, words));

    [Fact]
    public void A_definite_title_is_still_someone_named_before() =>
        Assert.NotEqual("BOLJUD", EntityTestDocuments.CodeOf(
            "Bolivia's president spoke in La Paz on Monday. The judge then adjourned the hearing.", "judge"));

    [Fact]
    public void Prosecutors_charging_someone_are_the_source()
    {
        var best = Events.EventTestDocuments.Best("Bolivia's president spoke in La Paz on Monday. Prosecutors charged the former mayor with fraud on Friday.");
        Assert.NotNull(best);
        Assert.Equal("BOLJUD", string.Join(",", best.Source.Select(a => a.Code.Code)));
    }
}
