namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A protest held at a foreign state's embassy or consulate is aimed at that state, not at the country of the city the
/// mission stands in; "its embassy" in a clause a state reports is that state's. Sentences written for these tests.
/// </summary>
public sealed class MissionStatesTests
{
    [Theory]
    [InlineData("Thousands of Indonesians demonstrated outside the Dutch consulate in Surabaya on Friday.", "IDN", "NLD")]
    [InlineData("Students rallied in front of the U.S. consulate in Lahore against the drone strikes.", "PAK", "USA")]
    [InlineData("Farmers gathered outside the embassy of Peru in Santiago on Tuesday.", "CHL", "PER")]
    public void A_protest_at_a_foreign_mission_is_aimed_at_its_state(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "PROTEST");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
        Assert.Contains("+target.embassy", e.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protest_outside_a_domestic_building_keeps_its_place_reading() =>
        Assert.DoesNotContain(EventTestDocuments.Run("Hundreds of Kenyans gathered outside the parliament in Nairobi on Tuesday.").Events,
            e => e.Rule.Contains("+target.embassy", StringComparison.Ordinal));

    [Theory]
    [InlineData("Tehran said the raid was retaliation for a Turkish drone strike on its consulate in Erbil.", "TUR", "IRN")]
    [InlineData("Ankara said it would answer a suspected Syrian missile strike on its embassy compound in Beirut.", "SYR", "TUR")]
    public void A_strike_on_its_mission_hits_the_state_that_reports_it(string text, string source, string target)
    {
        var e = EventTestDocuments.Run(text).Events.First(e => e.Plover == "ASSAULT");
        Assert.Equal((source, target), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }
}
