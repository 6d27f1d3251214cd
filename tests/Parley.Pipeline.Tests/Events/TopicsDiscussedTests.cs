namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: a topic talked over by one side with no partner named ("the ministers also discussed China's role") is no
/// consultation between actors; a partner named with "with" (also after the topic) or a second side in the subject is
/// one (040). Sentences written for this test.
/// </summary>
public class TopicsDiscussedTests
{
    [Theory]
    [InlineData("The African Union ministers also discussed Sudan's role in regional security.")]
    [InlineData("NATO defence chiefs discussed maritime security in the Baltic.")]
    [InlineData("The Kenyan cabinet discussed the drought on Tuesday.")]
    public void A_topic_discussed_with_no_partner_is_no_consultation(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "CONSULT");

    [Theory]
    [InlineData("Modi is expected to discuss upgrading India's defence ties with Mauritius.", "IND")]
    [InlineData("The Brazilian president discussed trade with the Argentine president.", "BRA")]
    [InlineData("The Egyptian foreign minister discussed the dam with his Sudanese counterpart.", "EGY")]
    public void A_partner_named_after_the_topic_keeps_the_consultation(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "040");
        Assert.Contains(source, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }
}
