namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: a hope voiced about what will happen is an optimistic comment (013) also when the hoped-for thing is a long
/// noun phrase ("hopes a truce between Armenia and Azerbaijan might ..."); the events inside it are no events of their
/// own. Sentences written for this test.
/// </summary>
public class LongHopesTests
{
    [Theory]
    [InlineData("Blinken said he hopes a truce between Armenia and Azerbaijan might hold through the winter.", "USA")]
    [InlineData("The Kenyan president hoped the talks between the two Sudanese generals would resume soon.", "KEN")]
    [InlineData("Egypt hopes the new round of negotiations over the dam will succeed.", "EGY")]
    [InlineData("The Japanese minister is hoping the summit with South Korea and China can be held in May.", "JPN")]
    [InlineData("Brazil hoped a deal between Mercosur and the European Union would be signed this year.", "BRA")]
    [InlineData("Ghana hopes the long-delayed vote in neighbouring Togo will go ahead.", "GHA")]
    public void A_hope_about_a_long_phrase_is_an_optimistic_comment(string text, string source)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events);
        Assert.Equal(("013", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
    }
}
