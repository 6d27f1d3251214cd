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
