namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Candidates for office, town councillors and gatherings of people are people named by what they are: an attack on them
/// is aimed at the country their phrase or their attacker places them in. Sentences written for these tests.
/// </summary>
public sealed class UnnamedOfficeSeekersTests
{
    [Theory]
    [InlineData("Gunmen killed a town councillor outside his home in the Colombian department of Cauca on Friday.", "COL")]
    [InlineData("Masked men shot dead a Honduran congressional candidate at a rally on Sunday.", "HND")]
    [InlineData("Ethiopia's air force bombed a gathering of mourners near a church on Sunday.", "ETH")]
    public void An_attack_on_people_named_by_their_office_or_gathering_has_a_target(string text, string target)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "ASSAULT");
        Assert.Equal(target, EventTestDocuments.Countries(e.Target));
    }

    [Fact]
    public void An_appeal_to_candidates_is_to_the_speaker_s_country()
    {
        var e = EventTestDocuments.Run("Kenya's electoral commission asked candidates to wait for the official results.").Events.First(e => e.Plover == "REQUEST");
        Assert.Equal(("KEN", "KEN"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
