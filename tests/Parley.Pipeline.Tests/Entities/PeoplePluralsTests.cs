using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "Several thousand Okinawans marched", "Bavarian farmers": a first-level division's people act for the division's country,
/// and a stateless people named by a plural noun alone acts as its civilians where the sentence or story is.
/// </summary>
public sealed class PeoplePluralsTests
{
    [Theory]
    [InlineData("Several thousand Okinawans marched past the air base on Sunday.", "Okinawans", "JPN")]
    [InlineData("Angry Sicilians blocked the port of Palermo for a second day.", "Sicilians", "ITA")]
    [InlineData("Hundreds of Texans rallied outside the state capitol against the new map.", "Texans", "USA")]
    [InlineData("Corsicans voted in large numbers for the nationalist list.", "Corsicans", "FRA")]
    [InlineData("Tasmanians protested against the logging of old forests.", "Tasmanians", "AUS")]
    // a stateless people: where the sentence acts, else its usual home
    [InlineData("Tamils demonstrated in Colombo against the arrests.", "Tamils", "LKA")]
    [InlineData("Tibetans marched through Lhasa to mark the anniversary.", "Tibetans", "CHN")]
    [InlineData("Hutus attacked a camp for displaced families near the lake.", "Hutus", "RWA")]
    public void PluralPeopleActAsCivilians(string text, string phrase, string country)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2001, 3, 5));
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
        Assert.Equal(new ActorCode(country, "CVL"), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    [InlineData("Bavarian farmers blocked the motorway with tractors.", "Bavarian farmers", "DEU", "CVL")]
    [InlineData("Sicilian prosecutors arrested a fugitive clan boss in Brussels.", "Sicilian prosecutors", "ITA", "JUD")]
    [InlineData("Californian lawmakers passed a bill on water rights.", "Californian lawmakers", "USA", "LEG")]
    [InlineData("Okinawan officials demanded that the base be moved.", "Okinawan officials", "JPN", "GOV")]
    public void DivisionDemonymBeforeAnAgentIsTheDivisionsCountry(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2001, 3, 5));
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && phrase.EndsWith(document.TextOf(m.Range), StringComparison.Ordinal));
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // creeds live in many states; a people spread over several with no state named stays uncoded; "Victorian" is an era
    [InlineData("Muslims marched through the capital after Friday prayers.", "Muslims")]
    [InlineData("Kurds gathered in the square after the verdict.", "Kurds")]
    [InlineData("Victorians enjoyed long train journeys.", "Victorians")]
    public void CreedsAndSpreadPeoplesStayUncoded(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text, new DateOnly(2001, 3, 5));
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
    }
}
