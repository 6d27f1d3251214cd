using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>A stance in the plural simple present ("Critics blame", "they deny", "and object to") is a standing position.</summary>
public class PluralStanceTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct, last: true);

    [Theory]
    [InlineData("Many herders object to the new grazing rules.", "object to")]
    [InlineData("Critics blame the water shortage on poor planning by the city.", "blame")]
    [InlineData("The militia's leaders were seen in the town. They deny any role in the bombing.", "deny")]
    [InlineData("Villagers say the dam floods their fields — and oppose any plan to raise it.", "oppose")]
    [InlineData("Farmers strongly reject the new land law.", "reject")]
    public void A_plural_present_stance_is_standing(string text, string trigger)
    {
        var time = Resolve(text, trigger);
        Assert.Equal(("2025-07-10", TimeBasis.Standing), (time.Value, time.Basis));
    }

    [Theory]
    // a first person in a quote rejects as it speaks: the act of the saying, not a standing position
    [InlineData("\"We reject these claims,\" the spokesman told reporters.", "reject")]
    // a modal, "to" or "did" before the verb or the verb it is coordinated with
    [InlineData("The council will meet tomorrow and condemn the attack.", "condemn")]
    [InlineData("Lawmakers voted to reject the bill.", "reject")]
    [InlineData("Protesters threw stones and did not object to the arrests.", "object to")]
    // "object" as a noun
    [InlineData("Divers found an object to the north of the wreck.", "object")]
    public void Other_readings_are_not_standing(string text, string trigger) =>
        Assert.NotEqual(TimeBasis.Standing, Resolve(text, trigger).Basis);
}
