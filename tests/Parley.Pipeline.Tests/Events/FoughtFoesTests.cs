namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// "fight" and "battle" take their foe as a plain object too: that object, not the place of the fighting, is the other side.
/// Sentences written for these tests.
/// </summary>
public sealed class FoughtFoesTests
{
    [Theory]
    [InlineData("Armenian troops fighting Azerbaijani forces in Iran's border region have suffered heavy losses.", "ARM", "AZE")]
    [InlineData("Iraqi soldiers fought Syrian troops in Turkey's Hatay province on Monday.", "IRQ", "SYR")]
    public void The_plain_object_of_a_fight_verb_is_the_foe(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "ASSAULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.foe", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Fighting_told_with_its_place_alone_names_no_foe() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Heavy fighting in Iran's border region killed dozens of Armenian soldiers on Monday.").Events,
            e => e.Rule.Contains("+target.foe", StringComparison.Ordinal));
}
