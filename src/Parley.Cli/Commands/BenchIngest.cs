using System.Diagnostics;
using Parley.Core;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// Ingest throughput, as <c>parley ingest</c> runs: the corpus is coded by all threads but one
/// (<see cref="IngestCommand.WorkersBesideTheWriter"/>) and stored in a new DuckDB file in batches of
/// <see cref="BatchSize"/> documents; store time counts the <c>EventStore.Store</c> calls and the closing checkpoint.
/// </summary>
public static class BenchIngest
{
    public const int BatchSize = 1000;

    public static IngestRun Measure(IReadOnlyList<Article> articles, Core.Pipeline pipeline, int threads, string path, CancellationToken ct)
    {
        if (File.Exists(path))
            ErrorCodes.Throw(ErrorCodes.BadOption, $"'{path}' exists; bench writes a new database, so pass a --db path that does not exist.");
        var begin = Stopwatch.GetTimestamp();
        long storeTicks = 0, closeTicks = 0;
        int documents = 0, events = 0, batches = 0;
        var workers = IngestCommand.WorkersBesideTheWriter(threads);
        var store = EventStore.Open(path);
        try
        {
            var batch = new List<Document>(BatchSize);
            foreach (var outcome in ArticleRunner.Run(BenchExtract.Inputs(articles), pipeline, workers, ct))
            {
                if (outcome.Document is not { } d)
                    continue;
                batch.Add(d);
                if (batch.Count == BatchSize)
                    storeTicks += Store(store, batch, pipeline.Version, ref documents, ref events, ref batches);
            }
            storeTicks += Store(store, batch, pipeline.Version, ref documents, ref events, ref batches);
        }
        finally
        {
            // Closing checkpoints what the write-ahead log still holds: part of the cost of storing.
            var closing = Stopwatch.GetTimestamp();
            store.Dispose();
            closeTicks = Stopwatch.GetTimestamp() - closing;
            storeTicks += closeTicks;
        }
        return new IngestRun(documents, events, batches, Stopwatch.GetElapsedTime(0, storeTicks).TotalSeconds, Stopwatch.GetElapsedTime(begin).TotalSeconds)
        {
            CloseSeconds = Stopwatch.GetElapsedTime(0, closeTicks).TotalSeconds,
            Workers = workers,
        };
    }

    private static long Store(EventStore store, List<Document> batch, string version, ref int documents, ref int events, ref int batches)
    {
        if (batch.Count == 0)
            return 0;
        var start = Stopwatch.GetTimestamp();
        var result = store.Store(batch, version);
        var ticks = Stopwatch.GetTimestamp() - start;
        documents += batch.Count;
        events += result.Events;
        batches++;
        batch.Clear();
        return ticks;
    }
}
