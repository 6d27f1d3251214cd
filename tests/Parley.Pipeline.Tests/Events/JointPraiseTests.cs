namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Praise, verbal defence and rallying by several sides together are aimed at a third side, not at each other: with no
/// target named, the joint doers are not read as each other's target (a meeting or a signing still is). Sentences written
/// for these tests.
/// </summary>
public sealed class JointPraiseTests
{
    [Theory]
    [InlineData("Portugal, Chile and Japan commended the organisers for a smooth count.")]
    [InlineData("Norway and Finland welcomed the ruling on Tuesday.")]
    [InlineData("Austria and Belgium sent congratulations on the result.")]
    public void Joint_praise_is_not_aimed_at_its_own_doers(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal("SUPPORT", e.Plover);
        var source = EventTestDocuments.Countries(e.Source);
        Assert.NotEqual(source, EventTestDocuments.Countries(e.Target));
    }

    [Theory]
    [InlineData("Norway and Finland praised each other for the talks.", "SUPPORT")]
    [InlineData("Norway and Finland met in Oslo on Tuesday.", "CONSULT")]
    public void Each_other_and_meetings_stay_reciprocal(string text, string plover)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, "FIN,NOR"), (e.Plover, string.Join(",", e.Target.Select(a => a.Code.Country).Distinct().Order(StringComparer.Ordinal))));
    }
}
