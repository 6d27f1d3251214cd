namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A protest told by its noun alone, with no doer, owner or by-phrase, is held by protesters of the place its own locative
/// phrase names; a place behind a topic word, a possessive place and a gathering that is only another act's setting are no scene.
/// </summary>
public class HeldProtestsTests
{
    [Theory]
    [InlineData("The demonstrations began on Tuesday outside the parliament in Nairobi.", "KEN")]
    [InlineData("The sit-ins spread across Khartoum within days.", "SDN")]
    [InlineData("A second week of rallies in Tbilisi ended without arrests.", "GEO")]
    public void A_protest_noun_is_held_where_it_happens(string text, string country)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.Contains(events, e => e.Plover == "PROTEST" && EventTestDocuments.Countries(e.Source) == country);
    }

    [Theory]
    [InlineData("The demonstrations against the war in Yemen grew on Tuesday.")]
    [InlineData("It was one of the largest marches in Chile's recent history.")]
    [InlineData("The minister spoke at a rally in Lagos on Friday.")]
    [InlineData("The union's strikes in Lagos continued on Friday.")]
    public void No_scene_places_no_protesters(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "PROTEST" && e.Rule.Contains("+source.place", StringComparison.Ordinal));
}
