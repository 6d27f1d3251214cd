namespace Parley.Pipeline.Tests.Events;

/// <summary>"Reagan and Soviet leader Mikhail Gorbachev met": lower-case title words of the second conjunct keep the two sides one list.</summary>
public class ConjoinedLeadersTests
{
    [Theory]
    [InlineData("President Ronald Reagan and Soviet leader Mikhail Gorbachev met for five hours in Geneva on Tuesday.", "1985-11-20", "USA,RUS")]
    [InlineData("President Ronald Reagan and Chinese leader Deng Xiaoping met in Beijing.", "1984-04-28", "USA,CHN")]
    [InlineData("Japan's Prime Minister Yasuhiro Nakasone and his Chinese counterpart Zhao Ziyang signed a trade accord.", "1984-03-25", "JPN,CHN")]
    [InlineData("Chancellor Helmut Kohl and French president Francois Mitterrand held talks in Bonn.", "1987-05-10", "DEU,FRA")]
    [InlineData("Egyptian President Hosni Mubarak and Israeli prime minister Yitzhak Rabin met in Cairo.", "1994-02-01", "EGY,ISR")]
    [InlineData("King Hussein and Israeli premier Yitzhak Rabin signed the peace treaty.", "1994-10-26", "JOR,ISR")]
    public void Both_conjuncts_are_sides(string text, string published, string sides)
    {
        var e = EventTestDocuments.Best(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(e);
        Assert.Equal(sides, EventTestDocuments.Countries(e.Source));
        Assert.Equal(sides, EventTestDocuments.Countries(e.Target));
    }
}
