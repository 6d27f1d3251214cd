namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// An attack on what "their" or "its" owns, told after its sentence's toll ("three soldiers were killed when troops fired on their
/// patrol"), strikes the side the toll fell on. Sentences written for these tests.
/// </summary>
public sealed class VictimsOwnTests
{
    [Theory]
    [InlineData("Three Indian soldiers were killed on Monday when Chinese troops fired on their patrol.", "CHN", "IND")]
    [InlineData("Four Syrian soldiers were killed when Israeli jets struck their base near Damascus.", "ISR", "SYR")]
    [InlineData("The Indian army said four Indian soldiers were killed on Tuesday when Chinese troops fired on their truck.", "CHN", "IND")]
    public void An_attack_on_the_victims_own_strikes_the_victims(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.Last(e => e.Plover == "ASSAULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.victims", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russian troops shelled Kharkiv, killing five people, and fired their rockets at Odesa.")]
    [InlineData("Chinese troops fired on an Indian patrol on Monday.")]
    public void An_attack_with_no_toll_before_it_or_on_no_one_owned_is_left_alone(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Rule.Contains("+target.victims", StringComparison.Ordinal));
}
