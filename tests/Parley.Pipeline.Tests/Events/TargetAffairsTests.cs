namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Praise or a demand about an affair inside a country ("hailed the peaceful transfer of power in Ghana", "a return to
/// civilian rule in Niger was demanded by ...") is aimed at that country when the phrase of what is praised or demanded
/// names it after "in". A country named past a comma or in another clause is not the affair's.
/// </summary>
public class TargetAffairsTests
{
    [Theory]
    [InlineData("The Commonwealth on Monday praised the smooth transfer of power in Malawi.", "IGO", "MWI")]
    [InlineData("Sweden applauded the peaceful conduct of the vote in Zambia on Tuesday.", "SWE", "ZMB")]
    [InlineData("Free elections in Myanmar were demanded on Friday by the European Union.", "IGO", "MMR")]
    [InlineData("Japan commended the restoration of democracy in Paraguay.", "JPN", "PRY")]
    [InlineData("The release of all detained journalists in Eritrea was demanded by Amnesty International.", "NGO", "ERI")]
    [InlineData("Canada lauded the ceasefire in Angola as a first step.", "CAN", "AGO")]
    public void The_country_of_the_praised_or_demanded_affair_is_the_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void A_country_past_a_comma_is_not_the_affair()
    {
        var e = EventTestDocuments.Best("Sweden praised the agreement, which was signed later in Zambia.");
        Assert.NotNull(e);
        Assert.DoesNotContain("ZMB", EventTestDocuments.Countries(e.Target), StringComparison.Ordinal);
    }
}
