using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>Which clause a day belongs to: a dated saying and the past perfect of what it reports.</summary>
public class ReportedTimeTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct);

    private static readonly EventTime UndatedPast = new("PAST_REF", TimePrecision.Unknown, TimeBasis.Standing, null);

    [Theory]
    // the day dates the saying; the past perfect puts the reported act before it
    [InlineData("The envoy confirmed Wednesday that the junta had barred him from the capital.", "barred")]
    [InlineData("The mayor told reporters on Monday that his office had been searched by masked men.", "searched")]
    [InlineData("On Tuesday the ministry said the rebels had seized two border posts.", "seized")]
    [InlineData("The coast guard said in a statement Sunday that the trawler had rammed its patrol boat.", "rammed")]
    // a saying set after what it reports
    [InlineData("The rebels had seized two border posts, the ministry said on Tuesday.", "seized")]
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
    // a simple past before a dated saying keeps the saying's day
    [InlineData("The rebels seized two border posts, the ministry said on Tuesday.", "seized", "2025-07-08", TimeBasis.Explicit)]
    // the saying's own day stays the saying's
    [InlineData("The envoy confirmed Wednesday that the junta had barred him from the capital.", "confirmed", "2025-07-09", TimeBasis.Explicit)]
    // an undated saying after the lead: a past perfect of the lead's incident keeps the lead's day
    [InlineData("Gunmen attacked a bus on Tuesday near the border. Officials said the gunmen had fled.", "fled", "2025-07-08", TimeBasis.Inherited)]
    public void Other_times_keep_their_reading(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    // a day in an indefinite appositive dates the aside's verb: the next sentence's past is not of that day
    [InlineData("Ministers blamed the rebels for the blast, a charge the rebels denied on Wednesday. Police later detained two suspects.", "detained", "2025-07-10", TimeBasis.Published)]
    [InlineData("Troops entered the port, a week after the militia had shelled it on Monday. The army arrested its commander.", "arrested", "2025-07-10", TimeBasis.Published)]
    // look-alikes: a day of the main clause, or an appositive without a clause of its own, still carries over
    [InlineData("Ministers blamed the rebels for the blast on Wednesday. Police later detained two suspects.", "detained", "2025-07-09", TimeBasis.Inherited)]
    [InlineData("The rebels denied the charge on Wednesday, a day of protests. Police later detained two suspects.", "detained", "2025-07-09", TimeBasis.Inherited)]
    public void A_day_in_an_appositive_clause_is_no_anchor(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }

    [Theory]
    // a quote or a noun after the lead takes the day of the sentence's act, not of the earlier incident a noun names
    [InlineData("The cleric on Sunday hailed the truce, as medics raised the toll from the previous day's shelling. \"We urge both armies to keep their word,\" he said.", "urge", "2025-07-06")]
    [InlineData("The council on Monday condemned Saturday's raid on the camp. \"Any new attack will bring sanctions,\" its chair warned.", "attack", "2025-07-07")]
    // a nearer month anchor is a new moment: an older day is not searched past it
    [InlineData("The agency did not answer a request sent on Tuesday. Last month, the ministry told the paper it would keep the embargo. It said the embargo would stay.", "embargo would", "2025-07-10")]
    // look-alike: with no nearer anchor, the day two sentences back still holds
    [InlineData("The agency did not answer a request sent on Tuesday. The ministry told the paper it would keep the embargo. It said the embargo would stay.", "embargo would", "2025-07-08")]
    public void A_noun_or_quote_inherits_the_nearest_moment(string text, string trigger, string value) =>
        Assert.Equal(value, Resolve(text, trigger).Value);
}
