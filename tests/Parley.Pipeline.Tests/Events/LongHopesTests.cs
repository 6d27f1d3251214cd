namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: a hope voiced about what will happen is an optimistic comment (013) also when the hoped-for thing is a long
/// noun phrase ("hopes a truce between Armenia and Azerbaijan might ..."); the events inside it are no events of their
/// own. Round 33: a hope that names no one it is aimed at is no event at all (UnaimedComments). Sentences written for this test.
/// </summary>
public class LongHopesTests
{
    [Theory]
    [InlineData("Blinken said he hopes a truce between Armenia and Azerbaijan might hold through the winter.")]
    [InlineData("The Kenyan president hoped the talks between the two Sudanese generals would resume soon.")]
    [InlineData("Egypt hopes the new round of negotiations over the dam will succeed.")]
    [InlineData("The Japanese minister is hoping the summit with South Korea and China can be held in May.")]
    [InlineData("Brazil hoped a deal between Mercosur and the European Union would be signed this year.")]
    [InlineData("Ghana hopes the long-delayed vote in neighbouring Togo will go ahead.")]
    public void A_hope_about_a_long_phrase_codes_nothing_inside_it(string text) =>
        Assert.Empty(EventTestDocuments.Run(text).Events);
}
