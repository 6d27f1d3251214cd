namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// Round 54: the object of a verdict or an inquiry and the purpose of a trip after "for" are what the act is about, not
/// events of their own (the CAMEO gold convention: under condemnation wording the condemnation is coded), unless the act
/// is told with its own actors ("by Indian troops", "between Taiwan and the Philippines"). Cases moved here from
/// StateActsTests, PossessedVictimsTests, SubheadingsTests and TalksNounTests, whose sentences coded the object too.
/// </summary>
public sealed class TopicObjectsTests
{
    [Theory]
    [InlineData("The European Union condemned the ban on his party.", "172")]
    [InlineData("Kenya condemned Somali raids on its border towns.", "190")]
    [InlineData("Ukraine condemned Russian strikes on the Kharkiv region, officials said.", "190")]
    [InlineData("The opposition condemned the Ugandan deployment as a breach of the truce.", "154")]
    public void A_verdicts_object_is_no_event_of_its_own(string text, string cameo)
    {
        var events = EventTestDocuments.Run(text).Events;
        Assert.DoesNotContain(events, e => e.Cameo.StartsWith(cameo[..2], StringComparison.Ordinal));
    }

    [Fact]
    public void A_trips_purpose_after_for_is_no_meeting_of_its_own()
    {
        var document = EventTestDocuments.Run("The Turkish foreign minister travelled to Moscow on Friday for talks with Sergei Lavrov.");
        Assert.Contains(document.Events, e => e.Cameo == "042");
        Assert.DoesNotContain(document.Events, e => document.TextOf(e.Trigger) == "talks");
    }

    [Theory]
    [InlineData("Pakistan condemned the shelling of border posts by Indian troops.", "19")]
    [InlineData("Indonesia condemned the meeting between Taiwan and the Philippines.", "04")]
    public void A_verdicts_object_told_with_its_own_actors_stays_an_event(string text, string root) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Cameo.StartsWith(root, StringComparison.Ordinal));
}
