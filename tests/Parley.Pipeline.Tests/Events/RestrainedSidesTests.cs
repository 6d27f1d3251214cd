namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An appeal for restraint that names no one is aimed at the sides of the latest violence the story told (+target.fighting),
/// unless the appealer is one of them. Sentences written for these tests.
/// </summary>
public sealed class RestrainedSidesTests
{
    [Theory]
    [InlineData("India fired missiles at Pakistan on Tuesday, and Pakistan shelled Indian positions in Kashmir. Britain urged restraint.", "GBR")]
    [InlineData("Iran launched drones at Israel overnight. Egypt, Jordan and Oman urged restraint.", "EGY")]
    public void An_appeal_for_restraint_naming_no_one_goes_to_both_sides_of_the_fighting(string text, string appealer)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Cameo == "0256");
        Assert.StartsWith(appealer, EventTestDocuments.Countries(e.Source), StringComparison.Ordinal);
        Assert.Equal(2, e.Target.Select(a => a.Code.Country).Distinct().Count());
        Assert.Contains("+target.fighting", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("India fired missiles at Pakistan on Tuesday. Pakistan urged restraint.")]
    [InlineData("Britain urged restraint on Monday.")]
    public void An_appeal_by_a_side_of_the_fighting_or_with_no_fighting_told_takes_no_sides(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.fighting", StringComparison.Ordinal));
}
