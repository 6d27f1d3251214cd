namespace Parley.Pipeline.Tests.Events;

/// <summary>A state giving way to protests, strikes or a movement it cannot name concedes to its own country.</summary>
public class ConcededProtestsTests
{
    [Theory]
    [InlineData("Bowing to weeks of street protests, Kyrgyz President Askar Akayev resigned.", "KGZ")]
    [InlineData("Peru's president resigned on Friday, bowing to months of demonstrations.", "PER")]
    [InlineData("Bowing to a general strike, the Nepali king restored parliament.", "NPL")]
    [InlineData("The Egyptian government bowed to the demands of striking workers on Sunday.", "EGY")]
    [InlineData("Serbia's prime minister stepped down after 11 weeks in office, yielding to the student protests.", "SRB")]
    [InlineData("Kyrgyz President Askar Akayev agreed to hold early elections, bowing to weeks of protests.", "KGZ")]
    public void A_concession_to_street_pressure_is_to_the_source_s_own_country(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Plover == "CONCEDE" && e.Target.Count == 1 && e.Target[0].Code.Country == country && e.Source[0].Code.Country == country);
    }

    [Theory]
    [InlineData("Chad's president bowed to pressure from France on Monday.", "TCD")]
    [InlineData("The Sudanese government bowed to American demands on Friday.", "SDN")]
    [InlineData("Ghana's president gave way on Monday and agreed to a new tax deal, saying protests were lawful.", "GHA")]
    public void A_concession_to_a_foreign_presser_or_with_protests_elsewhere_is_not_to_home(string text, string home)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Plover is "CONCEDE" or "AGREE" && e.Target.Any(t => t.Code.Country == home));
    }
}
