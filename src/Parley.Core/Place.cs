namespace Parley.Core;

public enum PlaceFeature : byte { City, Admin1, Admin2, Country, Region, Other }

/// <summary>A gazetteer entry: the facts about a place, without a position in any text.</summary>
public sealed record Gazetted(string Name, long GeonameId, double Lat, double Lon, string Country, PlaceFeature Feature, long Population = 0);

/// <summary>A place mentioned in the text and resolved to the gazetteer.</summary>
public readonly record struct Place(int Start, int End, Gazetted Where)
{
    public TextRange Range => new(Start, End);
}
