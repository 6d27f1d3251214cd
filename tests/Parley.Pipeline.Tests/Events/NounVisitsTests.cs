namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 15: "visit" after an ordinal or a word of the trip's kind or length ("his second visit", "an official visit",
/// "a two-day visit") is the noun, whose "to" names the host (042); after a subject or a modal it stays the verb, whose
/// object is the host. Sentences written for this test.
/// </summary>
public class NounVisitsTests
{
    [Theory]
    [InlineData("It was Blinken's third visit to Egypt since the war began.", "USA", "EGY")]
    [InlineData("The talks came during the Kenyan president's official visit to Ethiopia.", "KEN", "ETH")]
    [InlineData("Lula's surprise visit to Venezuela angered the opposition.", "BRA", "VEN")]
    [InlineData("Macron's third visit to Algeria ended on Friday.", "FRA", "DZA")]
    [InlineData("The Japanese prime minister's two-day visit to Vietnam ended with a new partnership.", "JPN", "VNM")]
    [InlineData("Erdogan's fourth visit to Qatar this year ended on Sunday.", "TUR", "QAT")]
    public void A_noun_visit_names_its_host_after_to(string text, string source, string target) =>
        AssertVisit(text, source, target, "consult.visit-noun.v1");

    [Theory]
    [InlineData("Rubio will visit Saudi Arabia next week.", "USA", "SAU")]
    [InlineData("Kenyan officials visit Ethiopia every year.", "KEN", "ETH")]
    public void A_verb_visit_names_its_host_as_object(string text, string source, string target) =>
        AssertVisit(text, source, target, "consult.visit.v2");

    private static void AssertVisit(string text, string source, string target, string rule)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "042");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.StartsWith(rule, e.Rule, StringComparison.Ordinal);
    }
}
