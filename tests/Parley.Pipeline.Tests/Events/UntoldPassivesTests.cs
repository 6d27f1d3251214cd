namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 55 (<c>CasualtyTolls.Untold</c>, <c>Undergoers.IsPassive</c>): a passive of violence that names no doer at all ("21
/// people had been killed", "was killed on Tuesday") takes no side from the story: the story's unidentified forces
/// (<c>+source.story</c>) were wrong 10 times in 11 on the read sets, and gold codes no agentless passive. A by-phrase, even
/// one Parley cannot code, or an attack or fighting the toll is told "in" keeps the story's doer. An adverb between the
/// auxiliary and the participle ("was almost shot") keeps the passive reading, so its subject is the one acted on, never the
/// source. Sentences written for this test.
/// </summary>
public sealed class UntoldPassivesTests
{
    [Theory]
    [InlineData("Kenya's police are stretched. Kenya's parliament is divided. The ministry said twelve Kenyan villagers had been killed since Monday.")]
    [InlineData("Pakistan's army hunted the militants. Pakistani officials vowed to respond. Five Pakistani soldiers were killed overnight.")]
    [InlineData("Somalia's army retook two towns. Somali officials said the fighting went on. Three Somali policemen were shot dead on Friday.")]
    [InlineData("Mexico's police are stretched. Mexico's congress is divided. Two Mexican journalists were shot in Tijuana.")]
    [InlineData("Chad's junta holds power. Chad's army is stretched. A Chadian opposition figure was killed on Wednesday, his party said.")]
    public void A_passive_of_violence_that_names_no_doer_takes_none_from_the_story(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT" && e.Rule.Contains("+source.story", StringComparison.Ordinal));

    [Theory]
    // The toll told in the fighting or in an attack keeps the story's unidentified forces: the act is told, only its doer is not.
    [InlineData("Somalia's army retook two towns. Somali officials said the fighting went on. Three Somali policemen were killed in the fighting on Friday.", "SOM")]
    [InlineData("Pakistan's army hunted the militants. Pakistani officials vowed to respond. Five Pakistani soldiers were killed during clashes overnight.", "PAK")]
    public void A_toll_told_in_an_attack_or_the_fighting_keeps_the_story_s_doer(string text, string country)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "ASSAULT");
        Assert.Equal((country, country), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+source.story", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // A near miss: an active verb's subject stays its source, and a by-phrase names the doer.
    [InlineData("Kenyan police shot two protesters in Nairobi on Tuesday.", "KEN")]
    [InlineData("Two Nigerian villagers were shot by Nigerian soldiers near Maiduguri.", "NGA")]
    public void An_active_or_a_by_phrase_keeps_its_doer(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
        Assert.DoesNotContain("+source.story", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    // "was almost shot", "were even detained": the subject of a passive with an adverb inside it is acted on, so it is no source.
    [InlineData("A Turkish journalist was almost shot dead in Berlin by a Russian agent, prosecutors said.", "RUS")]
    [InlineData("Two Belarusian activists were even detained by Russian police in Moscow.", "RUS")]
    public void An_adverb_inside_the_passive_keeps_the_patient_out_of_the_source(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover is "ASSAULT" or "COERCE");
        Assert.Equal(source, EventTestDocuments.Countries(e.Source));
    }
}
