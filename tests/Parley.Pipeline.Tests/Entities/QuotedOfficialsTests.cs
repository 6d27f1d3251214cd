namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Spokespeople, ambassadors to the UN, mayors, governors and central bankers named with no title or country
/// (data/sources/officeholders-spokespeople.txt, -cities.txt, -bodies.txt, -economy.txt) act for the country and sector of the office
/// they held on the story's day.
/// </summary>
public sealed class QuotedOfficialsTests
{
    [Theory]
    [InlineData("Babagana Zulum accused the army of abandoning villages near Lake Chad.", "2021-03-01", "Babagana Zulum", "NGAGOV")]
    [InlineData("Vitali Klitschko ordered heating points across the city to stay open.", "2022-11-20", "Vitali Klitschko", "UKRGOV")]
    [InlineData("Avichay Adraee warned residents of southern Lebanon to leave their homes.", "2024-09-30", "Avichay Adraee", "ISRMIL")]
    [InlineData("Ravina Shamdasani urged the authorities to release the detained journalists.", "2023-02-14", "Ravina Shamdasani", "IGOGOV")]
    [InlineData("Samantha Power condemned the veto cast at the Security Council.", "2016-10-09", "Samantha Power", "USAGOV")]
    [InlineData("Elvira Nabiullina warned banks against lending in foreign currencies.", "2023-04-12", "Elvira Nabiullina", "RUSGOV")]
    [InlineData("Wafula Chebukati declared the results of the presidential vote in Nairobi.", "2022-08-15", "Wafula Chebukati", "KENGOV")]
    [InlineData("Anton Siluanov promised that pensions would be paid on time.", "2022-04-05", "Anton Siluanov", "RUSGOV")]
    [InlineData("Jake Sullivan met his counterpart in Vienna for eight hours of talks.", "2023-05-11", "Jake Sullivan", "USAGOV")]
    public void A_quoted_official_has_the_country_of_the_office(string text, string day, string words, string code) =>
        Assert.Equal(code, CodeOn(text, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), words));

    [Fact]
    public void The_office_of_the_day_decides()
    {
        const string text = "Sarah Huckabee Sanders defended the decision at a news conference.";
        Assert.Equal("USAGOV", CodeOn(text, new DateOnly(2018, 3, 1), "Sarah Huckabee Sanders"));
        Assert.Equal("USAGOV", CodeOn(text, new DateOnly(2024, 3, 1), "Sarah Huckabee Sanders"));
        const string moved = "Peter Mandelson met trade officials in Washington.";
        Assert.Equal("GBRGOV", CodeOn(moved, new DateOnly(2025, 4, 2), "Peter Mandelson"));
        const string general = "H. R. McMaster briefed reporters on the new strategy.";
        Assert.Equal("USAMIL", CodeOn(general, new DateOnly(2017, 8, 22), "H. R. McMaster"));
    }

    /// <summary>The actor code of the first mention starting with <paramref name="words"/> in a story of <paramref name="day"/>.</summary>
    private static string CodeOn(string text, DateOnly day, string words)
    {
        var document = EntityTestDocuments.Run(text, day);
        foreach (var m in document.Mentions)
            if (document.TextOf(m.Range).StartsWith(words, StringComparison.Ordinal))
                return document.Entities[m.Entity].Actor?.Code ?? "none";
        return "none";
    }
}
