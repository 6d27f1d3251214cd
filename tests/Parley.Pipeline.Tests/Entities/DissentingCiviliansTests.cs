using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>Civilians described by their dissent ("farmers opposed to the law") are protesters (OPP).</summary>
public sealed class DissentingCiviliansTests
{
    [Theory]
    [InlineData("Herders opposed to the grazing ban gathered outside the ministry in Dodoma.", "herders", "TZA")]
    [InlineData("Residents protesting the closure of a clinic marched through Lyon on Saturday.", "residents", "FRA")]
    [InlineData("Villagers angry at the new dam clashed with police in Laos.", "villagers", "LAO")]
    [InlineData("Workers opposing the pension reform walked out in Lisbon on Monday.", "workers", "PRT")]
    public void DissentingCiviliansAreTheOpposition(string text, string noun, string country)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).StartsWith(noun, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new ActorCode(country, "OPP"), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // civilians said to do something else keep their sector
    [InlineData("Residents of Lyon cheered the cyclists on Saturday.")]
    [InlineData("Villagers angry and tired waited for the aid trucks in Laos.")]
    public void OtherCiviliansAreNoOpposition(string text)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => document.Entities[m.Entity].Actor?.Sector == "OPP");
    }
}
