namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 20: a visit noun's own phrase names both sides, the visitor after "by" (past any titles and demonyms) and the host after
/// "to", in either order. Sentences written for this test.
/// </summary>
public class VisitSidesTests
{
    [Theory]
    [InlineData("The accord was signed during a visit by India's Prime Minister Narendra Modi to Sri Lanka.", "IND", "LKA")]
    [InlineData("A visit by the French foreign minister to Algeria ended on Monday without a statement.", "FRA", "DZA")]
    [InlineData("Protesters gathered outside the palace during a state visit by German Chancellor Olaf Scholz to Kenya.", "DEU", "KEN")]
    [InlineData("The frigate deal was announced after a three-day trip to Manila by the Japanese defence minister.", "JPN", "PHL")]
    [InlineData("A surprise visit to Kyiv by Polish President Andrzej Duda drew praise at home.", "POL", "UKR")]
    [InlineData("Officials are preparing for a planned visit by Brazilian President Lula da Silva to Angola in May.", "BRA", "AGO")]
    public void A_visit_nouns_by_phrase_is_the_visitor_and_its_to_phrase_the_host(string text, string visitor, string host)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "042");
        Assert.Equal((visitor, host), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Theory]
    [InlineData("Ghana's president was criticised for a visit to Togo marked by protests.")]
    [InlineData("The minister ended the visit to Chad by flying home early.")]
    public void A_by_that_belongs_to_another_word_or_tells_how_names_no_visitor(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "042" && e.Source.Any(a => a.Code.Country == "TGO" || a.Code.Country == "TCD"));
}
