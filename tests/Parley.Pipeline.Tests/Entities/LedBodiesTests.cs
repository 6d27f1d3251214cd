using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Bodies named by the country leading them ("the Saudi-led coalition"): that country's military.</summary>
public sealed class LedBodiesTests
{
    [Theory]
    // a coalition, alliance or force led by a country acts for that country's military
    [InlineData("The Saudi-led coalition shelled a port near Hodeidah on Sunday.", "Saudi-led coalition", "SAU", "MIL")]
    [InlineData("A French-led force landed near the border town at dawn.", "French-led force", "FRA", "MIL")]
    [InlineData("A Turkish-led alliance of militias took the hill on Thursday.", "Turkish-led alliance", "TUR", "MIL")]
    // "U.S." read as a name of its own is a word of the body's name
    [InlineData("The U.S.-led coalition bombed fuel depots east of Raqqa overnight.", "U.S.-led coalition", "USA", "MIL")]
    // words for the kind of body may stand between "-led" and a force or a mission
    [InlineData("An Ethiopian-led regional peacekeeping force entered the town on Monday.", "Ethiopian-led regional peacekeeping force", "ETH", "MIL")]
    [InlineData("The Rwandan-led mission arrested three commanders near the lake.", "Rwandan-led mission", "RWA", "MIL")]
    // a coalition a country backs is that country's too
    [InlineData("An Iranian-backed coalition seized the airport on Monday.", "Iranian-backed coalition", "IRN", "MIL")]
    public void LedBodiesActForTheirLeader(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(MentionKind.Agent, mention.Kind);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // "-led" is a description, never an organisation's name of its own
    [InlineData("The Saudi-led coalition shelled a port near Hodeidah on Sunday.", "Saudi-led")]
    // a ruling coalition with no country before it is no military body
    [InlineData("The ruling coalition lost its majority on Tuesday.", "coalition")]
    // a force a country only backs is not that country's
    [InlineData("A Russian-backed force entered the valley on Friday.", "Russian-backed force")]
    // a mission a country only backs is not that country's
    [InlineData("A Chilean-backed observer mission arrived on Friday.", "Chilean-backed observer mission")]
    public void NotALedBody(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == phrase && document.Entities[m.Entity].Actor?.Sector == "MIL");
        Assert.DoesNotContain(document.Entities, e => e.Name == "Saudi-led");
    }
}
