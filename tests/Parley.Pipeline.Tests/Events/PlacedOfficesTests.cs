namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "X, Quebec's provincial leader, said": a person the knowledge base lacks, introduced by an apposition ending in one
/// office noun ("leader") of a province, state or city the apposition names, acts for that place's country; the story's
/// later surname and pronoun mentions keep it.
/// </summary>
public sealed class PlacedOfficesTests
{
    [Theory]
    [InlineData("Anne Lavoie, Quebec's provincial leader, accused Washington of bullying Canada.", "CAN")]
    [InlineData("Markus Stangl, Bavaria's state leader, criticised Austria over the tolls.", "DEU")]
    [InlineData("Ghulam Abbasi, Sindh's provincial leader, accused India of cutting the river flow.", "PAK")]
    [InlineData("Jordi Puigvert, Catalonia's regional leader, condemned France for closing the pass.", "ESP")]
    [InlineData("Tran Minh Duc, Hanoi's city leader, praised Japan for the new metro loan.", "VNM")]
    [InlineData("Ricardo Paiva, Bahia's state leader, urged Angola to reopen the port.", "BRA")]
    public void An_office_of_a_named_place_acts_for_its_country(string text, string country)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(country, EventTestDocuments.Countries(e.Source));
    }

    [Fact]
    public void Later_mentions_keep_the_country()
    {
        var document = EventTestDocuments.Run("Anne Lavoie, Quebec's provincial leader, spoke on Monday. Lavoie accused Washington of bullying Canada. "
            + "She also threatened to cut power exports.");
        Assert.Contains(document.Events, e => e.Plover == "ACCUSE" && EventTestDocuments.Countries(e.Source) == "CAN");
        Assert.Contains(document.Events, e => e.Plover == "THREATEN" && EventTestDocuments.Countries(e.Source) == "CAN");
    }

    [Theory]
    // no place named: the office noun alone gives no country
    [InlineData("Amien Kusuma, the Muslim leader, criticised the budget.")]
    // many holders, not one person
    [InlineData("Anne Lavoie, Quebec's provincial leaders, criticised the budget.")]
    public void An_office_without_a_place_or_of_many_gives_no_country(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Any(a => a.Code.Country is "CAN" or "IDN"));
}
