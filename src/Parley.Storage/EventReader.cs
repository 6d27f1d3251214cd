using System.Data.Common;
using System.Text;
using DuckDB.NET.Data;

namespace Parley.Storage;

/// <summary>Reads events matching a query, ordered by time (undated last), then article id and position.</summary>
internal static class EventReader
{
    // The limit is applied before actors are joined, so a query costs the same whatever the store's size. One row per
    // actor (or one row for an event without actors), in event order; ReadRow folds an event's rows into one EventRow.
    private const string Select = """
        WITH picked AS (
            SELECT e.*, a.id AS article_id, a.url, a.published
            FROM events e JOIN articles a ON a."key" = e.article
            WHERE {0}
            ORDER BY e.time_from NULLS LAST, a.id, e.ordinal
            LIMIT ?)
        SELECT p.article_id, p.ordinal, p.plover, p.mode, p.cameo, p.goldstein, p.quad, p.factuality::VARCHAR,
               p.time_value, p.time_precision::VARCHAR, p.time_basis::VARCHAR, p.place_name, p.place_country, p.place_geonameid,
               p.trigger_start, p.trigger_end, p.sentence_start, p.sentence_end, p.confidence, p.rule, p.url, p.published,
               x.side::VARCHAR, x.name, x."start", x."end", concat(x.country, x.sector), x.role::VARCHAR, p.background, p.time_rule
        FROM picked p
        LEFT JOIN event_actors x ON x.article = p.article AND x.event = p.ordinal
        ORDER BY p.time_from NULLS LAST, p.article_id, p.ordinal, x.side, x.ordinal
        """;

    public static IReadOnlyList<EventRow> Read(DuckDBConnection connection, EventQuery query)
    {
        if (query.Limit <= 0)
            return [];
        var filter = EventFilter.For(query);
        using var command = connection.CreateCommand();
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, Select, filter.Condition);
        foreach (var parameter in filter.Parameters)
            command.Parameters.Add(parameter);
        command.Parameters.Add(new DuckDBParameter(query.Limit));

        var rows = new List<EventRow>();
        var texts = new ArticleTexts(connection);
        var sides = new Sides();
        using var reader = command.ExecuteReader();
        var more = reader.Read();
        while (more)
        {
            var article = reader.GetString(0);
            var ordinal = reader.GetInt32(1);
            var text = texts.Of(article);
            var head = ReadHead(reader, article, ordinal, text);
            sides.Clear();
            do
            {
                if (!reader.IsDBNull(22))
                    sides.Add(reader.GetString(22) == "source", NullableString(reader, 23), Slice(text, reader.GetInt32(24), reader.GetInt32(25)), reader.GetString(26),
                        NullableString(reader, 27));
                more = reader.Read();
            }
            while (more && reader.GetInt32(1) == ordinal && reader.GetString(0) == article);
            rows.Add(head with
            {
                Source = sides.SourceDisplay.ToString(),
                SourceCodes = sides.SourceCodes.ToString(),
                Target = sides.TargetDisplay.ToString(),
                TargetCodes = sides.TargetCodes.ToString(),
                SourceRoles = sides.SourceRoles.ToString(),
                TargetRoles = sides.TargetRoles.ToString(),
            });
        }
        return rows;
    }

    /// <summary>The event's own fields, from its first row; the sides are filled in once all its actor rows are read.</summary>
    private static EventRow ReadHead(DbDataReader r, string article, int ordinal, string text) => new(
        ArticleId: article,
        EventId: EventIds.Of(article, ordinal - 1),
        Plover: r.GetString(2),
        Mode: NullableString(r, 3),
        Cameo: r.GetString(4),
        Goldstein: r.GetDouble(5),
        Quad: r.GetInt32(6),
        Factuality: r.GetString(7),
        TimeValue: r.GetString(8),
        TimePrecision: r.GetString(9),
        TimeBasis: r.GetString(10),
        Place: NullableString(r, 11),
        PlaceCountry: NullableString(r, 12),
        PlaceGeonameId: r.IsDBNull(13) ? null : r.GetInt64(13),
        Source: "",
        SourceCodes: "",
        Target: "",
        TargetCodes: "",
        TriggerText: Slice(text, r.GetInt32(14), r.GetInt32(15)),
        SentenceText: Slice(text, r.GetInt32(16), r.GetInt32(17)),
        Confidence: r.GetDouble(18),
        Rule: r.GetString(19),
        Url: NullableString(r, 20),
        Published: NullableString(r, 21))
    {
        Background = r.IsDBNull(28) ? null : r.GetBoolean(28),
        TimeRule = NullableString(r, 29),
    };

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>Offsets count UTF-16 code units, as everywhere in Parley, so texts are cut here: DuckDB's substring counts code points.</summary>
    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return text[start..end];
    }

    /// <summary>The display strings and codes of an event's two sides, built as actor rows arrive in order.</summary>
    private sealed class Sides
    {
        public StringBuilder SourceDisplay { get; } = new();
        public StringBuilder SourceCodes { get; } = new();
        public StringBuilder TargetDisplay { get; } = new();
        public StringBuilder TargetCodes { get; } = new();
        public StringBuilder SourceRoles { get; } = new();
        public StringBuilder TargetRoles { get; } = new();
        private bool _anySource;
        private bool _anyTarget;

        public void Clear()
        {
            SourceDisplay.Clear();
            SourceCodes.Clear();
            TargetDisplay.Clear();
            TargetCodes.Clear();
            SourceRoles.Clear();
            TargetRoles.Clear();
            _anySource = _anyTarget = false;
        }

        /// <summary>
        /// An actor shows as its name (or its words), with its code in parentheses when it has one: <c>Wang Yi (CHNGOV)</c>.
        /// Its role (party or place) goes to the side's roles, empty when the store did not record it (stored before version 4).
        /// </summary>
        public void Add(bool source, string? name, string words, string code, string? role)
        {
            var (display, codes, roles) = source ? (SourceDisplay, SourceCodes, SourceRoles) : (TargetDisplay, TargetCodes, TargetRoles);
            ref var any = ref source ? ref _anySource : ref _anyTarget;
            if (any)
            {
                display.Append("; ");
                codes.Append(';');
                roles.Append(';');
            }
            roles.Append(role);
            any = true;
            display.Append(name ?? words);
            if (code.Length > 0)
                display.Append(" (").Append(code).Append(')');
            codes.Append(code);
        }
    }

    /// <summary>Article texts fetched once per article in a result, by id (the indexed key).</summary>
    private sealed class ArticleTexts(DuckDBConnection connection)
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string Of(string article)
        {
            if (!_texts.TryGetValue(article, out var text))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT text FROM articles WHERE id = ?";
                command.Parameters.Add(new DuckDBParameter(article));
                text = command.ExecuteScalar() as string ?? "";
                _texts[article] = text;
            }
            return text;
        }
    }
}
