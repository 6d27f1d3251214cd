using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// A story's country is told by its known people as well as by country names: a story about Venezuela that names its
/// president again and again and the United States once is about Venezuela, so its unplaced agents are Venezuela's.
/// </summary>
public sealed class StoryPeopleTests
{
    [Theory]
    [InlineData("Nicolas Maduro rallied his supporters in a televised address on Sunday. Maduro said the United States was behind the unrest. Maduro also promised new housing. Security forces detained dozens of people overnight.", "Security forces", "VEN", "COP")]
    [InlineData("William Ruto defended the new tax law on Tuesday. Ruto said Britain had praised the reforms. Ruto met his cabinet later. Police fired tear gas at the crowds.", "Police", "KEN", "COP")]
    public void KnownPeopleTellTheStorysCountry(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2024, 8, 2));
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // named once, a leader is no one the story is about: the country the story names is
    [InlineData("Nicolas Maduro phoned the Colombian president on Sunday. Colombia said the border would reopen, and Colombia thanked him. Police fired tear gas at the crowds.", "COL")]
    // an unknown name is no evidence of the story's country
    [InlineData("Tomas Velarde Ibsen spoke on Sunday. Velarde Ibsen said Peru must act, and Velarde Ibsen thanked Peru. Police fired tear gas at the crowds.", "PER")]
    public void PeopleNamedOnceOrUnknownTellNothing(string text, string country)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2024, 8, 2));
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == "Police");
        Assert.Equal(country, document.Entities[mention.Entity].Actor?.Country);
    }
}
