namespace Parley.Cli.Commands;

/// <summary>End-to-end extraction (every stage plus JSON Lines into a null stream) at one thread count.</summary>
public sealed record ThroughputRun(int Threads, double Seconds, int Documents, long Words, long TextBytes, int Events)
{
    /// <summary>Processor time of the whole process during the run (all threads, GC included).</summary>
    public double CpuSeconds { get; init; }
    /// <summary>Cores kept busy on average: below the thread count when the machine is shared or threads wait.</summary>
    public double CoresUsed => CpuSeconds / Seconds;
    /// <summary>Time the runtime paused the program for garbage collection during the run (<c>GC.GetTotalPauseDuration</c>).</summary>
    public double GcPauseSeconds { get; init; }
    /// <summary>Garbage collections during the run, of generations 0, 1 and 2 (each counts the younger ones too).</summary>
    public (int Gen0, int Gen1, int Gen2) Collections { get; init; }
    public double DocumentsPerSecond => Documents / Seconds;
    public double WordsPerSecond => Words / Seconds;
    /// <summary>Megabytes (10^6 bytes) of UTF-8 article text per second.</summary>
    public double MegabytesPerSecond => TextBytes / 1e6 / Seconds;
}

/// <summary>One pipeline component (or the JSON writer) and its share of single-threaded time.</summary>
public sealed record StageShare(string Name, double Seconds, double Share)
{
    /// <summary>Bytes the stage allocated per document, on the measuring thread (independent of the machine's load).</summary>
    public double BytesPerDocument { get; init; }
}

/// <summary>Storing coded documents into a new DuckDB file with <c>EventStore.Store</c>, in batches.</summary>
public sealed record IngestRun(int Documents, int Events, int Batches, double StoreSeconds, double TotalSeconds)
{
    /// <summary>Of <see cref="StoreSeconds"/>, the final close (the checkpoint of what the write-ahead log holds).</summary>
    public double CloseSeconds { get; init; }
    /// <summary>The coding threads that ran beside the store.</summary>
    public int Workers { get; init; } = 1;
    /// <summary>Events per second of the <c>Store</c> calls alone, as a long-running ingest sees it between checkpoints.</summary>
    public double EventsPerSecondBeforeClose => Events / Math.Max(StoreSeconds - CloseSeconds, 1e-9);
    /// <summary>Events per second of store time (the <c>Store</c> calls and the closing checkpoint).</summary>
    public double EventsPerSecond => Events / Math.Max(StoreSeconds, 1e-9);
    /// <summary>Documents per second end to end: extraction and storing together.</summary>
    public double DocumentsPerSecond => Documents / Math.Max(TotalSeconds, 1e-9);
}

/// <summary>One target of the speed issue, what was measured, and whether it is met.</summary>
public sealed record TargetCheck(string Name, string Target, string Measured, bool Met);

/// <summary>Everything <c>parley bench</c> measured, for the text and JSON reports.</summary>
public sealed record BenchReport
{
    public required string Corpus { get; init; }
    public required int Documents { get; init; }
    public required long Words { get; init; }
    public required long TextBytes { get; init; }
    public required int Repeat { get; init; }
    /// <summary>How many times each extraction run went through the corpus (small corpora are run several times over).</summary>
    public int Passes { get; init; } = 1;
    public required string Machine { get; init; }
    /// <summary>First load of the embedded knowledge base in this process (what every CLI start pays, JIT included).</summary>
    public required double KbLoadColdSeconds { get; init; }
    /// <summary>A second load, with the loaders already compiled.</summary>
    public required double KbLoadWarmSeconds { get; init; }
    /// <summary>Building the default pipeline (matcher, patterns) over an already loaded knowledge base.</summary>
    public required double PipelineBuildSeconds { get; init; }
    public required IReadOnlyList<ThroughputRun> Runs { get; init; }
    public required IReadOnlyList<StageShare> Stages { get; init; }
    public required IngestRun? Ingest { get; init; }
    /// <summary><c>Process.PeakWorkingSet64</c> after the extraction runs: the whole process, runtime and corpus included.</summary>
    public required long PeakWorkingSetBytes { get; init; }
    /// <summary><c>GC.GetTotalMemory(false)</c> after the extraction runs: the managed heap only.</summary>
    public required long ManagedHeapBytes { get; init; }
    /// <summary>Bytes allocated per document in the single-threaded extraction run.</summary>
    public required double AllocatedBytesPerDocument { get; init; }

    /// <summary>Multi-threaded over single-threaded throughput; 1 when only one thread count ran.</summary>
    public double SpeedUp => Runs.Count < 2 ? 1 : Runs[^1].DocumentsPerSecond / Runs[0].DocumentsPerSecond;

    public IReadOnlyList<TargetCheck> Targets()
    {
        var best = Runs[^1];
        var checks = new List<TargetCheck>
        {
            new("extract words/s", ">= 1,000,000", $"{best.WordsPerSecond:N0} ({best.Threads} thread(s))", best.WordsPerSecond >= 1_000_000),
            new("peak memory", "<= 1 GB", $"{PeakWorkingSetBytes / 1e6:N0} MB", PeakWorkingSetBytes <= 1_000_000_000),
            new("knowledge-base load", "<= 1 s", $"{KbLoadColdSeconds:0.000} s", KbLoadColdSeconds <= 1),
        };
        if (Runs.Count >= 2)
            checks.Add(new($"speed-up at {best.Threads} threads", ">= 1.7x at 2", $"{SpeedUp:0.00}x", SpeedUp >= 1.7));
        if (Ingest is { } ingest)
            checks.Add(new("ingest events/s", ">= 100,000", $"{ingest.EventsPerSecond:N0}", ingest.EventsPerSecond >= 100_000));
        return checks;
    }
}
