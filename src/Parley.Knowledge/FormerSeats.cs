using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Knowledge;

/// <summary>A city that stood for its state only while the state was governed from it: "Bonn" for Germany until 1999.</summary>
public sealed record FormerSeat(string Name, string Iso3, DateOnly From, DateOnly To)
{
    /// <summary>Whether the city was the seat of government on <paramref name="date"/> (<see cref="To"/> is the first day after).</summary>
    public bool Holds(DateOnly date) => date >= From && date < To;
}

/// <summary>Reads <c>gazetteer/former-seats.tsv</c>: former seats of government and the years they stood for their state.</summary>
public static class FormerSeatLoader
{
    public const string File = "gazetteer/former-seats.tsv";

    public static FrozenDictionary<string, FormerSeat> Load(KnowledgeFiles files, IReadOnlyDictionary<string, Country> countries)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(countries);
        using var reader = files.OpenOptional(File);
        if (reader is null)
            return FrozenDictionary<string, FormerSeat>.Empty;
        var seats = new Dictionary<string, FormerSeat>(StringComparer.Ordinal);
        foreach (var c in Tsv.Rows(reader, File, "name", "country", "from", "to", "note"))
        {
            if (!countries.ContainsKey(c[1]))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{File}: '{c[1]}' (for '{c[0]}') is no ISO3 code of countries.tsv.");
            if (Tsv.Date(c[2], File) is not { } from || Tsv.Date(c[3], File) is not { } to || to <= from)
            {
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{File}: '{c[0]}' needs a from date before its to date (YYYY-MM-DD).");
                continue;
            }
            seats[c[0]] = new FormerSeat(c[0], c[1], from, to);
        }
        return seats.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
