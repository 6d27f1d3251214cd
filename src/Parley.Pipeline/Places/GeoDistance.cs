namespace Parley.Pipeline.Places;

/// <summary>Great-circle distances on a spherical Earth (haversine), in kilometres.</summary>
public static class GeoDistance
{
    /// <summary>Mean Earth radius (IUGG), the radius geoparsing papers use.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Half the circumference: no two points are farther apart.</summary>
    public const double MaxKm = Math.PI * EarthRadiusKm;

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
            + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        // Clamp: rounding can push h a hair above 1 for antipodal points, and Asin would return NaN.
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
