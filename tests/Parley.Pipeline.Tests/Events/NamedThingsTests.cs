namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A demonym that opens the proper name of a thing (a law, an airline, a tournament, a bridge) is a word of the name, no actor;
/// a demonym before a body or a people still names its country.
/// </summary>
public class NamedThingsTests
{
    [Theory]
    [InlineData("The French Open organisers banned two Russian players.", "FRA")]
    [InlineData("The Russian Cup organisers expelled a Ukrainian team.", "RUS")]
    public void A_demonym_inside_a_name_is_no_source(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => EventTestDocuments.Countries(e.Source) == country);
    }

    [Theory]
    [InlineData("The Chinese Embassy condemned the arrest of two Chinese nationals.", "ACCUSE", "CHN")]
    [InlineData("Chinese police arrested three Japanese tourists in Shanghai.", "COERCE", "CHN")]
    public void A_demonym_before_a_body_or_people_still_acts(string text, string plover, string country) =>
        EventTestDocuments.AssertSides(text, plover, country, "");
}
