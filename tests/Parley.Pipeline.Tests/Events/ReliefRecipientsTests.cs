namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Humanitarian relief that names no recipient is for the people of the crisis: of the country a fronted "In X," places the
/// act in, else of the countries the story's lead places its events in (+target.crisis).
/// </summary>
public class ReliefRecipientsTests
{
    [Fact]
    public void Relief_goes_to_the_countries_of_the_lead()
    {
        const string text = "Heavy floods swept through river villages in Laos and Cambodia this week. Aid groups distributed relief along the coast on Tuesday.";
        var relief = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "073");
        Assert.Equal("KHM,LAO", string.Join(',', relief.Target.Select(a => a.Code.Country).Order()));
        Assert.Contains("+target.crisis", relief.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fronted_place_names_the_crisis_country()
    {
        const string text = "Heavy floods swept through river villages in Laos and Cambodia this week. In Cambodia, aid groups distributed relief along the coast on Tuesday.";
        var relief = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Cameo == "073");
        Assert.Equal("KHM", EventTestDocuments.Countries(relief.Target));
    }

    [Fact]
    public void A_lead_that_places_nothing_gives_no_recipient()
    {
        const string text = "A strong storm struck the coast on Monday. Aid groups distributed relief along the roads on Tuesday.";
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Cameo == "073" && e.Rule.Contains("+target.crisis", StringComparison.Ordinal));
    }
}
