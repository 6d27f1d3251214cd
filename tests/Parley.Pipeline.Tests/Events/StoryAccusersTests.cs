namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A denial that names no one answers the last accusation the story told against the denier's side, made by another country.
/// Sentences written for these tests.
/// </summary>
public sealed class StoryAccusersTests
{
    [Fact]
    public void A_later_denial_answers_the_accuser_told_before()
    {
        var doc = EventTestDocuments.Run(
            "Canadian officials accused Russia of jamming satellite signals over the Arctic.\n\n"
            + "The Arctic has warmed fast in recent years.\n\n"
            + "Shipping through the northern passage has grown.\n\n"
            + "Scientists say the ice may vanish in summer within decades.\n\n"
            + "Fishing fleets have followed the retreating ice.\n\n"
            + "Several weeks later, at a meeting in Geneva, the Russian foreign minister called the claims absurd.");
        var denial = doc.Events.Single(e => e.Cameo == "016");
        Assert.Equal(("RUS", "CAN"), (EventTestDocuments.Countries(denial.Source), EventTestDocuments.Countries(denial.Target)));
    }

    [Fact]
    public void An_accusation_against_another_side_of_the_same_country_is_not_answered()
    {
        var doc = EventTestDocuments.Run(
            "Brazilian officials accused Colombian rebels of smuggling arms across the border.\n\n"
            + "The Arctic has warmed fast in recent years.\n\n"
            + "Shipping through the northern passage has grown.\n\n"
            + "Scientists say the ice may vanish in summer within decades.\n\n"
            + "Fishing fleets have followed the retreating ice.\n\n"
            + "Weeks later, at a summit in Lima, the Colombian government called the claims absurd.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.accuser", StringComparison.Ordinal));
    }
}
