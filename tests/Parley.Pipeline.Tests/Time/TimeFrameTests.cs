using Parley.Pipeline.Time;

namespace Parley.Pipeline.Tests.Time;

public class TimeFrameTests
{
    private static readonly DateOnly Dct = new(2025, 7, 10);

    [Theory]
    [InlineData("2025-07-09", TimeRelation.Before)]
    [InlineData("2025-07-10", TimeRelation.Overlaps)]
    [InlineData("2025-07-11", TimeRelation.After)]
    [InlineData("2025-07-11T15:00", TimeRelation.After)]
    [InlineData("2025-07-10TNI", TimeRelation.Overlaps)]
    [InlineData("2025-07", TimeRelation.Overlaps)]
    [InlineData("2025-06", TimeRelation.Before)]
    [InlineData("2025", TimeRelation.Overlaps)]
    [InlineData("2024", TimeRelation.Before)]
    [InlineData("2026", TimeRelation.After)]
    [InlineData("2025-W27", TimeRelation.Before)]
    [InlineData("2025-W28", TimeRelation.Overlaps)]
    [InlineData("2025-W29", TimeRelation.After)]
    [InlineData("2025-Q2", TimeRelation.Before)]
    [InlineData("2025-Q3", TimeRelation.Overlaps)]
    [InlineData("2025-H2", TimeRelation.Overlaps)]
    [InlineData("2025-SU", TimeRelation.Overlaps)]
    [InlineData("2025-W27-WE", TimeRelation.Before)]
    [InlineData("2025-W28-WE", TimeRelation.After)]
    [InlineData("2025-FA", TimeRelation.After)]
    [InlineData("199", TimeRelation.Before)]
    [InlineData("202", TimeRelation.Overlaps)]
    [InlineData("19", TimeRelation.Before)]
    [InlineData("PAST_REF", TimeRelation.Before)]
    [InlineData("PRESENT_REF", TimeRelation.Overlaps)]
    [InlineData("FUTURE_REF", TimeRelation.After)]
    [InlineData("P3D", TimeRelation.Unknown)]
    [InlineData("XXXX-07", TimeRelation.Unknown)]
    [InlineData("XXXX-WXX-1", TimeRelation.Unknown)]
    [InlineData("", TimeRelation.Unknown)]
    [InlineData("2025-13", TimeRelation.Unknown)]
    public void Relate_places_a_value_against_the_publication_day(string value, TimeRelation expected) =>
        Assert.Equal(expected, TimeFrame.Relate(value, Dct));

    [Fact]
    public void Interval_of_a_week_runs_monday_to_monday() =>
        Assert.Equal((new DateOnly(2025, 7, 7), new DateOnly(2025, 7, 14)), TimeFrame.Interval("2025-W28"));
}
