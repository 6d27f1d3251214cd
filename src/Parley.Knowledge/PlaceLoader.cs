using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using Parley.Core;

namespace Parley.Knowledge;

internal static class PlaceLoader
{
    // Runs once, over 26,000 rows, at start-up: compiled optimised at once, not first as unoptimised tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (IReadOnlyDictionary<long, Gazetted> Places, IReadOnlyList<(string, Gazetted)> Names) Load(KnowledgeFiles files)
    {
        var places = new Dictionary<long, Gazetted>(32_768);
        var names = new List<(string, Gazetted)>();
        using (var reader = files.Open("gazetteer/cities.tsv"))
        {
            foreach (var c in Tsv.Rows(reader, "gazetteer/cities.tsv", "geonameid", "name", "altnames", "country", "admin1", "lat", "lon", "population", "feature"))
            {
                var id = long.Parse(c[0], CultureInfo.InvariantCulture);
                var place = new Gazetted(c[1], id, Tsv.Number(c[5]), Tsv.Number(c[6]), c[3], Feature(c[8]), (long)Tsv.Number(c[7]));
                places[id] = place;
                names.Add((c[1], place));
                foreach (var alt in Tsv.List(c[2]))
                    names.Add((alt, place));
            }
        }
        long synthetic = -1;
        // regions.tsv is hand-written; divisions.tsv, generated from ISO 3166-2, holds the divisions regions.tsv lacks.
        foreach (var file in (ReadOnlySpan<string>)["gazetteer/regions.tsv", "gazetteer/divisions.tsv"])
        {
            using var reader = files.OpenOptional(file);
            if (reader is null)
                continue;
            foreach (var c in Tsv.Rows(reader, file, "geonameid", "name", "aliases", "feature", "country", "lat", "lon"))
            {
                var id = long.Parse(c[0], CultureInfo.InvariantCulture);
                if (id == 0 || places.ContainsKey(id))
                    id = synthetic--;
                var place = new Gazetted(c[1], id, Tsv.Number(c[5]), Tsv.Number(c[6]), c[4], Feature(c[3]));
                places[id] = place;
                names.Add((c[1], place));
                foreach (var alias in Tsv.List(c[2]))
                    names.Add((alias, place));
            }
        }
        return (places, names);
    }

    private static PlaceFeature Feature(string value) => value switch
    {
        "city" => PlaceFeature.City,
        "admin1" => PlaceFeature.Admin1,
        "admin2" => PlaceFeature.Admin2,
        "country" => PlaceFeature.Country,
        "region" or "sea" => PlaceFeature.Region,
        _ => PlaceFeature.Other,
    };
}
