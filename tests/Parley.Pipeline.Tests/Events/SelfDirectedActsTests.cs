namespace Parley.Pipeline.Tests.Events;

public sealed class SelfDirectedActsTests
{
    [Theory]
    [InlineData("The Shan State Army declared a two-week truce before the monsoon.", "RETREAT", "MMR")]
    [InlineData("Zambia's interim government repealed a decree that had shielded police officers from prosecution.", "CONCEDE", "ZMB")]
    [InlineData("Opposition parties in Zimbabwe threatened on Monday to boycott the March election.", "THREATEN", "ZWE")]
    [InlineData("Madagascar's prime minister said on Sunday he would step aside after the vote.", "AGREE", "MDG")] // a frame counts by its act
    [InlineData("Nepal's prime minister pledged on Friday to hold local elections in May.", "AGREE", "NPL")] // a state's promise at home
    [InlineData("Peru's main farmers' union accused the water authority of corruption.", "ACCUSE", "PER")] // a body below the state
    [InlineData("Myanmar air force jets bombed a village in the Sagaing region on Monday, killing 20 people.", "ASSAULT", "MMR")]
    [InlineData("Ethiopia's air force bombed a village in the north, killing dozens of farmers.", "ASSAULT", "ETH")]
    public void An_act_at_home_that_names_no_other_side_is_aimed_at_the_source_s_own_country(string text, string plover, string target) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Target) == target
            && e.Rule.EndsWith("+target.self", StringComparison.Ordinal));

    [Theory]
    // the target's words name the state (its mention in the sentence), or the source's words that gave the country; never the trigger
    [InlineData("Zambia's interim government repealed a decree that had shielded police officers from prosecution.", "Zambia's interim government")]
    [InlineData("The Shan State Army declared a two-week truce before the monsoon.", "Shan State Army")]
    public void The_own_country_target_points_at_words_that_name_it(string text, string words)
    {
        var document = EventTestDocuments.Run(text);
        var e = Assert.Single(document.Events, e => e.Rule.EndsWith("+target.self", StringComparison.Ordinal));
        Assert.Equal(words, document.TextOf(Assert.Single(e.Target).Range));
    }

    [Theory]
    [InlineData("Beijing has rejected the tribunal's ruling.")]
    [InlineData("The rebel alliance accepted the revised offer after long talks.")] // an agreement answers someone's offer
    [InlineData("Mexico urged a swift inquiry into the shooting.")] // a request for a thing asks no one named // a state's own diplomacy answers a side named before
    [InlineData("Seoul vowed to respond firmly.")]
    [InlineData("The militia would lay down its arms if the talks succeeded.")] // hypothetical
    [InlineData("The rebels refused to sell cattle to foreign traders.")] // a word pointing abroad
    [InlineData("The junta rejected sanctions imposed by other countries.")]
    [InlineData("The rebel commander met the bishop on Tuesday.")]
    [InlineData("Russian artillery shelled the town of Kupiansk overnight.")] // a town the gazetteer does not place may lie across a front // talks need a named partner
    [InlineData("“We will never surrender,” the rebel spokesman said.")] // quoted words
    public void Acts_that_may_be_aimed_abroad_keep_no_target_of_their_own(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.self", StringComparison.Ordinal));
}
