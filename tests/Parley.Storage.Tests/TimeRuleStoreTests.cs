using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage.Tests;

/// <summary>
/// The rule that decided an event's time (<see cref="EventTime.Rule"/>) through the store: written by both writers into
/// <c>events.time_rule</c> (schema version 6), read back, exported as the last CSV column and a JSON key, and NULL for the
/// events of a version 5 file, which is brought up to version 6 when opened.
/// </summary>
public sealed class TimeRuleStoreTests : IDisposable
{
    // Invented: published 2025-07-10.
    private const string Text = "Marco Rubio met Wang Yi on Tuesday. Marco Rubio called Sergey Lavrov.";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Document World()
    {
        var document = new DocumentBuilder("rules", Text)
            .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-08")
            .Event("called", DocumentBuilder.Rubio, DocumentBuilder.Lavrov, "2025-07-10", cameo: "040", mode: null)
            .Build();
        var ruled = new Document(document.Article);
        ruled.SetEntities(document.Entities, document.Mentions);
        string[] rules = ["time.explicit.clause.v1+time.weekday.relative", "time.published.default.v1"];
        ruled.SetEvents([.. document.Events.Select((e, i) => e with { Time = e.Time with { Rule = rules[i] } })]);
        return ruled;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_rule_round_trips_with_both_writers_and_is_exported(bool reference)
    {
        using (var store = EventStore.Open(_temp.Path, reference))
            store.Store([World()], "p");

        using var reopened = _temp.Open();
        var rows = reopened.QueryEvents(new EventQuery()).OrderBy(r => r.EventId, StringComparer.Ordinal).ToArray();
        Assert.Equal(["time.explicit.clause.v1+time.weekday.relative", "time.published.default.v1"], rows.Select(r => r.TimeRule));
        var csv = Write(EventExport.WriteCsv, rows).Split("\r\n");
        Assert.EndsWith(",background,time_rule", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",false,time.explicit.clause.v1+time.weekday.relative", csv[1], StringComparison.Ordinal);
        Assert.Equal(EventExport.Columns.Length, csv[0].Split(',').Length);
        using var json = System.Text.Json.JsonDocument.Parse(Write(EventExport.WriteJson, rows));
        Assert.Equal("time.published.default.v1", json.RootElement[1].GetProperty("time_rule").GetString());
    }

    [Fact]
    public void A_new_store_is_version_six_with_the_column_last()
    {
        using (_temp.Open()) { }
        Assert.Equal(6, Scalar("SELECT version FROM schema_version"));
        Assert.Equal("time_rule", Text1("SELECT column_name FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position DESC LIMIT 1"));
    }

    [Fact]
    public void A_version_five_file_opens_gains_the_column_and_keeps_its_events_with_no_rule()
    {
        using (var store = _temp.Open())
            store.Store([World()], "p");
        Execute("ALTER TABLE events DROP COLUMN time_rule; UPDATE schema_version SET version = 5");

        using (var migrated = _temp.Open())
        {
            var rows = migrated.QueryEvents(new EventQuery()).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.All(rows, r => Assert.Null(r.TimeRule));
            using var json = System.Text.Json.JsonDocument.Parse(Write(EventExport.WriteJson, rows));
            Assert.Equal(System.Text.Json.JsonValueKind.Null, json.RootElement[0].GetProperty("time_rule").ValueKind);
            // a new event stored after the migration has its rule, in the column the migration added
            var later = new DocumentBuilder("later", "Wang Yi met Marco Rubio.").Event("met", DocumentBuilder.WangYi, DocumentBuilder.Rubio, "2025-07-08").Build();
            migrated.Store([Ruled(later, "time.inherited.lead.v1")], "p");
            Assert.Contains(migrated.QueryEvents(new EventQuery()), r => r.TimeRule == "time.inherited.lead.v1");
        }
        Assert.Equal(6, Scalar("SELECT version FROM schema_version"));
    }

    private static Document Ruled(Document document, string rule)
    {
        var ruled = new Document(document.Article);
        ruled.SetEntities(document.Entities, document.Mentions);
        ruled.SetEvents([.. document.Events.Select(e => e with { Time = e.Time with { Rule = rule } })]);
        return ruled;
    }

    private static string Write(Action<IReadOnlyList<EventRow>, TextWriter> export, IReadOnlyList<EventRow> rows)
    {
        using var writer = new StringWriter();
        export(rows, writer);
        return writer.ToString();
    }

    private void Execute(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={_temp.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private long Scalar(string sql) => Convert.ToInt64(Query(sql), System.Globalization.CultureInfo.InvariantCulture);

    private string Text1(string sql) => (string)Query(sql)!;

    private object? Query(string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={_temp.Path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
