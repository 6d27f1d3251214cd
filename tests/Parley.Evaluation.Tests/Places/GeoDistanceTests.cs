using Parley.Pipeline.Places;

namespace Parley.Evaluation.Tests.Places;

public sealed class GeoDistanceTests
{
    [Theory]
    [InlineData(51.5074, -0.1278, 48.8566, 2.3522, 343.6)] // London - Paris
    [InlineData(40.7128, -74.0060, 34.0522, -118.2437, 3935.7)] // New York - Los Angeles
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(0, 179.5, 0, -179.5, 111.2)] // across the antimeridian
    [InlineData(90, 0, -90, 0, 20015.1)] // pole to pole: half the circumference
    public void Measures_great_circle_kilometres(double lat1, double lon1, double lat2, double lon2, double km) =>
        Assert.Equal(km, GeoDistance.Km(lat1, lon1, lat2, lon2), 0.5);
}
