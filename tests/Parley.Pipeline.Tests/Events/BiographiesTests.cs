namespace Parley.Pipeline.Tests.Events;

/// <summary>A past act told in a "who" clause inside the subject says who the subject is; the sentence's news is elsewhere.</summary>
public class BiographiesTests
{
    [Theory]
    [InlineData("Kenya's army chief, who deployed troops to Somalia in 2011, told reporters the mission was over.", "deployed")]
    [InlineData("Japan's former defense minister, who resigned in 2019, teaches in London now.", "resigned")]
    [InlineData("Peru's former president, who met Chinese leaders in Beijing in 2016, says the money never came.", "met")]
    [InlineData("Sarah Cole, a former American official who had visited North Korea twice, said sanctions had failed.", "visited")]
    [InlineData("The Turkish envoy, who criticized Israel over Gaza last year, said Ankara wanted calm.", "criticized")]
    [InlineData("The Egyptian mediator, who hosted Hamas leaders in Cairo in 2021, says a truce is possible.", "hosted")]
    [InlineData("Poland's former premier, who had condemned Russia over the Smolensk crash, says Warsaw is safer today.", "condemned")]
    [InlineData("Ghana's former leader, who praised Nigeria for its help in 2015, said the region needed unity.", "praised")]
    // Round 44: a "which" clause whose act is dated before the news is background too.
    [InlineData("Norway, which brokered the 1993 accords, offered to host new talks between the two sides.", "brokered")]
    [InlineData("Crimea, which Russia annexed in 2014, remains under Western sanctions.", "annexed")]
    [InlineData("The militia, which captured the port of Sirte earlier this year, said it would hand it to the army.", "captured")]
    [InlineData("The Sahel alliance, which expelled French troops two years ago, signed a defence pact with Moscow.", "expelled")]
    public void A_past_act_that_says_who_the_subject_is_is_not_coded(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Not set off by a comma: the clause picks out whom the main act is about, and its act is news.
    // (An uncoded antecedent, "arrested a man who attacked", leaves the relative act without a source: see RestrictiveRelativesTests.)
    [InlineData("Bangladesh expelled Indian diplomats who met opposition leaders on Friday.", "met")]
    // The relative clause ends the sentence: no news of the subject follows it.
    [InlineData("The ministers met Kenya's president, who praised Ethiopia for the truce.", "praised")]
    // A present perfect is recent news, not biography.
    [InlineData("The Iranian envoy, who has met Saudi officials twice this month, said a deal was near.", "met")]
    // Round 44: an undated "which" clause may tell the story's own act.
    [InlineData("Qatar, which brokered the prisoner exchange, said the freed men had reached Doha.", "brokered")]
    [InlineData("Egypt, which hosted Israeli and Hamas negotiators on Sunday, urged both sides to accept the plan.", "hosted")]
    public void A_relative_act_that_is_news_is_still_coded(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => document.TextOf(e.Trigger).StartsWith(trigger, StringComparison.OrdinalIgnoreCase));
    }
}
