using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage.Tests;

/// <summary>
/// The background mark of an event (<see cref="CodedEvent.Background"/>: its time ends a year or more before publication)
/// through the store: written by both writers into <c>events.background</c>, read back, exported, filtered by
/// <see cref="EventQuery.SkipBackground"/>, and computed for the events of a version 4 file when it is opened.
/// </summary>
public sealed class BackgroundStoreTests : IDisposable
{
    // Invented: published 2025-07-10, the first sanctions are history, the meeting is the news.
    private const string Text = "Marco Rubio sanctioned Wang Yi in 2019. Marco Rubio met Wang Yi in Kuala Lumpur.";

    private readonly TempStore _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Document World()
    {
        var document = new DocumentBuilder("history", Text)
            .Event("sanctioned", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2019", plover: "SANCTION", cameo: "163", mode: null)
            .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-09")
            .Build();
        var marked = new Document(document.Article);
        marked.SetEntities(document.Entities, document.Mentions);
        marked.SetEvents([.. document.Events.Select(e => e with { Background = BackgroundTime.Is(e.Time, document.Published?.Date) })]);
        return marked;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_mark_round_trips_with_both_writers_and_is_exported(bool reference)
    {
        using (var store = EventStore.Open(_temp.Path, reference))
            store.Store([World()], "p");

        using var reopened = _temp.Open();
        var rows = reopened.QueryEvents(new EventQuery()).OrderBy(r => r.EventId, StringComparer.Ordinal).ToArray();
        Assert.Equal([true, false], rows.Select(r => r.Background));
        var csv = Write(EventExport.WriteCsv, rows).Split("\r\n");
        Assert.EndsWith(",background,time_rule", csv[0], StringComparison.Ordinal); // time_rule (schema version 6) follows it
        Assert.EndsWith(",true,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",false,", csv[2], StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(Write(EventExport.WriteJson, rows));
        Assert.True(json.RootElement[0].GetProperty("background").GetBoolean());
        Assert.Contains("2019 background", Write(EventExport.WriteTable, rows), StringComparison.Ordinal);
    }

    [Fact]
    public void Skip_background_leaves_out_the_history()
    {
        using var store = _temp.Open();
        store.Store([World()], "p");

        Assert.Equal(["history/V2"], store.QueryEvents(new EventQuery { SkipBackground = true }).Select(r => r.EventId));
    }

    [Fact]
    public void A_version_four_file_gains_the_column_filled_from_the_stored_time_and_publication()
    {
        using (var store = _temp.Open())
            store.Store([World()], "p");
        Execute("ALTER TABLE events DROP COLUMN background; UPDATE schema_version SET version = 4");

        using (var migrated = _temp.Open())
        {
            var rows = migrated.QueryEvents(new EventQuery()).OrderBy(r => r.EventId, StringComparer.Ordinal).ToArray();
            Assert.Equal([true, false], rows.Select(r => r.Background));
        }
        Assert.Equal(6, Scalar("SELECT version FROM schema_version"));
    }

    private static string Write(Action<IReadOnlyList<EventRow>, TextWriter> export, IReadOnlyList<EventRow> rows)
    {
        using var writer = new StringWriter();
        export(rows, writer);
        return writer.ToString();
    }

    private void Execute(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + _temp.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private int Scalar(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=" + _temp.Path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
