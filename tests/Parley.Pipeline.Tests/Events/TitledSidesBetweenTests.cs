namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "Talks between Secretary of State X and Foreign Minister Y": the sides after "between" may open with a title of
/// several words; both sides are still read. Foreign and defence ministers of the major powers since the 1980s are in
/// the knowledge base with their dates. Sentences written for this test.
/// </summary>
public class TitledSidesBetweenTests
{
    [Theory]
    [InlineData("Talks between Secretary of State George Shultz and Foreign Minister Eduard Shevardnadze opened in Geneva.", "1987-09-15", "USA", "RUS")]
    [InlineData("Talks between Secretary of State James Baker and Foreign Secretary Douglas Hurd ended in London.", "1990-03-02", "USA", "GBR")]
    [InlineData("Talks between Foreign Secretary David Miliband and Foreign Minister Yang Jiechi were held in Beijing.", "2008-02-27", "GBR", "CHN")]
    [InlineData("Talks between Defense Secretary Dick Cheney and King Fahd began in Jeddah.", "1990-08-06", "USA", "SAU")]
    [InlineData("Talks between Foreign Minister Li Zhaoxing and Foreign Secretary Margaret Beckett were held in London.", "2006-09-11", "CHN", "GBR")]
    [InlineData("Talks between Defense Secretary William Perry and President Boris Yeltsin opened in Moscow.", "1995-04-03", "USA", "RUS")]
    public void Both_titled_sides_after_between_are_read(string text, string published, string first, string second)
    {
        var document = EventTestDocuments.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        var e = Assert.Single(document.Events, e => e.Plover == "CONSULT");
        Assert.Contains(first, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.Contains(second, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Eduard Shevardnadze criticized the rebels in Abkhazia.", "1988-05-10", "RUS")]
    [InlineData("Eduard Shevardnadze criticized the rebels in Abkhazia.", "1995-05-10", "GEO")]
    public void A_minister_is_coded_by_the_office_he_held_on_the_day(string text, string published, string country)
    {
        var e = Assert.Single(EventTestDocuments.Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Events);
        Assert.StartsWith(country, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
    }
}
