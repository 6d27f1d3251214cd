using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>People named by who they are, the subject of a protest act, are the protesters of the country where they act.</summary>
public sealed class ProtestingCrowdsTests
{
    [Theory]
    [InlineData("A small group of women marched through a street in Tbilisi on Sunday.", "women", "GEO", "OPP")]
    [InlineData("Dozens of medical students walked out of their lectures in Dhaka.", "students", "BGD", "EDU")]
    [InlineData("Thousands of young people took to the streets of Lima on Friday.", "people", "PER", "OPP")]
    [InlineData("Hundreds of mothers staged a sit-in outside the ministry in Nairobi.", "mothers", "KEN", "OPP")]
    [InlineData("Pensioners who had rallied in Madrid demanded higher payments.", "pensioners", "ESP", "OPP")]
    public void ProtestingPeopleAreProtesters(string text, string noun, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).StartsWith(noun, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    [InlineData("Bolivia raised fuel prices on Monday. Teachers marched to the ministry the next day.", "Teachers", "EDU")]
    [InlineData("Bolivia raised fuel prices on Monday. Junior doctors went on strike over the cuts.", "doctors", "HLH")]
    [InlineData("Bolivia raised fuel prices on Monday. Market traders blocked the main road into Sucre.", "traders", "BUS")]
    [InlineData("Bolivia raised fuel prices on Monday. University students clashed with riot police near the square.", "students", "EDU")]
    public void WithNoPlaceTheyAreTheStorysProtesters(string text, string noun, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).EndsWith(noun, StringComparison.Ordinal));
        Assert.Equal(new ActorCode("BOL", sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // the same people doing something else, or acted upon, stay uncoded
    [InlineData("Bolivia raised fuel prices on Monday. Women waited for hours at the clinic in La Paz.")]
    [InlineData("Bolivia raised fuel prices on Monday. Police dispersed the women outside the ministry.")]
    [InlineData("Bolivia raised fuel prices on Monday. Mothers were blocked from entering the court.")]
    [InlineData("Bolivia raised fuel prices on Monday. Thousands of people watched the parade.")]
    // one person joining a march is no crowd
    [InlineData("Bolivia raised fuel prices on Monday. \"We cannot pay,\" said a student who joined the march.")]
    public void OtherwiseTheyAreNoActors(string text)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) is "Women" or "women" or "Mothers" or "people" or "student");
    }
}
