using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// "a Jewish extremist in Tel Aviv", "Hindu militants in Gujarat", "Kurdish prisoners in Diyarbakir": a creed's or a
/// people's adjective before an agent noun acts where the sentence places it (creeds have no usual home); held people
/// (prisoners, detainees, inmates) act as a body, as refugees do.
/// </summary>
public sealed class CreedAgentsTests
{
    [Theory]
    [InlineData("A Jewish extremist stabbed two marchers at a parade in Haifa on Friday.", "extremist", "ISR", "REB")]
    [InlineData("Hindu militants torched shops in Ahmedabad after the train fire.", "militants", "IND", "REB")]
    [InlineData("Catholic bishops in Manila denounced the killings of drug suspects.", "bishops in Manila", "PHL", "REL")]
    [InlineData("Sunni gunmen ambushed a police convoy in Baghdad.", "gunmen", "IRQ", "REB")]
    [InlineData("Kurdish prisoners in Diyarbakir refused food for a third week.", "prisoners in Diyarbakir", "TUR", "CVL")]
    [InlineData("Palestinian detainees went on hunger strike, and Uighur detainees in Xinjiang did the same.", "detainees in Xinjiang", "CHN", "CVL")]
    [InlineData("Inmates in Caracas seized guards and demanded better food.", "Inmates in Caracas", "VEN", "CVL")]
    public void A_creed_or_held_group_acts_where_the_sentence_places_it(string text, string phrase, string country, string sector)
    {
        var document = EntityTestDocuments.Run(text);
        var mention = Assert.Single(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range).EndsWith(phrase, StringComparison.Ordinal));
        Assert.Equal(new ActorCode(country, sector), document.Entities[mention.Entity].Actor);
    }

    [Theory]
    // a creed with no place and no story country is not guessed
    [InlineData("Muslim hackers defaced thousands of websites last month.", "hackers")]
    // civilians named by class are still not actors
    [InlineData("Christian children returned to school in Mosul.", "Christian children")]
    public void Without_a_place_or_as_a_class_it_is_not_coded(string text, string phrase)
    {
        var document = EntityTestDocuments.Run(text);
        Assert.DoesNotContain(document.Mentions, m => m.Kind == MentionKind.Agent && document.TextOf(m.Range) == phrase);
    }
}
