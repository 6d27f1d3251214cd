namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Talks one seeks are one's own intent to negotiate (036, agree.seek-talks.v1); talks one requests appeal to the other
/// side to meet (026, request.request-talks.v1); neither is a demand for a meeting (106). Sentences written for this test.
/// </summary>
public class SoughtTalksTests
{
    [Theory]
    [InlineData("Ecuador would seek talks with Peru on the disputed river border.", "ECU", "PER")]
    [InlineData("Kenya sought fresh negotiations with the International Monetary Fund last week.", "KEN", "")]
    [InlineData("Chile is seeking dialogue with Bolivia over water rights.", "CHL", "BOL")]
    public void Sought_talks_are_an_intent_to_negotiate(string text, string source, string target)
    {
        var events = EventTestDocuments.Run(text).Events;
        var e = Assert.Single(events, e => e.Rule.StartsWith("agree.seek-talks.v1", StringComparison.Ordinal));
        Assert.Equal(("036", source), (e.Cameo, EventTestDocuments.Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, EventTestDocuments.Countries(e.Target));
        Assert.DoesNotContain(events, e => e.Cameo == "106");
    }

    [Fact]
    public void Requested_consultations_appeal_to_meet()
    {
        var events = EventTestDocuments.Run("Japan formally requested consultations with South Korea over the export rules.").Events;
        var e = Assert.Single(events, e => e.Rule.StartsWith("request.request-talks.v1", StringComparison.Ordinal));
        Assert.Equal("026", e.Cameo);
        Assert.DoesNotContain(events, e => e.Cameo == "106");
    }
}
