namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A trip made for talks with someone is aimed at them, at home as abroad, not at the city it goes to: "sent a delegation
/// to Muscat to hold talks with the Houthis" is Yemen's government meeting the Houthis (`+target.talks`, round 44).
/// Sentences invented for these tests.
/// </summary>
public class VisitTalksPartnersTests
{
    [Theory]
    [InlineData("The Yemeni government sent a delegation to Muscat on Monday to hold talks with the Houthis.", "YEM", "YEM")]
    [InlineData("The Burmese army sent a delegation to Bangkok on Friday for talks with the Arakan Army.", "MMR", "MMR")]
    public void The_talks_partner_is_the_target_not_the_venue(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.talks", e.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The Colombian president flew to Havana on Monday.", "COL", "CUB")] // no talks named: the host
    [InlineData("The Afghan Taliban sent a delegation to Doha for talks with Pakistani officials.", "AFG,PAK", "AFG,PAK")] // named by the slots already (a joint act lists both)
    public void Look_alikes_keep_their_target(string text, string source, string target)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.DoesNotContain("+target.talks", e.Rule, StringComparison.Ordinal);
    }
}
