namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 36 (<c>CasualtyTolls.AgentlessPassive</c>, <c>ViolenceRetold.ArrestInSentence</c>): violence told in a passive with
/// no agent ("the missiles were shot down", "two army posts were attacked") names what was struck, not who struck; with no doer
/// found by any rule of the story it is no event. Other acts keep their passive (a state's charge has its state). A raid in the "in" phrase of an arrest coded in its sentence ("detained ...
/// in a dawn raid") is the arrest's manner, not a second, violent act. Sentences written for this test.
/// </summary>
public sealed class AgentlessActsTests
{
    [Theory]
    [InlineData("Russia fired dozens of missiles at Ukraine on Monday. Most of them were shot down over Kyiv, the Ukrainian air force said.", "shot down")]
    [InlineData("Two Nigerian army posts were attacked in Borno state overnight, officials in Abuja said.", "attacked")]
    public void An_agentless_passive_of_violence_is_no_event(string text, string trigger) =>
        Assert.DoesNotContain(Assaults(text), e => e.Trigger.StartsWith(trigger, StringComparison.Ordinal) && e.Source == "");

    [Fact]
    public void A_state_act_in_the_passive_keeps_its_state() =>
        Assert.Contains(EventTestDocuments.Run("Two Venezuelan opposition figures were charged with treason on Monday.").Events,
            e => e.Cameo == "173" && e.Source.Count > 0);

    [Theory]
    [InlineData("Two Nigerian army posts were attacked by Boko Haram fighters overnight.", "attacked")]
    [InlineData("Boko Haram fighters attacked two Nigerian army posts overnight.", "attacked")]
    [InlineData("Nigerian troops attacked a Boko Haram camp near Maiduguri in a dawn raid on Friday.", "attacked")]
    public void A_named_doer_or_an_active_keeps_the_act(string text, string trigger) =>
        Assert.Contains(Assaults(text), e => e.Trigger.StartsWith(trigger, StringComparison.Ordinal) && e.Source != "");

    [Theory]
    [InlineData("Ugandan police detained the opposition leader Kizza Besigye in a dawn raid on his home in Kampala.")]
    [InlineData("Pakistani police arrested Imran Khan in a raid on his house in Lahore.")]
    [InlineData("Police in Kenya detained twelve people in overnight raids across Nairobi on Tuesday.")]
    public void A_raid_that_is_the_arrest_s_manner_is_no_second_act(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "COERCE");
        Assert.DoesNotContain(document.Events, e => e.Plover == "ASSAULT");
    }

    [Fact]
    public void An_attack_named_with_its_own_side_after_during_is_a_second_act() =>
        // "during a Russian attack on Ukraine": the time of the act, an attack of another side, not the act's manner
        Assert.Contains(Assaults("Polish jets shot down two drones over Lublin during a Russian attack on Ukraine overnight."),
            e => e.Trigger == "attack" && e.Source == "RUS");

    [Fact]
    public void An_attack_in_another_phrase_after_in_is_a_second_act() =>
        // "in response to attacks by ...": the attacks are the other side's, not the manner of the shelling
        Assert.Contains(Assaults("Nigerian troops shelled rebel positions in Borno on Monday in response to attacks by Boko Haram on army posts."),
            e => e.Trigger == "attacks" && e.Source == "NGA");

    private static List<(string Trigger, string Source)> Assaults(string text)
    {
        var document = EventTestDocuments.Run(text);
        return [.. document.Events.Where(e => e.Plover == "ASSAULT").Select(e => (document.Slice(e.Trigger).ToString(), EventTestDocuments.Countries(e.Source)))];
    }
}
