using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>A day given relative to another event or to the narrative's day: "a day earlier", "hours after the attack".</summary>
public class RelativeAnchorTests
{
    private const string Dct = "2025-07-10"; // a Thursday

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct, last: true);

    [Theory]
    // no object: shifted from the day the narrative stands on
    [InlineData("Rebels stormed a police station in the north on Tuesday. The group had vowed a day earlier to strike again.", "vowed", "2025-07-07")]
    [InlineData("Farmers blocked the main highway on Monday. Two days later, police detained their leaders.", "detained", "2025-07-09")]
    [InlineData("The navy seized a fishing boat on June 20. A week later, the coast guard released its crew.", "released", "2025-06-27")]
    [InlineData("Dockers walked off the job on Monday. Their union had called the strike three days before.", "called", "2025-07-04")]
    // no anchor in the sentences before: the story's news day, the lead's
    [InlineData("Pilots at the national airline stopped work on Wednesday over unpaid wages. The airline said most flights were cancelled. " +
                "Passengers slept in the terminal. Managers blamed the union. The ministry urged talks. Travel agents complained. " +
                "The union had threatened a day earlier that it would halt every flight.", "threatened", "2025-07-08")]
    // an object: the day of that event where the story names it
    [InlineData("Gunmen attacked a market in the river town on Sunday, killing four people. Residents fled to nearby villages. " +
                "A little-known group claimed responsibility hours after the attack.", "claimed", "2025-07-06")]
    [InlineData("Lawmakers passed the budget in a vote on Tuesday. The speaker praised the result. " +
                "Shortly before the vote, opposition members walked out of the chamber.", "walked out", "2025-07-08")]
    [InlineData("Police broke up the rally on Saturday. Organisers said hundreds had joined it. " +
                "The interior minister had banned all gatherings two days before the rally.", "banned", "2025-07-03")]
    // the event's own noun has no day: the day its sentence's narrative stands on
    [InlineData("Troops arrested the mayor on Friday. Officials announced the arrest at a press briefing. " +
                "Shortly before the briefing, the governor condemned the mayor.", "condemned", "2025-07-04")]
    public void A_relation_shifts_the_anchor_day(string text, string trigger, string value)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, TimePrecision.Day, TimeBasis.Inherited), (time.Value, time.Precision, time.Basis));
    }

    [Theory]
    // a day of the clause's own wins over the relation
    [InlineData("Farmers blocked the main highway on Monday. Police detained their leaders on Wednesday, two days later.", "detained", "2025-07-09", TimeBasis.Explicit)]
    // a clause object ("after militants struck") is not followed; with nothing else the DCT stays
    [InlineData("Hours after militants struck the base, the army shelled their positions.", "shelled", "2025-07-10", TimeBasis.Published)]
    // no day anywhere to shift
    [InlineData("The group had vowed a day earlier to strike again.", "vowed", "2025-07-10", TimeBasis.Published)]
    // a year is no day to shift: the narrative's year stays
    [InlineData("In 2019, the army seized the port. Two days later, rebels shelled it.", "shelled", "2019", TimeBasis.Inherited)]
    // the object's noun named nowhere before: no anchor, the old reading
    [InlineData("Shortly before the ceremony, the general resigned.", "resigned", "2025-07-10", TimeBasis.Published)]
    // a saying's day is not the day of the object's event
    [InlineData("Officials said on Wednesday that the closure of the bridge would last a month. Protesters gathered shortly after the closure.", "gathered", "2025-07-10", TimeBasis.Published)]
    public void Other_times_keep_their_reading(string text, string trigger, string value, TimeBasis basis)
    {
        var time = Resolve(text, trigger);
        Assert.Equal((value, basis), (time.Value, time.Basis));
    }
}
