namespace Parley.Pipeline.Tests.Events;

/// <summary>Rejecting, suspending or conceding a country's elections, charter or emergency rule is aimed at that country.</summary>
public class TargetInstitutionsTests
{
    [Theory]
    [InlineData("Kenyan opposition leader Raila Odinga refused to accept the results of the December election.", "KEN")]
    [InlineData("Pakistan's army chief suspended the constitution on Saturday.", "PAK")]
    [InlineData("Chilean President Augusto Pinochet conceded defeat in the referendum.", "CHL")]
    [InlineData("Zimbabwe's ruling party rejected the outcome of the parliamentary vote.", "ZWE")]
    [InlineData("Peru's president declared a state of emergency in the capital.", "PER")]
    [InlineData("The Ivorian opposition refused to recognise the results of the presidential polls.", "CIV")]
    [InlineData("Thailand's army commander rejected the outcome of last month's vote and dissolved the cabinet.", "THA")]
    public void An_institution_of_the_source_s_country_is_that_country(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Target.Count == 1 && e.Target[0].Code.Country == country && e.Source.Count > 0 && e.Source[0].Code.Country == country);
    }

    [Theory]
    [InlineData("Nigerian officials rejected the outcome of the Beninese election.", "BEN")]
    [InlineData("Kenyan officials refused to accept the results of the vote in Uganda.", "UGA")]
    public void An_institution_its_phrase_places_is_of_that_country(string text, string country)
    {
        var document = EventTestDocuments.Run(text);
        Assert.Contains(document.Events, e => e.Target.Count == 1 && e.Target[0].Code.Country == country);
    }

    [Theory]
    [InlineData("Egypt's foreign minister rejected the proposal, saying the vote had been fair.")]
    [InlineData("Nepal's government met opposition leaders before the election.")]
    [InlineData("Amnesty International rejected the results of the vote.")]
    [InlineData("Serbia eased emergency measures on Wednesday in the Sandzak region.")]
    public void A_vote_outside_the_object_or_an_act_of_another_kind_gives_no_target(string text)
    {
        var document = EventTestDocuments.Run(text);
        Assert.DoesNotContain(document.Events, e => e.Target.Count == 1 && document.TextOf(e.Target[0].Range) is "vote" or "election" or "emergency");
    }
}
