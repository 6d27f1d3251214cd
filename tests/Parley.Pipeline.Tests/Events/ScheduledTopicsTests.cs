using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// A scheduled event's day, place and other side carry over only to later acts about it (ScheduledTopics): acts sharing one
/// of its actors or naming it. Sentences written for these tests; published Thursday 10 July 2025, so "Saturday" is the 12th.
/// </summary>
public class ScheduledTopicsTests
{
    private const string Meeting = "Chile's foreign minister will meet Argentina's foreign minister in Mendoza on Saturday. ";

    [Theory]
    // Another pair of states, another matter: the act keeps its own time and place.
    [InlineData(Meeting + "Peru is expected to sign a trade agreement with Bolivia.")]
    [InlineData(Meeting + "Separately, Peru is expected to sign a trade agreement with Bolivia.")]
    public void An_act_of_other_actors_keeps_its_own_time(string text)
    {
        var e = Assert.Single(EventTestDocuments.Run(text).Events, e => e.Plover == "AGREE");
        Assert.Equal(("2025-07-10", TimeBasis.Published), (e.Time.Value, e.Time.Basis));
        Assert.Null(e.Place);
    }

    [Fact]
    public void An_act_that_names_the_meeting_takes_its_day_and_place()
    {
        var e = Assert.Single(EventTestDocuments.Run(Meeting + "Peru is expected to sign a trade agreement with Bolivia at the meeting.").Events, e => e.Plover == "AGREE");
        Assert.Equal(("2025-07-12", TimeBasis.Inherited, "Mendoza"), (e.Time.Value, e.Time.Basis, e.Place?.Name));
    }

    [Fact]
    public void An_act_of_one_of_its_sides_takes_its_day_and_other_side()
    {
        var e = Assert.Single(EventTestDocuments.Run(Meeting + "The Chilean minister is expected to press Buenos Aires over fishing rights.").Events, e => e.Cameo == "020"); // roots47: pressing appeals
        Assert.Equal(("2025-07-12", TimeBasis.Inherited), (e.Time.Value, e.Time.Basis));
        Assert.Equal(("CHL", "ARG"), (EventTestDocuments.Countries(e.Source), EventTestDocuments.Countries(e.Target)));
    }

    [Fact]
    public void An_intention_stated_now_is_not_dated_on_a_day_still_to_come()
    {
        // "said it would cooperate" is an intent expressed (asserted): it was said before publication, not on Saturday.
        var e = Assert.Single(EventTestDocuments.Run(Meeting + "Peru said it would cooperate with Bolivia on water sharing.").Events, e => e.Cameo == "031");
        Assert.Equal(("2025-07-10", TimeBasis.Published), (e.Time.Value, e.Time.Basis));
    }

    [Theory]
    // A future act dated before a Thursday story was dated by its telling ("expects X to ..., the army said Monday").
    [InlineData("2025-07-07", false)]
    [InlineData("2025-07-10", true)]
    [InlineData("2025-07-12", true)]
    [InlineData("2025-07", true)]
    public void Only_a_future_act_still_to_come_at_publication_is_a_plan(string day, bool ahead)
    {
        var planned = new CodedEvent("CONSULT", null, "040", 1, 1, Factuality.Future, [], [],
            new EventTime(day, TimeValue.PrecisionOf(day), TimeBasis.Explicit, null), null, new TextRange(0, 1), new TextRange(0, 1), 0.9, "test");
        Assert.Equal(ahead, ScheduledTopics.Ahead(planned, new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option)));
    }

    [Theory]
    [InlineData("The two ministers are expected to discuss the border at the summit.", true)]
    [InlineData("Ahead of their visit, the envoy is likely to call for calm.", true)]
    [InlineData("Peru is expected to sign a trade agreement with Bolivia.", false)]
    [InlineData("A meeting is a good idea, analysts say.", false)]
    public void A_definite_encounter_noun_names_the_scheduled_event(string sentence, bool names)
    {
        var document = EventTestDocuments.Run(sentence);
        Assert.Equal(names, ScheduledTopics.NamesEncounter(document, document.Sentences[0]));
    }
}
