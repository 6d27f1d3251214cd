namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "An alliance of armed groups in the north said it had seized ...": an alliance, a coalition, a network, a federation or a
/// bloc of agents acts as those agents, as "a group of rebels" does. The sentences are invented for these tests.
/// </summary>
public class CollectiveAlliancesTests
{
    [Theory]
    [InlineData("A coalition of armed groups in eastern Congo said on Friday it had seized two mining towns.", "ASSAULT", "COD", "COD")]
    [InlineData("An alliance of opposition parties in Guinea accused the junta of rigging the referendum.", "ACCUSE", "GIN", "GIN")]
    [InlineData("A network of rights groups in Kenya condemned the police for the arrests of bloggers.", "ACCUSE", "KEN", "KEN")]
    public void An_alliance_of_agents_acts_as_those_agents(string text, string plover, string source, string target) =>
        EventTestDocuments.AssertSides(text, plover, source, target);

    [Fact]
    public void An_alliance_named_only_by_what_it_fights_has_no_source()
    {
        // "an alliance of convenience": no agent in the "of" phrase, so no one acts.
        Assert.DoesNotContain(EventTestDocuments.Run("An alliance of convenience attacked the convoy near the border.").Events,
            e => e.Plover == "ASSAULT" && e.Source.Count > 0);
    }
}
