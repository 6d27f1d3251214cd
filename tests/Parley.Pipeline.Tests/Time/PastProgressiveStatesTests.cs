using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

/// <summary>
/// A past-perfect progressive ("had been seeking to mend ties") is a state that ran up to a narrated past, so it is standing
/// at year precision, not the day of the clause it hangs on.
/// </summary>
public class PastProgressiveStatesTests
{
    private const string Dct = "2025-07-10";

    private static EventTime Resolve(string text, string trigger) => TimeTestDocuments.TimeOf(text, trigger, Dct);

    [Theory]
    [InlineData("The minister said on Monday that Norland had been seeking closer ties with its neighbour.", "seeking")]
    [InlineData("Officials said the rebels had been threatening the town for weeks before the deal.", "threatening")]
    public void A_past_perfect_progressive_is_standing(string text, string trigger) =>
        Assert.Equal(TimeBasis.Standing, Resolve(text, trigger).Basis);
}
