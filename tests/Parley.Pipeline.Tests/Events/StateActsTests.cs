namespace Parley.Pipeline.Tests.Events;

/// <summary>Acts only a state does, told without their agent, are coded to the government where they happen (+source.state).</summary>
public class StateActsTests
{
    [Theory]
    [InlineData("A Kenyan journalist was released on bail in Nairobi on Tuesday.", "0841", "KEN", "KEN")]
    [InlineData("Two Iranian activists have been freed from prison in Tehran.", "0841", "IRN", "IRN")]
    [InlineData("Three Ethiopian opposition members were detained in Addis Ababa overnight.", "173", "ETH", "ETH")]
    [InlineData("A Venezuelan opposition politician was charged with treason in Caracas.", "173", "VEN", "VEN")]
    [InlineData("The Belarusian editor was sentenced to eight years in prison in Minsk.", "173", "BLR", "BLR")] // coerce58: a sentence to a term detains (roots47 coded it 116)
    [InlineData("Two British tourists were deported from Thailand on Friday.", "174", "THA", "GBR")]
    [InlineData("A Pakistani opposition party has been banned in Islamabad.", "172", "PAK", "PAK")]
    public void A_state_act_with_no_agent_is_the_government_of_its_place(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith(cameo[..3], StringComparison.Ordinal));
        Assert.Equal((cameo, source, target), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Any trigger of a state's kind shares the rule by its CAMEO root: expulsions of diplomats (166), seizures (1711), fines (172).
    [InlineData("Two Russian diplomats were declared persona non grata in Warsaw.", "166", "POL", "RUS")]
    [InlineData("Four Canadian diplomats have been declared persona non grata in New Delhi.", "166", "IND", "CAN")]
    [InlineData("A Chinese fishing boat was impounded in Jakarta on Monday.", "1711", "IDN", "CHN")]
    [InlineData("Two Turkish reporters were fined in Ankara last week.", "172", "TUR", "TUR")]
    [InlineData("Three Cuban dissidents have been jailed in Havana.", "173", "CUB", "CUB")]
    [InlineData("Two Afghan families were expelled from Pakistan on Sunday.", "174", "PAK", "AFG")]
    public void Every_state_act_shares_the_rule_by_its_root(string text, string cameo, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == cameo);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // Sent out of their own country, people are expelled by their own state, wherever the sentence or the story is.
    [InlineData("Rights groups say members of parliament from the Zimbabwean opposition were expelled from their country.", "ZWE", "ZWE")]
    [InlineData("Members of the Belarusian opposition were deported from their own country last year.", "BLR", "BLR")]
    [InlineData("Zimbabwean opposition lawmakers were expelled from their country.", "ZWE", "ZWE")]
    [InlineData("Nicaraguan opposition leaders have been expelled from their own country.", "NIC", "NIC")]
    [InlineData("Chinese activists were deported from their homeland.", "CHN", "CHN")]
    // With neither place nor story country, a state's act on its own people is its own; refugees and migrants are often held abroad.
    [InlineData("Two Zimbabwean opposition lawmakers were arrested.", "ZWE", "ZWE")]
    [InlineData("Three Ethiopian journalists have been jailed.", "ETH", "ETH")]
    public void People_sent_out_of_their_own_country_are_sent_by_their_state(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.EndsWith("+source.state", StringComparison.Ordinal));
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // With neither place nor story country, an official held with no agent named is held by his own state (coercion, 17x) ...
    [InlineData("Former Pakistani Prime Minister Imran Khan was arrested on Tuesday.", "PAK")]
    [InlineData("Former Pakistani Prime Minister Imran Khan was arrested on Tuesday and taken to a court.", "PAK")]
    public void An_official_held_with_no_agent_is_held_by_his_state(string text, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text, new DateOnly(2023, 5, 10)).Events, e => e.Rule.EndsWith("+source.state", StringComparison.Ordinal));
        Assert.Equal(("173", country, country), (e.Cameo, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // ... but sanctions and travel bans on officials (16x) are as often a foreign state's: no home state.
    [InlineData("Former Albanian Prime Minister Sali Berisha was barred from travelling to Canada last year.")]
    [InlineData("Former Albanian Prime Minister Sali Berisha has been barred from entering Britain.")]
    public void An_official_banned_with_no_agent_gets_no_home_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text, new DateOnly(2023, 5, 10)).Events, e => e.Rule.Contains("+source.state", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Two Afghan refugees returning from Iran were detained on Monday.")]
    [InlineData("Two British tourists were deported.")]
    [InlineData("Sudanese migrants were detained.")]
    public void Strangers_and_deportees_get_no_home_state(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.state", StringComparison.Ordinal));
    }

    [Theory]
    // A state's nominal act on a thing of someone's, with no agent, is aimed at its owner, by the state where it happened.
    [InlineData("Venezuelan opposition leader Maria Corina Machado spoke in Caracas. It has been a hard road, with bans on her rallies.", "VEN", "VEN")]
    [InlineData("Venezuelan opposition leader Maria Corina Machado spoke in Caracas. It has been a hard road, with intimidation and bans on more than 40 of her rallies.", "VEN", "VEN")]
    [InlineData("Venezuelan opposition leader Maria Corina Machado spoke in Caracas. The ban on her candidacy was upheld.", "VEN", "VEN")]
    [InlineData("Turkish opposition leader Ekrem Imamoglu spoke in Istanbul. The ban on his party angered critics.", "TUR", "TUR")]
    [InlineData("Turkish opposition leader Ekrem Imamoglu spoke in Istanbul. A ban on his travel followed.", "TUR", "TUR")]
    [InlineData("Kenyan opposition leader Raila Odinga spoke in Nairobi. The ban on his rallies angered supporters.", "KEN", "KEN")]
    public void A_state_act_on_someone_s_thing_is_aimed_at_the_owner(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "172");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.EndsWith("+source.state", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // With no place in the sentence, the country the story is about.
    [InlineData("Kenya held a general election in August. The Kenyan opposition disputed the count. Kenya's courts upheld it. A Somali reporter was later arrested.", "KEN", "SOM")]
    [InlineData("Georgia passed a foreign agents law in May. Georgian police cleared the square in Tbilisi. Georgia's president objected. An Armenian student has been deported.", "GEO", "ARM")]
    public void Without_a_place_the_story_country_acts(string text, string source, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Rule.EndsWith("+source.state", StringComparison.Ordinal));
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    // An agent named in a by-phrase, coded or not, is the actor.
    [InlineData("A Kenyan journalist was detained by gunmen in Nairobi.")]
    [InlineData("Two Nigerian engineers were released by their kidnappers in Kaduna.")]
    // Anyone may attack, protest or talk: no state is supplied for them.
    [InlineData("Three Malian soldiers were killed in Gao on Sunday.")]
    [InlineData("Ugandan students were attacked in Kampala last week.")]
    [InlineData("Colombian farmers were consulted in Bogota on the new plan.")]
    // Destroying property is no state's own act: anyone may burn a house.
    [InlineData("Homes of Syrian refugees were destroyed in Lebanon on Friday.")]
    [InlineData("The offices of a Kenyan newspaper were torched in Mombasa.")]
    // An actor inside the subject's phrase is not the one released.
    [InlineData("No document linking the ministry with Hezbollah has been released in Beirut.")]
    [InlineData("Footage of the Sudanese army was released in Khartoum on Monday.")]
    // Said of an actor by its subject, the act has its agent.
    [InlineData("Turkish police detained two Syrian migrants in Izmir.")]
    public void Other_acts_and_named_agents_get_no_state_source(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.state", StringComparison.Ordinal));
    }

    [Theory]
    // A place inside the subject's phrase is where the people were sent, not where the act happened.
    [InlineData("Officials said that many Venezuelan migrants sent to Guantanamo have been charged with murder.", "CUB")]
    [InlineData("Two Afghan refugees returning from Iran were detained on Monday.", "IRN")]
    public void A_place_inside_the_subject_does_not_act(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country == country));
    }
}
