namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A trigger whose participle is followed by its own by-phrase ("a strike called by opposition parties to protest ...") is
/// passive: the group after "by" acted. Armed, rebel and separatist groups and factions are armed agents of their place.
/// </summary>
public class InnerAgentsTests
{
    [Theory]
    [InlineData("Shops in Nairobi stayed closed on Monday in a strike called by opposition parties to protest the arrest of their leader.", "KEN")]
    [InlineData("A march organised by rebel groups to protest the election drew thousands in Goma.", "COD")]
    public void The_by_phrase_inside_the_trigger_acts(string text, string country)
    {
        var best = EventTestDocuments.Best(text);
        Assert.NotNull(best);
        Assert.Equal("PROTEST", best.Plover);
        Assert.Equal(country, EventTestDocuments.Countries(best.Source));
    }
}
