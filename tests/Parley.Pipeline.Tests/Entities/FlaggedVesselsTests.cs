using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Ships and firms tied to a country by a hyphened participle ("a Greek-flagged tanker"): that country's.</summary>
public sealed class FlaggedVesselsTests
{
    [Theory]
    // a ship takes its flag, owner or link country, with no sector
    [InlineData("Pirates boarded a Maltese-flagged tanker off the coast on Friday.", "Maltese-flagged tanker", "MLT", null)]
    [InlineData("The rebels vowed to strike any Saudi-owned vessel near the strait.", "Saudi-owned vessel", "SAU", null)]
    [InlineData("Gunmen in speedboats fired at a Japanese-linked ship in the gulf.", "Japanese-linked ship", "JPN", null)]
    // words for the kind of ship may stand between
    [InlineData("Commandos seized a Panamanian-registered oil tanker at dawn.", "Panamanian-registered oil tanker", "PAN", null)]
    // "U.S." read as a name of its own is a word of the ship's name
    [InlineData("Drones hit a U.S.-owned container ship in the Red Sea.", "U.S.-owned container ship", "USA", null)]
    // a firm is its country's business sector
    [InlineData("Police raided a Chinese-owned company near the port on Monday.", "Chinese-owned company", "CHN", "BUS")]
    public void OwnedThingsActForTheirCountry(string text, string phrase, string country, string? sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == phrase);
        Assert.Equal(MentionKind.Agent, mention.Kind);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // a participle that ties nothing to a country, or a noun for no ship or firm, makes no actor
    [InlineData("A state-owned company cut prices on Monday.", "state-owned company")]
    [InlineData("The Greek-owned hotel closed for the winter.", "Greek-owned hotel")]
    public void NotAnOwnedThing(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.TextOf(m.Range) == phrase);
    }
}
