namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An offer to help two sides come to terms ("offered to help facilitate them", "is ready to help bring the two sides together") is
/// made to that pair, told in the sentence or just before. Sentences written for these tests.
/// </summary>
public sealed class HelpedPairsTests
{
    [Theory]
    [InlineData("Kenya said Ethiopia and Eritrea had shown readiness to negotiate, and it offered to help facilitate them.", "KEN", "ETH,ERI")]
    [InlineData("Peru and Chile have been locked in a dispute over fishing rights. Brazil said it is ready to help bring the two sides together.", "BRA", "PER,CHL")]
    [InlineData("Ghana said Togo and Benin had both asked for dialogue, and it offered to help mediate between them.", "GHA", "TGO,BEN")]
    public void An_offer_to_help_two_sides_to_terms_is_made_to_the_pair(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "AGREE");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.sides", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Japan said it was ready to help Ukraine rebuild its power grid.")]
    [InlineData("Peru and Chile have been locked in a dispute over fishing rights. Brazil said it is ready to help them with water supplies.")]
    public void Help_of_another_kind_is_not_read_as_to_the_pair(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.sides", StringComparison.Ordinal));
}
