namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A clause subject named only by what its people are ("Lawyers for the editor", "officials", "critics") acts for the
/// country its phrase names, else the story's, with its agent word's sector (+source.people).
/// </summary>
public class RecallSubjectsTests
{
    [Theory]
    [InlineData("Bolivia is holding a referendum, and Bolivia's courts are busy. Officials accused the mining company of poisoning the river.", "BOL", "GOV")]
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. Critics have denounced the new budget.", "GHA", "CVL")]
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. Journalists rejected the proposed press code on Tuesday.", "NPL", "MED")]
    // "Church leaders" are clergy, not the government "leaders" alone would be.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Church leaders urged the government to free the detainees.", "KEN", "REL")]
    // Anyone may protest: any people word is a protest's agent.
    [InlineData("Malawi is short of fuel, and Malawi's hospitals are full. Doctors at the main hospital staged a strike over unpaid wages.", "MWI", "HLH")]
    [InlineData("Nigeria is mourning, and Nigeria's army is on alert. Protest leaders have rejected the government's offer of talks.", "NGA", "OPP")]
    // A count before the people ("Hundreds of prisoners") leaves them the subject; a place in their phrase gives their country.
    [InlineData("Hundreds of prisoners in Iranian jails went on hunger strike to protest executions.", "IRN", "CVL")]
    // A relative clause may stand between the head and its verb; with no story country, the one country the sentence's places lie in.
    [InlineData("Students who camped in the main square in Lima demanded the resignation of the president.", "PER", "EDU")]
    [InlineData("Teachers who spoke to reporters in Nairobi on Monday rejected the new pay offer.", "KEN", "EDU")]
    [InlineData("Miners who work at the Kolwezi copper mine in Congo rejected the company's pay offer.", "COD", "CVL")]
    public void A_subject_named_by_its_people_acts_for_its_phrase_or_story_country(string text, string country, string sector)
    {
        // "Students who occupied the square ... demanded": the relative clause's act has the same people as its agent.
        var events = EventTestDocuments.Run(text).Events.Where(e => e.Rule.Contains("+source.people", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal((country, sector), (EventTestDocuments.Countries(e.Source), e.Source[0].Code.Sector)));
    }

    [Theory]
    // Commentators are no actors; civilians named by class are bystanders more often than agents.
    [InlineData("Peru is in turmoil, and Peru's congress is divided. Analysts criticized the central bank's decision.")]
    [InlineData("Bolivia is holding a referendum, and Bolivia's courts are busy. The relatives refused the offer.")]
    // People beyond any one country are not the story's.
    [InlineData("Ghana is preparing for elections, and Ghana's parties are campaigning. International observers condemned the vote count.")]
    // A people or region the phrase names but Parley cannot place is not the story's either.
    [InlineData("Nepal has a new cabinet, and Nepal's parliament sits today. European lawyers condemned the ruling.")]
    // With no story country, neither side resolves: nothing is coded.
    [InlineData("Lawyers condemned the ruling on Monday.")]
    // A clause opening with a preposition has no subject there; a subject that undergoes the act is its victim.
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. On social media in Kenya some users praised the plan.")]
    [InlineData("Kenya is counting the votes, and Kenya's courts are ready for appeals. Passengers of a bus held hostage near the border were freed.")]
    public void No_subject_is_read_for_commentators_bystanders_foreigners_or_no_story(string text)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+source.people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_read_this_way_is_less_sure_than_one_named()
    {
        const string Story = "Peru is in turmoil, and Peru's congress is divided. ";
        var people = Assert.Single(EventTestDocuments.RunHandSet(Story + "Lawyers condemned the ruling on Monday.").Events, e => e.Plover == "ACCUSE");
        var named = Assert.Single(EventTestDocuments.RunHandSet(Story + "Peru's government condemned the ruling on Monday.").Events, e => e.Plover == "ACCUSE");
        Assert.True(people.Confidence < named.Confidence, $"{people.Confidence} < {named.Confidence}");
    }
}
