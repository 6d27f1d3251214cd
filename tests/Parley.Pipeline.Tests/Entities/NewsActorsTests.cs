namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Actors the knowledge base lacked a word or a row for: observers sent by a body act for it, growers with a place are its
/// civilians, and people in the news who hold no office
/// (data/sources/officeholders-newsmakers.txt) act for the country of their citizenship.
/// </summary>
public sealed class NewsActorsTests
{
    [Theory]
    [InlineData("Election observers from the African Union praised the calm in Lilongwe.", "Election observers", "IGO")]
    [InlineData("Observers from the Organization of American States met the candidates in Quito.", "Observers", "IGO")]
    [InlineData("Poll monitors from the Commonwealth visited polling stations in Accra.", "Poll monitors", "IGO")]
    public void Observers_sent_by_a_body_act_for_it(string text, string words, string country) =>
        Assert.StartsWith(country, EntityTestDocuments.CodeOf(text, words), StringComparison.Ordinal);

    [Fact]
    public void Observers_with_no_sender_stay_uncoded() =>
        Assert.Equal("none", EntityTestDocuments.CodeOf("Observers expect a close race next month.", "Observers"));

    [Theory]
    [InlineData("Cocoa growers in Ivory Coast's west refused to sell their beans.", "growers", "CIVCVL")]
    [InlineData("Tea growers in Kericho blocked the road to the factory.", "growers", "KENCVL")]
    public void Growers_with_a_place_act_for_its_country(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));

    [Theory]
    [InlineData("Julian Assange left Belmarsh prison in June 2024.", "Julian Assange", "AUSMED")]
    [InlineData("Greta Thunberg joined a sit-in outside the Swedish parliament.", "Greta Thunberg", "SWECVL")]
    [InlineData("Yulia Navalnaya met European ministers in Brussels.", "Yulia Navalnaya", "RUSOPP")]
    public void People_in_the_news_without_office_have_their_country(string text, string words, string code) =>
        Assert.Equal(code, EntityTestDocuments.CodeOf(text, words));
}
