using System.CommandLine;
using Parley.Core;
using Parley.Ingest;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary><c>parley ingest</c>: code articles and store them, idempotently, in the database.</summary>
public static class IngestCommand
{
    // DuckDB commits dominate small batches: 1,000 documents a transaction stores about 1.6x faster than 250 (benchmarks/results).
    private const int BatchSize = 1000;

    /// <summary>
    /// Coding threads for an ingest on <paramref name="cores"/> cores. The store writes on the calling thread; sharing a
    /// core with the coders slows it by half (measured with <c>parley bench</c> on 2 cores: 115 k events/s of store
    /// time beside one coder, 78 k beside two) while end-to-end documents/s stayed the same (1,904 against 1,919).
    /// </summary>
    public static int WorkersBesideTheWriter(int cores) => Math.Max(1, cores - 1);

    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var db = DbOption.Create();
        var threads = new Option<int>("--threads")
        {
            Description = "Coding threads (default: all cores but one, which the database writer keeps for itself).",
            DefaultValueFactory = _ => WorkersBesideTheWriter(Environment.ProcessorCount),
        };
        var command = new Command("ingest", "Code articles and store articles, entities and events in the database (the same article twice is stored once).");
        common.AddTo(command);
        command.Add(db);
        command.Add(threads);
        command.SetAction((parse, ct) =>
        {
            var paths = parse.GetValue(common.Paths) ?? [];
            if (paths.Length == 0)
                ErrorCodes.Throw(ErrorCodes.BadOption, "ingest needs at least one path (a file, a folder, or - for standard input).");
            var reader = common.ReaderOptions(parse);
            var pipeline = common.Pipeline(parse);
            using var store = EventStore.Open(parse.GetValue(db)!);
            var inputs = ArticleSource.Read(paths, reader, context.Input, ct);
            var progress = new IngestProgress(context);
            var totals = new StoreResult();
            var failures = 0;
            var batch = new List<Document>(BatchSize);
            foreach (var outcome in ArticleRunner.Run(inputs, pipeline, Math.Max(1, parse.GetValue(threads)), ct))
            {
                if (outcome.Failure is { } failure)
                {
                    failures++;
                    store.StoreFailure(failure);
                    context.Error.WriteLine($"parley: {failure.Origin}: {failure.Error}");
                }
                else
                {
                    batch.Add(outcome.Document!);
                }
                if (batch.Count == BatchSize)
                    totals = Add(totals, Flush(store, batch, pipeline));
                progress.Report(totals.Stored + totals.Duplicates + batch.Count, failures, totals.Events);
            }
            totals = Add(totals, Flush(store, batch, pipeline));
            progress.Done();
            var counts = store.Counts();
            context.Error.WriteLine(
                $"ingest: {totals.Stored} article(s) stored, {totals.Duplicates} already stored, {totals.Conflicts} id conflict(s), " +
                $"{failures} failed; {totals.Events} event(s) stored. {store.Path} now holds {counts.Articles} article(s) and {counts.Events} event(s).");
            return Task.FromResult(failures + totals.Conflicts > 0 ? ExitCodes.SomeFailed : ExitCodes.Ok);
        });
        return command;
    }

    private static StoreResult Flush(EventStore store, List<Document> batch, Core.Pipeline pipeline)
    {
        if (batch.Count == 0)
            return default;
        var result = store.Store(batch, pipeline.Version);
        batch.Clear();
        return result;
    }

    private static StoreResult Add(StoreResult a, StoreResult b) =>
        new(a.Stored + b.Stored, a.Duplicates + b.Duplicates, a.Events + b.Events) { Conflicts = a.Conflicts + b.Conflicts };
}
