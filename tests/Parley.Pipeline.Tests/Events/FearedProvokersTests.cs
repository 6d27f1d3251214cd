namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A show of force that cites the threat of another side's act, or comes amid fears of it, faces that side. Sentences written
/// for these tests.
/// </summary>
public sealed class FearedProvokersTests
{
    [Theory]
    [InlineData("India put its troops on high alert along the border, citing the threat of a Chinese incursion.", "IND", "CHN")]
    [InlineData("Greece put its navy on alert amid fears of a Turkish incursion into its waters.", "GRC", "TUR")]
    public void The_side_whose_act_is_feared_is_the_target(string text, string source, string target) =>
        EventTestDocuments.AssertSides(text, "MOBILIZE", source, target);

    [Fact]
    public void A_fear_of_no_named_side_gives_no_provoker()
    {
        var doc = EventTestDocuments.Run("Greece put its navy on alert amid fears of a storm in the Aegean.");
        Assert.DoesNotContain(doc.Events, e => e.Rule.Contains("+target.provoker", StringComparison.Ordinal));
    }
}
