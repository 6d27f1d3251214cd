namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A reciprocal object ("each other", "one another") after an act whose subject names two sides or more makes the act
/// reciprocal: each side acts on the others. Sentences written for these tests.
/// </summary>
public sealed class EachOtherTests
{
    [Theory]
    [InlineData("Serbia and Kosovo blamed each other for the unrest in the north.", "ACCUSE", "SRB,XKX")]
    [InlineData("Ethiopia and Eritrea accused one another of massing troops.", "ACCUSE", "ETH,ERI")]
    [InlineData("Armenia and Azerbaijan attacked each other's positions overnight.", "ASSAULT", "ARM,AZE")]
    public void Each_side_acts_on_the_others(string text, string plover, string sides)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, sides, sides), (e.Plover, EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.each-other", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Serbia blamed Kosovo for the unrest, and each other party stayed silent.")] // no reciprocal object of the act
    [InlineData("Serbian officials and police blamed each other for the failure.")] // one side only
    public void No_reciprocal_reading_without_the_pronoun_or_two_sides(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.each-other", StringComparison.Ordinal));
}
