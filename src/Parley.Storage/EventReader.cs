using System.Data.Common;
using DuckDB.NET.Data;

namespace Parley.Storage;

/// <summary>Reads events matching a query, ordered by time (undated last), then article and position.</summary>
internal static class EventReader
{
    // The limit is applied before actors are gathered, so a query costs the same whatever the store's size.
    private const string Select = """
        WITH picked AS (
            SELECT e.* FROM events e WHERE {0}
            ORDER BY e.time_from NULLS LAST, e.article, e.ordinal
            LIMIT ?),
        sides AS (
            SELECT x.event, x.side,
                   string_agg(CASE WHEN coalesce(x.code, '') = '' THEN coalesce(x.name, x.text)
                                   ELSE coalesce(x.name, x.text) || ' (' || x.code || ')' END, '; ' ORDER BY x.ordinal) AS display,
                   string_agg(x.code, ';' ORDER BY x.ordinal) AS codes
            FROM event_actors x JOIN picked p ON x.event = p.event
            GROUP BY x.event, x.side)
        SELECT e.article, e.event, e.plover, e.mode, e.cameo, e.goldstein, e.quad, e.factuality,
               e.time_value, e.time_precision, e.time_basis, e.place_name, e.place_country, e.place_geonameid,
               s.display, s.codes, t.display, t.codes, e.trigger_text, e.sentence_start, e.sentence_end,
               e.confidence, e.rule, a.url, a.published
        FROM picked e
        JOIN articles a ON a.id = e.article
        LEFT JOIN sides s ON s.event = e.event AND s.side = 'source'
        LEFT JOIN sides t ON t.event = e.event AND t.side = 'target'
        ORDER BY e.time_from NULLS LAST, e.article, e.ordinal
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
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(ReadRow(reader, texts));
        return rows;
    }

    private static EventRow ReadRow(DbDataReader r, ArticleTexts texts)
    {
        var article = r.GetString(0);
        return new EventRow(
            ArticleId: article,
            EventId: r.GetString(1),
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
            Source: NullableString(r, 14) ?? "",
            SourceCodes: NullableString(r, 15) ?? "",
            Target: NullableString(r, 16) ?? "",
            TargetCodes: NullableString(r, 17) ?? "",
            TriggerText: r.GetString(18),
            SentenceText: texts.Slice(article, r.GetInt32(19), r.GetInt32(20)),
            Confidence: r.GetDouble(21),
            Rule: r.GetString(22),
            Url: NullableString(r, 23),
            Published: NullableString(r, 24));
    }

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    /// <summary>
    /// Article texts fetched once per article in a result. Sentences are cut here, not in SQL, because stored offsets
    /// count UTF-16 code units and DuckDB's substring counts code points.
    /// </summary>
    private sealed class ArticleTexts(DuckDBConnection connection)
    {
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        public string Slice(string article, int start, int end)
        {
            if (!_texts.TryGetValue(article, out var text))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT text FROM articles WHERE id = ?";
                command.Parameters.Add(new DuckDBParameter(article));
                text = command.ExecuteScalar() as string ?? "";
                _texts[article] = text;
            }
            start = Math.Clamp(start, 0, text.Length);
            end = Math.Clamp(end, start, text.Length);
            return text[start..end];
        }
    }
}
