namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The codebook's 011 (decline comment) is any explicit refusal to comment: declining to respond or to discuss, having
/// "no comment", a spokesman's "we do not comment on ...", and declining to say or to name (round 66: the read sets code it
/// 011 in 15 of 17 sentences). Declining to be named and refusing to say stay no event.
/// Sentences written for these tests.
/// </summary>
public class DeclinedCommentsTests
{
    [Theory]
    [InlineData("The State Department in Washington had no comment about the tanker's departure.", "USA")]
    [InlineData("The Nigerian presidency had no immediate comment.", "NGA")]
    [InlineData("A Kenyan police spokesman said: \"We do not comment on ongoing investigations.\"", "KEN")]
    [InlineData("The Chinese embassy declined to respond to reporters asking about the arrests.", "CHN")]
    [InlineData("Israel's army refused to discuss the raid.", "ISR")]
    [InlineData("The Ghanaian ministry declined to say how many people were detained.", "GHA")]
    [InlineData("The Brazilian foreign ministry declined to answer questions on the extradition.", "BRA")]
    public void An_explicit_refusal_to_comment_declines_comment(string text, string source)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(("REJECT", "011", source), (e.Plover, e.Cameo, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("A Colombian official, who declined to be named, said the talks would resume.")]
    [InlineData("The Ghanaian ministry refused to say how many people were detained.")]
    public void Declining_to_be_named_or_refusing_to_say_is_no_refusal(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "011");
}
