using Parley.Core;

namespace Parley.Core.Tests;

/// <summary>
/// <see cref="BackgroundTime"/>: an event is background when the days its time covers end at least a year (or the
/// distance given) before publication; times with no calendar days and stories with no date never are.
/// </summary>
public sealed class BackgroundTimeTests
{
    private static readonly DateOnly Published = new(2025, 3, 2);

    [Theory]
    [InlineData("2019", true)]               // ends 2019-12-31, over five years before
    [InlineData("201", true)]                // the 2010s
    [InlineData("2024-03-02", true)]         // exactly 365 days before
    [InlineData("2024-03-03", false)]        // 364 days before
    [InlineData("2024-03", false)]           // ends 2024-03-31: under a year
    [InlineData("2024", false)]              // ends 2024-12-31
    [InlineData("2025-02-28", false)]
    [InlineData("2025-03-09", false)]        // a week after publication
    [InlineData("PAST_REF", false)]          // no calendar days
    [InlineData("P3Y", false)]               // a duration
    public void An_event_is_background_when_its_time_ends_a_year_or_more_before_publication(string value, bool expected) =>
        Assert.Equal(expected, BackgroundTime.Is(Time(value), Published));

    [Fact]
    public void The_distance_is_an_option()
    {
        Assert.False(BackgroundTime.Is(Time("2024-03"), Published));
        Assert.True(BackgroundTime.Is(Time("2024-03"), Published, days: 300));
        Assert.False(BackgroundTime.Is(Time("2019"), Published, days: 3650));
    }

    [Fact]
    public void A_story_with_no_publication_date_has_no_background() =>
        Assert.False(BackgroundTime.Is(Time("2019"), null));

    private static EventTime Time(string value) => new(value, TimeValue.PrecisionOf(value), TimeBasis.Explicit, null);
}
