namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A country's name written before a title is read whole: "Papua New Guinea Prime Minister" is Papua New Guinea's, not
/// Guinea's, whose one-word name ends it. Sentences invented for these tests.
/// </summary>
public class LongestCountryTitlesTests
{
    [Theory]
    [InlineData("Papua New Guinea Prime Minister James Marape warned on Friday that he would send troops to the highlands.", "PNGGOV")]
    [InlineData("Papua New Guinea Prime Minister James Marape criticized Australia over the visa rules.", "PNGGOV")]
    [InlineData("Equatorial Guinea President Teodoro Obiang accused Gabon of occupying the islands.", "GNQGOV")]
    public void The_longest_country_name_before_a_title_wins(string text, string source)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(source, string.Join(",", best.Source.Select(a => a.Code.Code)));
    }
}
