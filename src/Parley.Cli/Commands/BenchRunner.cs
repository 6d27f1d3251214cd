using System.Diagnostics;
using System.Runtime.InteropServices;
using Parley.Core;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Pipeline;

namespace Parley.Cli.Commands;

/// <summary>What <c>parley bench</c> runs: thread counts, repeats, and where the ingest database goes.</summary>
public sealed record BenchSettings
{
    /// <summary>The multi-threaded run's thread count; a single-threaded run always comes first.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;
    public int Repeat { get; init; } = 3;
    /// <summary>The ingest database; null means a temporary file, deleted afterwards.</summary>
    public string? DbPath { get; init; }
    /// <summary>Articles run once before measuring, so the JIT has compiled the hot paths.</summary>
    public int WarmUp { get; init; } = 500;
    public bool Ingest { get; init; } = true;
    /// <summary>
    /// The articles the ingest measurement stores, when not the measured corpus: a long ingest is what a firehose sees, and
    /// on a few thousand events the fixed cost of the closing checkpoint would dominate. Made only after the memory is read.
    /// </summary>
    public Func<IReadOnlyList<Article>>? IngestCorpus { get; init; }
    /// <summary>A smaller corpus is run several times over in each extraction run, so a run lasts long enough to time.</summary>
    public long MinimumWordsPerRun { get; init; } = 500_000;
}

/// <summary>Runs every measurement of <c>parley bench</c>, in an order that keeps them apart (memory before ingest).</summary>
public static class BenchRunner
{
    public static BenchReport Run(IReadOnlyList<Article> articles, string corpus, BenchSettings settings, CancellationToken ct)
    {
        if (articles.Count == 0)
            ErrorCodes.Throw(ErrorCodes.BadOption, $"{corpus} holds no articles to measure; give a JSON Lines file with articles or no path for the synthetic corpus.");
        var start = Stopwatch.GetTimestamp();
        _ = KnowledgeBase.Embedded;
        var kbCold = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        var pipeline = PipelineCatalog.Default;
        var build = Stopwatch.GetElapsedTime(start).TotalSeconds;
        start = Stopwatch.GetTimestamp();
        _ = KnowledgeBase.Load(KnowledgeFiles.Embedded);
        var kbWarm = Stopwatch.GetElapsedTime(start).TotalSeconds;

        var words = BenchExtract.CountWords(articles);
        var passes = (int)Math.Clamp((settings.MinimumWordsPerRun + words - 1) / Math.Max(words, 1), 1, 1000);
        var measured = passes == 1 ? articles : Enumerable.Repeat(articles, passes).SelectMany(a => a).ToArray();
        var threads = Math.Max(1, settings.Threads);
        var warmUp = measured.Take(Math.Min(measured.Count, settings.WarmUp)).ToArray();
        // Both runners, so the tiered JIT has optimised the code each measured run takes.
        BenchExtract.RunOnce(warmUp, pipeline, 1, Stream.Null, ct);
        if (threads > 1)
            BenchExtract.RunOnce(warmUp, pipeline, threads, Stream.Null, ct);

        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var runs = new List<ThroughputRun> { BenchExtract.Measure(measured, pipeline, 1, settings.Repeat, ct) };
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / (double)(measured.Count * Math.Max(1, settings.Repeat));
        if (threads > 1)
            runs.Add(BenchExtract.Measure(measured, pipeline, threads, settings.Repeat, ct));
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var heap = GC.GetTotalMemory(false);

        var stages = BenchStages.Measure(articles, pipeline, ct);
        var ingest = settings.Ingest ? MeasureIngest(settings.IngestCorpus?.Invoke() ?? articles, pipeline, threads, settings.DbPath, ct) : null;
        return new BenchReport
        {
            Corpus = corpus,
            Documents = articles.Count,
            Words = words,
            TextBytes = BenchExtract.CountBytes(articles),
            Passes = passes,
            Repeat = Math.Max(1, settings.Repeat),
            Machine = Machine(),
            KbLoadColdSeconds = kbCold,
            KbLoadWarmSeconds = kbWarm,
            PipelineBuildSeconds = build,
            Runs = runs,
            Stages = stages,
            Ingest = ingest,
            PeakWorkingSetBytes = peak,
            ManagedHeapBytes = heap,
            AllocatedBytesPerDocument = allocated,
        };
    }

    /// <summary>The articles of a file or folder (failures are skipped), or the synthetic corpus when no path is given.</summary>
    public static (IReadOnlyList<Article> Articles, string Name) Load(string? path, int syntheticCount, CancellationToken ct)
    {
        if (path is null)
            return (BenchCorpus.Generate(syntheticCount).ToArray(), $"synthetic corpus ({syntheticCount} articles, seed {BenchCorpus.DefaultSeed})");
        if (!File.Exists(path) && !Directory.Exists(path))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"'{path}' does not exist; give a JSON Lines file or folder of articles, or no path for the synthetic corpus.");
        var articles = new List<Article>();
        foreach (var result in ArticleSource.Read([path], new ReaderOptions(), ct: ct))
            if (result.Article is { } a)
                articles.Add(a);
        return (articles, path);
    }

    private static IngestRun MeasureIngest(IReadOnlyList<Article> articles, Core.Pipeline pipeline, int threads, string? dbPath, CancellationToken ct)
    {
        if (dbPath is not null)
            return BenchIngest.Measure(articles, pipeline, threads, dbPath, ct);
        var folder = Directory.CreateTempSubdirectory("parley-bench-");
        try
        {
            return BenchIngest.Measure(articles, pipeline, threads, Path.Combine(folder.FullName, "bench.duckdb"), ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Machine() =>
        $"{Environment.MachineName}, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}";
}
