namespace Parley.Storage.Tests;

public sealed class TimePeriodTests
{
    [Theory]
    [InlineData("2025-07-11", "2025-07-11", "2025-07-11")]
    [InlineData("2025-07-11T10:30", "2025-07-11", "2025-07-11")]
    [InlineData("2025-02", "2025-02-01", "2025-02-28")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-W28", "2025-07-07", "2025-07-13")]
    [InlineData("2025-W01-3", "2025-01-01", "2025-01-01")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025-H1", "2025-01-01", "2025-06-30")]
    [InlineData("2025-SU", "2025-06-01", "2025-08-31")]
    [InlineData("2025-WI", "2025-12-01", "2026-02-28")]
    [InlineData("202X", "2020-01-01", "2029-12-31")]
    [InlineData("202", "2020-01-01", "2029-12-31")]
    [InlineData("20XX", "2000-01-01", "2099-12-31")]
    [InlineData("20", "2000-01-01", "2099-12-31")]
    public void Of_gives_the_inclusive_days_a_calendar_value_covers(string value, string from, string to) =>
        Assert.Equal(new TimePeriod(DateOnly.Parse(from), DateOnly.Parse(to)), TimePeriod.Of(value));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("PAST_REF")]
    [InlineData("P3D")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-W54")]
    [InlineData("2025-Q5")]
    [InlineData("20X")]
    [InlineData("2025-7-1")]
    public void Of_is_null_for_values_that_are_not_calendar_periods(string? value) => Assert.Null(TimePeriod.Of(value));
}
