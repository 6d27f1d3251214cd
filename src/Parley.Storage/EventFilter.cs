using System.Text;
using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a SQL condition over <c>events e</c>. Only fixed SQL text is composed;
/// every user value goes in as a positional parameter, in the order the placeholders appear.
/// </summary>
internal sealed class EventFilter
{
    private readonly StringBuilder _sql = new("TRUE");
    private readonly List<DuckDBParameter> _parameters = [];

    public string Condition => _sql.ToString();

    public IReadOnlyList<DuckDBParameter> Parameters => _parameters;

    public static EventFilter For(EventQuery query)
    {
        var filter = new EventFilter();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            filter._sql.Append(" AND ");
            filter.ActorOn(null, query.Actor.Trim());
        }
        if (query.Dyad is var (a, b))
        {
            filter._sql.Append(" AND ((");
            filter.ActorOn("source", a.Trim());
            filter._sql.Append(" AND ");
            filter.ActorOn("target", b.Trim());
            filter._sql.Append(") OR (");
            filter.ActorOn("source", b.Trim());
            filter._sql.Append(" AND ");
            filter.ActorOn("target", a.Trim());
            filter._sql.Append("))");
        }
        if (!string.IsNullOrWhiteSpace(query.Type))
            filter.TypeIs(query.Type.Trim());
        if (!string.IsNullOrWhiteSpace(query.Since))
        {
            filter._sql.Append(" AND e.time_to >= ?");
            filter.Add(Bounds(query.Since, nameof(EventQuery.Since)).From);
        }
        if (!string.IsNullOrWhiteSpace(query.Until))
        {
            filter._sql.Append(" AND e.time_from <= ?");
            filter.Add(Bounds(query.Until, nameof(EventQuery.Until)).To);
        }
        if (query.PartiesOnly)
            filter._sql.Append(" AND NOT EXISTS (SELECT 1 FROM event_actors x WHERE x.article = e.article AND x.event = e.ordinal AND x.role = 'place')");
        if (query.SkipBackground)
            filter._sql.Append(" AND e.background IS NOT TRUE");
        if (query.MinConfidence is > 0 and var floor)
        {
            filter._sql.Append(" AND e.confidence >= ?");
            filter.Add(floor);
        }
        return filter;
    }

    /// <summary>An actor of the event (on <paramref name="side"/>, or either side) matches a code prefix, country, kb id or name part.</summary>
    private void ActorOn(string? side, string actor)
    {
        _sql.Append("EXISTS (SELECT 1 FROM event_actors x WHERE x.article = e.article AND x.event = e.ordinal");
        if (side is not null)
        {
            _sql.Append(" AND x.side = ?");
            Add(side);
        }
        _sql.Append(" AND (starts_with(upper(concat(x.country, x.sector)), ?) OR upper(x.country) = ? OR x.kb = ? OR contains(lower(x.name), ?)))");
        var upper = actor.ToUpperInvariant();
        Add(upper);
        Add(upper);
        Add(actor);
        Add(actor.ToLowerInvariant());
    }

    private void TypeIs(string type)
    {
        if (IsDigits(type))
        {
            _sql.Append(" AND starts_with(e.cameo, ?)");
            Add(type);
        }
        else
        {
            _sql.Append(" AND upper(e.plover) = ?");
            Add(type.ToUpperInvariant());
        }
    }

    private static TimePeriod Bounds(string value, string option)
    {
        if (TimePeriod.Of(value.Trim()) is { } period)
            return period;
        ErrorCodes.Throw(ErrorCodes.BadOption,
            $"--{option.ToLowerInvariant()} '{value}' is not a date; give an ISO date or prefix such as 2025, 2025-01 or 2025-01-31.");
        return default;
    }

    private static bool IsDigits(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }

    private void Add(object value) => _parameters.Add(new DuckDBParameter(value));
}
