using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>"Envoys from Peru and Bolivia": a second country joined by "and" is the home of a second group of the same agents.</summary>
public sealed class CoordinatedHomesTests
{
    [Theory]
    [InlineData("Envoys from Peru and Bolivia sat down in Lima on Tuesday.", "Envoys from Peru", "PER", "Bolivia", "BOL")]
    [InlineData("Soldiers from Mali and Burkina Faso patrolled the border region.", "Soldiers from Mali", "MLI", "Burkina Faso", "BFA")]
    [InlineData("Diplomats from Ghana and the Gambia agreed on a new visa rule.", "Diplomats from Ghana", "GHA", "Gambia", "GMB")]
    public void SecondCountryIsASecondGroup(string text, string firstPhrase, string first, string secondPhrase, string second)
    {
        var document = EntityTestDocuments.Run(text);
        var one = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == firstPhrase);
        var two = Assert.Single(document.Mentions, m => document.TextOf(m.Range) == secondPhrase);
        Assert.Equal(MentionKind.Agent, two.Kind);
        Assert.NotEqual(one.Entity, two.Entity);
        Assert.Equal(first, document.Entities[one.Entity].Actor?.Country);
        Assert.Equal(second, document.Entities[two.Entity].Actor?.Country);
        Assert.Equal(document.Entities[one.Entity].Actor?.Sector, document.Entities[two.Entity].Actor?.Sector);
    }

    [Theory]
    // a city after "and" is a second place, not a second group
    [InlineData("Protesters in Accra and Kumasi blocked roads on Monday.", "Kumasi")]
    // the second country owns something else
    [InlineData("Envoys from Peru and Bolivia's navy met in Lima.", "Bolivia")]
    // the same country twice is one group
    [InlineData("Officials from Peru and Peru's neighbours met in Lima.", "Peru")]
    public void NoSecondGroup(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
    }
}
