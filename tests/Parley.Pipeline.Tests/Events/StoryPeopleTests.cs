namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A subject the knowledge base does not know ("Ruperto Vaca Llanos rejected the result", "The Qullana Federation urged ...") acts for the
/// story's country when the story has one; a commentator stays of no country.
/// </summary>
public class StoryPeopleTests
{
    private const string Opening = "LA PAZ, Bolivia — Bolivia's electoral court declared the results valid on Monday. Bolivia's government called for calm. ";

    [Theory]
    [InlineData("Ruperto Vaca Llanos rejected the result.", "REJECT")]
    [InlineData("The Qullana Federation urged the government to reopen the talks.", "REQUEST")]
    public void An_unknown_subject_acts_for_the_story_country(string text, string plover)
    {
        var e = Assert.Single(EventTestDocuments.Run(Opening + text).Events, e => e.Rule.Contains("+source.name", StringComparison.Ordinal));
        Assert.Equal((plover, "BOL"), (e.Plover, EventTestDocuments.Countries(e.Source)));
    }

    [Theory]
    [InlineData("Security analyst Sergio Manrique Toledo said the vote was clean. Sergio Manrique Toledo criticized the court.")]
    [InlineData("Security analyst Sergio Manrique Toledo criticized the court.")]
    public void A_commentator_stays_of_no_country(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(Opening + text).Events, e => EventTestDocuments.Countries(e.Source) == "BOL" && e.Plover == "ACCUSE");
}
