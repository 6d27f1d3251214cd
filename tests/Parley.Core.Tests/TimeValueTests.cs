using Parley.Core;

namespace Parley.Core.Tests;

public class TimeValueTests
{
    [Theory]
    [InlineData("2025-07-11", TimePrecision.Day)]
    [InlineData("2025-07", TimePrecision.Month)]
    [InlineData("2025", TimePrecision.Year)]
    [InlineData("199X", TimePrecision.Decade)]
    [InlineData("19XX", TimePrecision.Century)]
    [InlineData("2025-W28", TimePrecision.Week)]
    [InlineData("2025-W28-WE", TimePrecision.Week)]
    [InlineData("2025-Q3", TimePrecision.Quarter)]
    [InlineData("2025-SU", TimePrecision.Season)]
    [InlineData("2025-07-11T14:30", TimePrecision.Minute)]
    [InlineData("2025-07-11T14", TimePrecision.Hour)]
    [InlineData("2025-07-11TMO", TimePrecision.Day)]
    [InlineData("PRESENT_REF", TimePrecision.Unknown)]
    [InlineData("P3D", TimePrecision.Unknown)]
    public void PrecisionOf_reads_the_value_shape(string value, TimePrecision expected) =>
        Assert.Equal(expected, TimeValue.PrecisionOf(value));
}

public class TimeValuePeriodTests
{
    [Theory]
    [InlineData("2025", "2025-01-01", "2025-12-31")]
    [InlineData("2025-01", "2025-01-01", "2025-01-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-07-11", "2025-07-11", "2025-07-11")]
    [InlineData("2025-07-11T15:00", "2025-07-11", "2025-07-11")]
    [InlineData("2025-W28", "2025-07-07", "2025-07-13")]
    [InlineData("2025-Q3", "2025-07-01", "2025-09-30")]
    [InlineData("2025-SU", "2025-06-01", "2025-08-31")]
    [InlineData("199", "1990-01-01", "1999-12-31")]
    [InlineData("199X", "1990-01-01", "1999-12-31")]
    [InlineData("20XX", "2000-01-01", "2099-12-31")]
    [InlineData("2025-W28-5", "2025-07-11", "2025-07-11")]
    [InlineData("2025-W28-WE", "2025-07-12", "2025-07-13")]
    public void Period_covers_the_whole_value(string value, string first, string last)
    {
        var period = TimeValue.Period(value);
        Assert.NotNull(period);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), period.Value.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), period.Value.Last);
    }

    [Theory]
    [InlineData("P3D")]
    [InlineData("PRESENT_REF")]
    [InlineData("XXXX-01")]
    [InlineData("2025-13")]
    [InlineData("2025-02-30")]
    [InlineData("2025-W54")]
    [InlineData("20X")]
    [InlineData("")]
    public void Period_is_null_for_values_off_the_calendar(string value) => Assert.Null(TimeValue.Period(value));
}
