namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A country's name written before a title is read whole: "Papua New Guinea Prime Minister" is Papua New Guinea's, not
/// Guinea's, whose one-word name ends it; so is "South Sudan's Vice President", whose possessive word "Sudan's" ends after
/// the name "South Sudan" (round 44). Sentences invented for these tests.
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

    [Theory]
    [InlineData("South Sudan's Foreign Minister Chol Mayen accused Sudan of arming the militias along the border.", "SSDGOV")]
    [InlineData("Papua New Guinea's Prime Minister James Marape criticized Australia over the visa rules.", "PNGGOV")]
    [InlineData("Equatorial Guinea's President Teodoro Obiang accused Gabon of occupying the islands.", "GNQGOV")]
    public void A_possessive_country_name_before_a_title_is_read_whole(string text, string source)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal(source, string.Join(",", best.Source.Select(a => a.Code.Code)));
    }

    [Theory]
    [InlineData("Soldiers detained South Sudan's Vice President Riek Machar at his house in Juba.", "SSD")]
    [InlineData("Sudan's army chief Abdel Fattah al-Burhan accused the Rapid Support Forces of looting Omdurman.", "SDN")]
    public void A_title_with_a_possessive_country_gives_that_country(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        var actors = best.Source.Concat(best.Target).Where(a => a.Code.Sector is "GOV" or "MIL").Select(a => a.Code.Country).Distinct();
        Assert.Equal(country, Assert.Single(actors));
    }
}
