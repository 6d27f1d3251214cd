using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Knowledge;

/// <summary>One stretch of time in which an organisation had another code than its usual one (<c>organisation-periods.tsv</c>).</summary>
public sealed record OrganisationPeriod(DateOnly? From, DateOnly? To, ActorCode Code)
{
    /// <summary>Whether the period holds <paramref name="date"/> (<see cref="To"/> is the first day after it).</summary>
    public bool Holds(DateOnly date) => (From is null || date >= From) && (To is null || date < To);
}

/// <summary>Reads <c>organisation-periods.tsv</c>: the Taliban govern from Kabul in 1998, fight as rebels in 2010, govern again in 2022.</summary>
public static class OrganisationPeriodLoader
{
    public const string File = "organisation-periods.tsv";

    public static FrozenDictionary<string, OrganisationPeriod[]> Load(KnowledgeFiles files, IReadOnlyDictionary<string, Organisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(organisations);
        var periods = new Dictionary<string, List<OrganisationPeriod>>(StringComparer.Ordinal);
        using var reader = files.OpenOptional(File);
        if (reader is null)
            return FrozenDictionary<string, OrganisationPeriod[]>.Empty;
        foreach (var cells in Tsv.Rows(reader, File, "id", "from", "to", "country", "sector", "note"))
        {
            if (!organisations.ContainsKey(cells[0]))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{File}: '{cells[0]}' is no organisation id of organisations.tsv.");
            var period = new OrganisationPeriod(Tsv.Date(cells[1], File), Tsv.Date(cells[2], File), new ActorCode(cells[3], Tsv.Optional(cells[4])));
            if (period.From is { } from && period.To is { } to && to <= from)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{File}: the period of '{cells[0]}' from {from:yyyy-MM-dd} ends before it starts ({to:yyyy-MM-dd}).");
            if (!periods.TryGetValue(cells[0], out var list))
                periods[cells[0]] = list = [];
            list.Add(period);
        }
        return periods.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
