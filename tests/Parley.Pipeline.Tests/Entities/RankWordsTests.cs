namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Bolivia's main trade union federation": rank words between a country's possessive and its agent keep the agent, and its sector.</summary>
public sealed class RankWordsTests
{
    [Theory]
    [InlineData("Bolivia's main trade union federation threatened a general strike.", "federation", "BOL", "CVL")]
    [InlineData("South Korea's largest labor federation called a nationwide strike.", "federation", "KOR", "CVL")]
    [InlineData("Kenya's main opposition party rejected the results.", "party", "KEN", "OPP")]
    [InlineData("Japan's biggest business groups welcomed the trade deal.", "groups", "JPN", "BUS")]
    [InlineData("Mexico's leading rights groups condemned the killings.", "groups", "MEX", "NGO")]
    [InlineData("Nigeria's most powerful trade unions rejected the fuel price rise.", "unions", "NGA", "CVL")]
    public void A_rank_word_keeps_the_agent(string text, string noun, string country, string sector)
    {
        Assert.Matches($@"(^| ){noun}=Agent>[^|]*\[{country}\]", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)));
        var e = Events.EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country + sector, Assert.Single(e.Source).Code.Code);
    }

    [Theory]
    [InlineData("Bolivia's main square filled with people.")]
    [InlineData("Kenya's largest city flooded on Monday.")]
    public void Without_an_agent_after_them_nothing_is_read(string text) =>
        Assert.DoesNotMatch("=Agent>", EntityTestDocuments.Mentions(EntityTestDocuments.Run(text)));
}
