namespace Parley.Pipeline.Tests.Events;

/// <summary>Where an event happened: a place the talk is about is not its venue.</summary>
public class EventPlaceTests
{
    [Theory]
    [InlineData("Lavrov and Wang discussed the war in Ukraine on Thursday.")]
    [InlineData("Russia condemned the fighting in Gaza.")]
    [InlineData("Blinken and Kuleba discussed the situation in Gaza and trade.")]
    [InlineData("Macron and Scholz held talks on the crisis in Sudan.")]
    public void A_place_after_a_topic_noun_is_no_venue(string text)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Null(e.Place);
    }

    [Theory]
    [InlineData("Lavrov and Wang discussed the war in Ukraine in Kuala Lumpur on Thursday.", "Kuala Lumpur")]
    [InlineData("Rebels attacked an army base in Mali on Monday.", "Mali")]
    [InlineData("Israeli troops were fighting in Gaza on Monday.", "Gaza")]
    public void A_venue_or_the_act_s_own_scene_is_kept(string text, string place)
    {
        var e = EventTestDocuments.Best(text);
        Assert.NotNull(e);
        Assert.Equal(place, e.Place?.Name);
    }

    [Theory]
    // a city that names a treaty is where it was signed, not where the act lands
    [InlineData("The last Cuban soldiers left Angola on Monday, completing a withdrawal under the Geneva accords.")]
    [InlineData("Cuban troops began a withdrawal under the Geneva agreement on Monday.")]
    public void A_city_naming_a_treaty_is_neither_target_nor_venue(string text)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => EventTestDocuments.Countries(e.Target) == "CHE" || e.Place?.Name == "Geneva");
    }
}
