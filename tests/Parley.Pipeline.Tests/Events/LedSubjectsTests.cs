namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An uncoded subject whose aside names who leads it ("Relatives of the missing, led by X, demanded ...") acts through its
/// leader: X is the source. An aside of mere company ("joined by ...") names no leader.
/// </summary>
public class LedSubjectsTests
{
    [Theory]
    [InlineData("Families of the missing, led by Croatian opposition leaders, demanded that Serbia open its archives.", "HRV")]
    [InlineData("Farmers from the north, organised by the Chilean Communist Party, blocked the highway to Santiago.", "CHL")]
    [InlineData("Thousands of workers, headed by Polish bishops, marched on the parliament.", "POL")]
    [InlineData("Villagers near the dam, led by Brazilian bishops, occupied the site on Monday.", "BRA")]
    [InlineData("Hundreds of students, led by the Indonesian opposition, rallied against President Suharto.", "IDN")]
    [InlineData("Widows of the miners, spearheaded by Bolivian opposition lawmakers, demanded that the government pay compensation.", "BOL")]
    public void The_leader_named_in_the_aside_acts_for_the_uncoded_subject(string text, string country)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.Equal(country, EventTestDocuments.Countries(events[0].Source));
    }

    [Theory]
    // Company is no leader; a subject that is itself an actor needs no leader read for it.
    [InlineData("Students, joined by the Chilean Communist Party, blocked the highway to Santiago.", "CHL")]
    [InlineData("Argentina, led by the Brazilian delegation, demanded new talks.", "BRA")]
    public void Company_or_a_coded_subject_is_not_led(string text, string country)
    {
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Source.Count > 0 && EventTestDocuments.Countries(e.Source) == country);
    }
}
