namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A participle right after a noun ("a session of the Security Council requested by France") tells of that noun: the noun's
/// actor undergoes it, not the subject of the main clause ("Ruto spoke before ...").
/// </summary>
public class ReducedPassivesTests
{
    [Theory]
    [InlineData("Ruto spoke before a session of the UN Security Council requested by France and Kenya on the famine.", "FRA", "IGO")]
    [InlineData("Ruto spoke before a session of the UN Security Council requested by France on the famine.", "FRA", "IGO")]
    public void The_noun_before_the_participle_undergoes_it(string text, string source, string target)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.StartsWith(source, EventTestDocuments.Countries(best.Source), StringComparison.Ordinal);
        Assert.Equal(target, EventTestDocuments.Countries(best.Target));
    }
}
