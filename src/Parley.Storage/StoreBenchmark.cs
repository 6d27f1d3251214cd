using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// Measures how fast <see cref="EventStore.Store"/> writes events: synthetic documents of ten events each, stored in
/// batches of 1,000 documents (10,000 events a <see cref="EventStore.Store"/> call); the calls and the final close
/// (which commits and checkpoints) are timed, building the documents is not.
/// </summary>
public static class StoreBenchmark
{
    public const int EventsPerDocument = 10;
    public const int DocumentsPerBatch = 1000;

    /// <summary>Stores <paramref name="events"/> events into a new file at <paramref name="path"/>; returns events per second.</summary>
    public static double MeasureInsertRate(string path, int events) => MeasureInsertRate(path, events, DocumentsPerBatch);

    /// <summary>As <see cref="MeasureInsertRate(string, int)"/>, with <paramref name="documentsPerBatch"/> documents per transaction.</summary>
    public static double MeasureInsertRate(string path, int events, int documentsPerBatch)
    {
        if (File.Exists(path))
            ErrorCodes.Throw(ErrorCodes.BadOption, $"'{path}' exists; the benchmark writes a new store, so give a path that does not exist.");
        var documents = (events + EventsPerDocument - 1) / EventsPerDocument;
        var ticks = 0L;
        var store = EventStore.Open(path);
        var batch = new List<Document>(documentsPerBatch);
        for (var d = 0; d < documents; d++)
        {
            batch.Add(Synthetic(d, Math.Min(EventsPerDocument, events - d * EventsPerDocument)));
            if (batch.Count == documentsPerBatch || d == documents - 1)
            {
                var start = Stopwatch.GetTimestamp();
                store.Store(batch, "bench.v1");
                ticks += Stopwatch.GetTimestamp() - start;
                batch.Clear();
            }
        }
        // Closing checkpoints what the write-ahead log still holds: part of the cost of storing, so it is timed too.
        var closing = Stopwatch.GetTimestamp();
        store.Dispose();
        ticks += Stopwatch.GetTimestamp() - closing;
        return events / Math.Max(Stopwatch.GetElapsedTime(0, ticks).TotalSeconds, 1e-9);
    }

    /// <summary>A document whose text repeats one sentence per event, with two actors, a time and a place on each event.</summary>
    public static Document Synthetic(int index, int events)
    {
        const string Sentence = "The minister met the ambassador in the capital on Monday. ";
        var text = string.Concat(Enumerable.Repeat(Sentence, events)) + "Report " + index.ToString(CultureInfo.InvariantCulture) + ".";
        var article = new Article("bench-" + index.ToString(CultureInfo.InvariantCulture), text)
        {
            Origin = "benchmark",
            Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Metadata),
        };
        var document = new Document(article);
        ImmutableArray<Entity> entities =
        [
            new Entity("E1", EntityType.Person, "Minister", "Q1", new ActorCode("USA", "GOV"), "bench"),
            new Entity("E2", EntityType.Person, "Ambassador", "Q2", new ActorCode("CHN", "GOV"), "bench"),
        ];
        var mentions = ImmutableArray.CreateBuilder<Mention>(events * 2);
        var coded = ImmutableArray.CreateBuilder<CodedEvent>(events);
        var place = new Gazetted("Capital", 1, 1.5, 2.5, "USA", PlaceFeature.City);
        for (var i = 0; i < events; i++)
        {
            var at = i * Sentence.Length;
            var source = new EventActor(new TextRange(at + 4, at + 12), 0, "Minister", new ActorCode("USA", "GOV"), "Q1");
            var target = new EventActor(new TextRange(at + 21, at + 31), 1, "Ambassador", new ActorCode("CHN", "GOV"), "Q2");
            mentions.Add(new Mention(source.Range.Start, source.Range.End, 0, MentionKind.Title));
            mentions.Add(new Mention(target.Range.Start, target.Range.End, 1, MentionKind.Title));
            coded.Add(new CodedEvent("CONSULT", "meet", "044", 1.0, 1, Factuality.Asserted, [source], [target],
                new EventTime("2025-07-07", TimePrecision.Day, TimeBasis.Explicit, new TextRange(at + 50, at + 56)), place,
                new TextRange(at + 13, at + 16), new TextRange(at, at + Sentence.Length - 1), 0.8, "bench.meet.v1"));
        }
        document.SetEntities(entities, mentions.MoveToImmutable());
        document.SetEvents(coded.MoveToImmutable());
        return document;
    }
}
