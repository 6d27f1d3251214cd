using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// Background and standing states that must not be stamped as new on the publication day or on the clause's day: a role
/// noun ("a vocal critic of"), a definite act named as the topic of talks, a gerund under a background perfect ("has
/// voiced interest in making") and a state "under" something ("remains under sanctions").
/// </summary>
public class StandingStateTimeTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct);

    private static readonly EventTime HeldToday = new(Dct, TimePrecision.Day, TimeBasis.Standing, null);
    private static readonly EventTime HeldThisYear = new("2025", TimePrecision.Year, TimeBasis.Standing, null);

    [Theory]
    [InlineData("Agents hired a man to kill Lopez, a vocal critic of the junta.", "critic")]
    [InlineData("The envoy met Maria Lopez, a longtime critic of the junta, on Monday.", "critic")]
    [InlineData("The senator, a fierce opponent of the treaty, spoke on Tuesday.", "opponent")]
    public void A_role_noun_is_a_standing_state(string text, string trigger) =>
        Assert.Equal(HeldToday, Resolve(text, trigger));

    [Theory]
    [InlineData("The two ministers met on Friday to discuss the kingdom's transfer of drones to the rebels.", "transfer")]
    [InlineData("The council will hold talks on the blockade of the port.", "blockade")]
    [InlineData("Envoys gathered to discuss Norland's shipment of rockets to the militia.", "shipment")]
    public void A_definite_act_named_as_the_topic_of_talks_is_standing(string text, string trigger) =>
        Assert.Equal(HeldToday, Resolve(text, trigger));

    [Theory]
    // look-alikes: an indefinite topic is a plan of the talks' day; criticism is an act, not a role
    [InlineData("The two ministers met on Friday to discuss a ceasefire in the north.", "ceasefire", "2025-07-04")]
    [InlineData("The senator voiced criticism of the treaty on Tuesday.", "criticism", "2025-07-08")]
    public void Look_alikes_keep_the_clauses_day(string text, string trigger, string value) =>
        Assert.Equal(value, Resolve(text, trigger).Value);

    [Theory]
    // a gerund after a preposition shares the aspect of the verb it hangs on: a background perfect after the lead
    [InlineData("Talks resumed in the capital. The president has voiced interest in making future loans conditional.", "making")]
    public void A_gerund_under_a_background_perfect_is_standing(string text, string trigger) =>
        Assert.Equal(HeldToday, Resolve(text, trigger));

    [Fact]
    public void A_gerund_under_a_dated_past_keeps_its_day() =>
        Assert.Equal("2025-07-07", Resolve("The army succeeded on Monday in capturing the town.", "capturing").Value);

    [Theory]
    [InlineData("The country remains under sanctions imposed by the council.", "sanctions")]
    [InlineData("The port has been under blockade since May.", "blockade")]
    [InlineData("The town is still under siege by the rebels.", "siege")]
    [InlineData("Talks resumed on Monday with the refinery's owner, which is under U.N. sanctions.", "sanctions")]
    public void A_state_under_something_is_standing(string text, string trigger) =>
        Assert.Equal(HeldThisYear, Resolve(text, trigger));

    [Fact]
    public void Coming_under_something_on_a_day_is_an_incident() =>
        Assert.Equal("2025-07-07", Resolve("The town came under siege on Monday.", "siege").Value);
}
