namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A demand for the release of people held in a country is addressed to that country, which holds them. Sentences written for these tests.
/// </summary>
public sealed class DetainedInTests
{
    [Theory]
    [InlineData("Human Rights Watch demanded the release of two aid workers held in Mali since March.", "NGO", "MLI")]
    [InlineData("The European Union urged the immediate release of several students jailed in Iran after the protests.", "IGO", "IRN")]
    [InlineData("Canada demanded the release of three of its citizens detained in Venezuela.", "CAN", "VEN")]
    public void The_release_of_people_held_in_a_country_is_asked_of_it(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "REQUEST");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.holder", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Canada demanded the release of files stored in Venezuela.")]
    [InlineData("Human Rights Watch demanded that the army stop the arrests of students, who are held in Mali.")]
    public void A_release_of_no_one_held_or_a_place_past_the_clause_is_not_read(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.holder", StringComparison.Ordinal));
}
