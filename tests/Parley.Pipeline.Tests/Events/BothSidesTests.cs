namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An appeal to "them", "both sides" or "the warring parties", or for restraint with no one named, is addressed to the two
/// sides of the dealing told just before. Sentences written for these tests.
/// </summary>
public sealed class BothSidesTests
{
    [Theory]
    [InlineData("Ethiopia and Eritrea exchanged artillery fire on Monday. Kenya's president urged both sides to return to talks.", "KEN", "ETH,ERI")]
    [InlineData("Armenia and Azerbaijan clashed near their border overnight. France called for restraint.", "FRA", "ARM,AZE")]
    [InlineData("Armenia and Azerbaijan clashed near their border overnight. Germany's foreign minister urged them to pull back their troops.", "DEU", "ARM,AZE")]
    [InlineData("Armenia and Azerbaijan clashed near their border overnight. Georgia's president said he had called both leaders and urged them to hold fire.", "GEO", "ARM,AZE")]
    [InlineData("Peru and Ecuador clashed in the Cenepa valley on Friday. Brazil urged the two countries to settle the dispute by talks.", "BRA", "PER,ECU")]
    // "both neighbouring countries": a plural that "both" makes the pair leaves "them" to it, an adjective between
    [InlineData("Ethiopia and Sudan signed a truce along their border on Sunday. \"We welcome the commitment of both neighbouring countries to the truce,\" Egypt's foreign ministry said, urging them to settle their dispute through talks.", "EGY", "ETH,SDN")]
    public void An_appeal_to_both_sides_is_addressed_to_the_pair_told_before(string text, string source, string target)
    {
        var appeal = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "REQUEST");
        Assert.Equal((source, target), (EventTestDocuments.Countries(appeal.Source), EventTestDocuments.Countries(appeal.Target)));
        Assert.Contains("+target.sides", appeal.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Them_after_a_plural_of_its_own_sentence_is_not_the_earlier_pair()
    {
        var doc = EventTestDocuments.Run("Ethiopia and Eritrea exchanged artillery fire on Monday. Kenya's president met leaders of farm unions, urging them to end their sit-in.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.sides", StringComparison.Ordinal));
    }

    [Fact]
    public void Restraint_asked_of_someone_named_is_not_both_sides()
    {
        var doc = EventTestDocuments.Run("Ethiopia and Eritrea exchanged artillery fire on Monday. Kenya's president called for restraint by the police.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.sides", StringComparison.Ordinal));
    }
}
