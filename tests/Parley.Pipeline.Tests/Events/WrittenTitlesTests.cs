namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A known person's title written with its country beats the knowledge base's role on the story's date (these tests are dated
/// July 2025, when each of these people held another office or none); the sentences are invented for these tests.
/// </summary>
public class WrittenTitlesTests
{
    [Theory]
    [InlineData("Dutch Prime Minister Mark Rutte criticized Russia over the downing of the airliner.", "criticized", "NLDGOV")]
    [InlineData("Estonian Prime Minister Kaja Kallas accused Moscow of cyberattacks on Tuesday.", "accused", "ESTGOV")]
    [InlineData("Portugal's Prime Minister Antonio Costa urged Angola to hold early elections.", "urged", "PRTGOV")]
    [InlineData("Chilean President Michelle Bachelet condemned the coup in Honduras on Sunday.", "condemned", "CHLGOV")]
    [InlineData("German Defence Minister Ursula von der Leyen rejected calls for more troops in Mali.", "rejected", "DEUMIL")]
    [InlineData("Antonio Guterres, Portugal's prime minister, praised Brazil for the trade accord.", "praised", "PRTGOV")]
    [InlineData("Josep Borrell, the Spanish foreign minister, criticized the government of Venezuela.", "criticized", "ESPGOV")]
    public void A_title_with_its_country_decides_the_actor(string text, string trigger, string source) =>
        Assert.Equal(source, SourceOf(text, trigger));

    [Theory]
    // a title of the office held on the date, no title at all, or a title without a country keeps the knowledge base's role
    [InlineData("NATO Secretary General Mark Rutte criticized Russia on Monday.", "criticized", "IGOMIL")]
    [InlineData("Mark Rutte criticized Russia for the missile strikes on Monday.", "criticized", "IGOMIL")]
    [InlineData("Prime Minister Donald Tusk accused Belarus of pushing migrants across the border.", "accused", "POLGOV")]
    [InlineData("Russian President Vladimir Putin accused Ukraine of shelling the plant.", "accused", "RUSGOV")]
    // a country before a comma belongs to another phrase
    [InlineData("After new sanctions on Cuba, Secretary of State Marco Rubio accused Havana of harbouring fugitives.", "accused", "USAGOV")]
    // another person's name before the title is no country: "Foreign Minister Wang Yi and Secretary Rubio"
    [InlineData("Foreign Minister Wang Yi and Secretary Rubio met in Oslo on Friday.", "met", "CHNGOV,USAGOV")]
    public void Without_another_written_country_the_role_on_the_date_stays(string text, string trigger, string source) =>
        Assert.Equal(source, SourceOf(text, trigger));

    private static string SourceOf(string text, string trigger)
    {
        var document = EventTestDocuments.Run(text);
        var found = document.Events.FirstOrDefault(e => document.TextOf(e.Trigger) == trigger);
        Assert.True(found is not null, $"no event triggered by '{trigger}' in: {string.Join("; ", document.Events.Select(e => document.TextOf(e.Trigger)))}");
        return string.Join(",", found.Source.Select(a => a.Code.Code));
    }
}
