namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A passive's by-phrase names its doer even behind adjuncts of place and time ("was killed near his base on Sunday by ..."),
/// and a collective head's "of" phrase ("by a group of ...", "by a band of ...") names the actor the collective is made of;
/// a "by" that belongs to a participle inside an adjunct ("in a village held by ...") names no doer of the passive.
/// </summary>
public class ByPhraseAgentsTests
{
    [Theory]
    [InlineData("A Nigerian soldier was killed near his base in Borno state on Sunday by a group of Boko Haram fighters.", "NGA", "NGA")]
    [InlineData("Two Kenyan police officers were abducted outside a market in Mandera by al-Shabab militants.", "SOM", "KEN")]
    [InlineData("Malian troops were attacked at a checkpoint near Gao on Friday by a band of heavily armed jihadists.", "MLI", "MLI")]
    public void The_by_phrase_behind_adjuncts_names_the_attacker(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "ASSAULT", source, target);

    [Fact]
    public void A_by_phrase_inside_an_adjunct_names_no_attacker()
    {
        Assert.DoesNotContain(EventTestDocuments.Run("Israeli soldiers were attacked in a village held by Hezbollah on Tuesday.").Events,
            e => e.Plover == "ASSAULT" && EventTestDocuments.Countries(e.Source) == "LBN");
    }
}
