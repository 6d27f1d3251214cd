namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A written title reaches the name it heads, not a second name coordinated after it ("Soviet leader Mikhail Gorbachev
/// and Deng Xiaoping"), and a country before a person whose known name takes the title in ("U.S. President George W.
/// Bush") leaves the person to act; a given name that is also a law word ("Bill") does not make the country part of a
/// law's name. Sentences written for this test.
/// </summary>
public class TitleReachTests
{
    [Theory]
    [InlineData("Soviet leader Mikhail Gorbachev and Deng Xiaoping held a summit in Beijing.", "RUS,CHN")]
    [InlineData("Chinese leader Deng Xiaoping and Mikhail Gorbachev held a summit in Beijing.", "CHN,RUS")]
    [InlineData("Russian President Vladimir Putin and Recep Tayyip Erdogan held talks in Sochi.", "RUS,TUR")]
    [InlineData("Indian Prime Minister Narendra Modi and Xi Jinping held an informal summit in Wuhan.", "IND,CHN")]
    public void A_title_does_not_reach_past_the_and(string text, string sides)
    {
        var e = EventTestDocuments.Best(text);

        Assert.NotNull(e);
        Assert.Equal(sides, EventTestDocuments.Countries(e.Source));
    }

    [Theory]
    [InlineData("U.S. President George W. Bush met Russian President Vladimir Putin in Slovenia.", "George W. Bush")]
    [InlineData("U.S. President Ronald Reagan met Soviet leader Mikhail Gorbachev in Reykjavik.", "Ronald Reagan")]
    [InlineData("U.S. President Bill Clinton met Russian President Boris Yeltsin in Helsinki.", "Bill Clinton")]
    [InlineData("U.S. President Bill Clinton and Russian President Boris Yeltsin met in Helsinki.", "Bill Clinton")]
    public void The_person_after_a_country_and_a_title_acts(string text, string name)
    {
        var e = EventTestDocuments.Best(text, new DateOnly(2001, 6, 16));

        Assert.NotNull(e);
        Assert.Equal(name, e.Source[0].Name);
    }
}
