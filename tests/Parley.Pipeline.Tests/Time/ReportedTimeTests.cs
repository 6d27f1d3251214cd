using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>Which clause a day belongs to: a dated saying and the past perfect of what it reports.</summary>
public class ReportedTimeTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger)
    {
        var document = TimeTestDocuments.Tagged(text, Dct);
        var start = text.IndexOf(trigger, StringComparison.Ordinal);
        Assert.True(start >= 0, $"trigger '{trigger}' is in the text");
        return EventTimeResolver.Resolve(document, document.SentenceAt(start), new TextRange(start, start + trigger.Length));
    }

    private static readonly EventTime UndatedPast = new("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null);

    [Theory]
    // the day dates the saying; the past perfect puts the reported act before it
    [InlineData("The envoy confirmed Wednesday that the junta had barred him from the capital.", "barred")]
    [InlineData("The mayor told reporters on Monday that his office had been searched by masked men.", "searched")]
    [InlineData("On Tuesday the ministry said the rebels had seized two border posts.", "seized")]
    [InlineData("The coast guard said in a statement Sunday that the trawler had rammed its patrol boat.", "rammed")]
    // a saying placed inside the narrative's event by "during": its day is the narrative's, the reported act is before it
    [InlineData("The tribunal opened its session on Monday. During the session, the prosecutor said she had been followed by strangers.", "followed")]
    public void A_past_perfect_reported_by_a_dated_saying_is_before_that_day(string text, string trigger) =>
        Assert.Equal(UndatedPast, Resolve(text, trigger));

    [Theory]
    // a day of the complement's own dates the reported act, not the saying's
    [InlineData("Officials said Friday that 12 guards had been killed in Tuesday's raid on the depot.", "killed", "2025-07-08", TimeBasis.Explicit)]
    [InlineData("The envoy confirmed Wednesday that the junta had barred him on Monday.", "barred", "2025-07-07", TimeBasis.Explicit)]
    // the simple past of a complement keeps the saying's day: the reporter tells the act as of that day
    [InlineData("The envoy confirmed Wednesday that the junta barred him from the capital.", "barred", "2025-07-09", TimeBasis.Explicit)]
    // the saying's own day stays the saying's
    [InlineData("The envoy confirmed Wednesday that the junta had barred him from the capital.", "confirmed", "2025-07-09", TimeBasis.Explicit)]
    // an undated saying after the lead: a past perfect of the lead's incident keeps the lead's day
    [InlineData("Gunmen attacked a bus on Tuesday near the border. Officials said the gunmen had fled.", "fled", "2025-07-08", TimeBasis.Inherited)]
    public void Other_times_keep_their_reading(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }
}
