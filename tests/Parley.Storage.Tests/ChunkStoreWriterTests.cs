using System.Collections.Immutable;
using System.Globalization;
using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage.Tests;

/// <summary>The optimised writer stores exactly the rows of the simple reference writer (DuckDB.NET's appender).</summary>
public sealed class ChunkStoreWriterTests : IDisposable
{
    private static readonly string[] Tables = ["articles", "entities", "mentions", "events", "event_actors"];

    private readonly TempStore _fast = new();
    private readonly TempStore _reference = new();

    public void Dispose()
    {
        _fast.Dispose();
        _reference.Dispose();
    }

    public static TheoryData<string> Cases => ["meeting", "synthetic", "unicode and nulls", "several chunks", "several batches"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Stores_the_same_rows_as_the_reference_writer(string name)
    {
        var batches = Batches(name);

        Store(EventStore.Open(_fast.Path, reference: false), batches);
        Store(EventStore.Open(_reference.Path, reference: true), batches);

        foreach (var table in Tables)
        {
            var fast = Rows(_fast.Path, table);
            Assert.NotEmpty(fast);
            Assert.Equal(Rows(_reference.Path, table), fast);
        }
    }

    [Fact]
    public void Queries_read_the_same_events_from_both()
    {
        var batches = Batches("unicode and nulls");
        Store(EventStore.Open(_fast.Path, reference: false), batches);
        Store(EventStore.Open(_reference.Path, reference: true), batches);

        using var fast = _fast.Open();
        var expected = Query(_reference);
        Assert.Equal(expected, fast.QueryEvents(new EventQuery()));
        Assert.Contains(expected, r => r.SourceCodes.Length == 0 && r.Source == "ÉLYSÉE 🇫🇷");
    }

    private static IReadOnlyList<EventRow> Query(TempStore temp)
    {
        using var store = temp.Open();
        return store.QueryEvents(new EventQuery());
    }

    private static List<Document[]> Batches(string name) => name switch
    {
        "meeting" => [[new DocumentBuilder("kl-1", "Marco Rubio met Wang Yi in Kuala Lumpur. Sergey Lavrov accused Marco Rubio.")
            .Event("met", DocumentBuilder.Rubio, DocumentBuilder.WangYi, "2025-07-11", place: DocumentBuilder.KualaLumpur)
            .Event("accused", DocumentBuilder.Lavrov, DocumentBuilder.Rubio, "2025-W28", plover: "ACCUSE", cameo: "112", mode: null,
                factuality: Factuality.Negated)
            .Build()]],
        "synthetic" => [[StoreBenchmark.Synthetic(0, 10), StoreBenchmark.Synthetic(1, 3)]],
        "unicode and nulls" => [[Unusual()]],
        // DuckDB's chunks hold 2,048 rows: 300 documents of 10 events fill several chunks of every table.
        "several chunks" => [[.. Enumerable.Range(0, 300).Select(i => StoreBenchmark.Synthetic(i, 10))]],
        _ => [[.. Enumerable.Range(0, 5).Select(i => StoreBenchmark.Synthetic(i, 4))], [StoreBenchmark.Synthetic(5, 2)], []],
    };

    /// <summary>Long and non-ASCII strings, strings of exactly 12 and 13 UTF-8 bytes, and every nullable field null.</summary>
    private static Document Unusual()
    {
        const string Text = "Crowds cheered 🎉 in Zürich. The ÉLYSÉE 🇫🇷 rebuked Ministère des Armées, twelve-bytes, thirteen-bytes.";
        var article = new Article("ünïcode-" + new string('x', 40), Text) { Origin = "", Url = null, Title = "Ré: 🎉" };
        var document = new Document(article);
        ImmutableArray<Entity> entities =
        [
            new Entity("E1", EntityType.Org, "ÉLYSÉE 🇫🇷", null, null, "test.v1"),
            new Entity("E2", EntityType.Other, "twelve-bytes", "Q123456789ab", new ActorCode("FRA", null), "thirteen-byte"),
        ];
        var elysee = Text.IndexOf("ÉLYSÉE", StringComparison.Ordinal);
        var ministry = Text.IndexOf("Ministère", StringComparison.Ordinal);
        var trigger = Text.IndexOf("rebuked", StringComparison.Ordinal);
        var source = new EventActor(new TextRange(elysee, elysee + 9), 0, "ÉLYSÉE 🇫🇷", new ActorCode("", null), null);
        var target = new EventActor(new TextRange(ministry, ministry + 22), 7, "Ministère des Armées", new ActorCode("FRA", "MIL"), "Q3");
        var unnamed = new EventActor(new TextRange(0, 6), -1, null!, default, null);
        document.SetEntities(entities, [new Mention(elysee, elysee + 9, 0, MentionKind.Name), new Mention(ministry, ministry + 9, 1, (MentionKind)200)]);
        document.SetEvents(
        [
            new CodedEvent("DISAPPROVE", null, "111", -2.0, 3, (Factuality)99, [source], [target, unnamed],
                new EventTime("PAST_REF", TimePrecision.Unknown, (TimeBasis)7, null), null,
                new TextRange(trigger, trigger + 7), new TextRange(0, Text.Length), 0.5, "test.disapprove.v1"),
            new CodedEvent("CONSULT", "meet", "040", 1.0, 1, Factuality.Future, [], [],
                new EventTime("2025-07-10T09:30", TimePrecision.Minute, TimeBasis.Published, new TextRange(0, 6)),
                new Gazetted("Zürich", 2657896, 47.36667, 8.55, "CHE", PlaceFeature.City),
                new TextRange(trigger, trigger + 7), new TextRange(0, 28), 1.0, "test.consult.v1"),
        ]);
        return document;
    }

    private static void Store(EventStore store, List<Document[]> batches)
    {
        using (store)
        {
            foreach (var batch in batches)
                store.Store(batch, "p.v1");
        }
    }

    /// <summary>Every row of a table as text, in a fixed order; <c>stored_at</c> (the time of storing) is left out.</summary>
    private static List<string> Rows(string path, string table)
    {
        using var connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = table == "articles"
            ? "SELECT * EXCLUDE (stored_at) FROM articles ORDER BY ALL"
            : $"SELECT * FROM {table} ORDER BY ALL";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(string.Join('\u001f', values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        }
        return rows;
    }
}
