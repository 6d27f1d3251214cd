namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An appeal whose addressees are joined by "and" ("urged the government and the rebels to withdraw", "called on officials
/// at home and in Europe to ease the curbs") still governs the act after their "to": the act is the appeal's content, never an
/// asserted act of the appealing side (Complements.CoordinatedAddressees; VOA review round 20, #33).
/// </summary>
public sealed class CoordinatedAddresseesTests
{
    [Theory]
    [InlineData("Farmers urged officials in Accra and in Brussels to ease trade restrictions.", "CONCEDE")]
    [InlineData("Kenya's tea growers are calling on officials at home and in Britain to loosen export rules imposed during the drought.", "CONCEDE")]
    [InlineData("The United Nations urged the government and the rebels to withdraw their forces from the town.", "RETREAT")]
    public void The_act_asked_of_joined_addressees_is_the_appeal_s_content(string text, string asked)
    {
        var events = EventTestDocuments.Run(text, new DateOnly(2025, 1, 1)).Events;
        Assert.DoesNotContain(events, e => e.Plover == asked);
        var appeal = Assert.Single(events, e => e.Plover == "REQUEST");
        Assert.StartsWith("02", appeal.Cameo, StringComparison.Ordinal);
        Assert.NotEqual("020", appeal.Cameo); // the act asked for refines the appeal's code (0251 ease, 0256 de-escalate)
    }

    [Fact]
    public void A_second_finite_verb_after_and_is_a_new_predicate()
    {
        var events = EventTestDocuments.Run("The minister urged calm and said the army would withdraw its forces from the town.", new DateOnly(2025, 1, 1)).Events;
        Assert.DoesNotContain(events, e => e.Plover == "REQUEST" && e.Cameo.StartsWith("025", StringComparison.Ordinal));
    }
}
