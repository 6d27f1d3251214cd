using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Parley.Core;
using Parley.Ingest;
using Parley.Pipeline;

namespace Parley.ThreadCpu;

/// <summary>
/// Per-component cost of the default pipeline on 1 or N threads, in figures a shared machine does not move much: each
/// worker thread's own processor time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>, which excludes time spent waiting for a
/// core), bytes allocated on that thread, <c>Monitor.LockContentionCount</c> and GC counts; wall time is printed beside
/// them. Workers take documents from one shared counter, as <c>parley extract --threads N</c> spreads them. To compare
/// two builds, copy each binary folder elsewhere and drop this tool's <c>ThreadCpu.dll</c>, <c>.deps.json</c> and
/// <c>.runtimeconfig.json</c> into the copy (the Parley assemblies bind by name):
/// <c>ThreadCpu voa_stories.jsonl 2 6</c> (corpus or "synthetic", threads, passes over the corpus).
/// </summary>
internal static class Program
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    private static long ThreadNanoseconds()
    {
        _ = ClockGetTime(ThreadCpuClock, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: ThreadCpu CORPUS.jsonl|synthetic THREADS PASSES");
            return 2;
        }
        var (path, threads, passes) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
        var articles = new List<Article>();
        if (path == "synthetic")
            articles.AddRange(Cli.Commands.BenchCorpus.Generate(200));
        else
            foreach (var r in ArticleSource.Read([path], new ReaderOptions(), ct: default))
                if (r.Article is { } a)
                    articles.Add(a);
        var pipeline = PipelineCatalog.Default;
        for (var w = 0; w < 3; w++) // warm-up: the tiered JIT optimises the hot paths
            foreach (var a in articles)
                pipeline.Run(a);
        var all = Enumerable.Repeat(articles, passes).SelectMany(a => a).ToArray();
        var components = pipeline.Components;
        var n = components.Count;
        var cpu = new long[threads, n];
        var wall = new long[threads, n];
        var bytes = new long[threads, n];
        var threadCpu = new long[threads];
        var next = -1;
        var contention = Monitor.LockContentionCount;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(true);
        var clock = Stopwatch.StartNew();
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var me = t;
            workers[t] = new Thread(() =>
            {
                var begin = ThreadNanoseconds();
                int i;
                while ((i = Interlocked.Increment(ref next)) < all.Length)
                {
                    var document = new Document(all[i]);
                    for (var k = 0; k < n; k++)
                    {
                        var (c, b, s) = (ThreadNanoseconds(), GC.GetAllocatedBytesForCurrentThread(), Stopwatch.GetTimestamp());
                        components[k].Process(document, default);
                        wall[me, k] += Stopwatch.GetTimestamp() - s;
                        bytes[me, k] += GC.GetAllocatedBytesForCurrentThread() - b;
                        cpu[me, k] += ThreadNanoseconds() - c;
                    }
                }
                threadCpu[me] = ThreadNanoseconds() - begin;
            });
            workers[t].Start();
        }
        foreach (var w in workers)
            w.Join();
        clock.Stop();
        var docs = all.Length;
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"threads {threads} docs {docs} wall {clock.Elapsed.TotalSeconds:F2}s thread-cpu {threadCpu.Sum() / 1e9:F2}s cpu/doc {threadCpu.Sum() / 1e3 / docs:F0}us alloc/doc {(GC.GetTotalAllocatedBytes(true) - allocated) / 1024.0 / docs:F1}KB lock-contention {Monitor.LockContentionCount - contention} gc {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}"));
        Console.WriteLine($"{"component",-26} {"cpu us/doc",10} {"wall us/doc",11} {"KB/doc",8}");
        for (var k = 0; k < n; k++)
        {
            long c = 0, w = 0, b = 0;
            for (var t = 0; t < threads; t++)
                (c, w, b) = (c + cpu[t, k], w + wall[t, k], b + bytes[t, k]);
            Console.WriteLine(string.Create(inv, $"{components[k].Name,-26} {c / 1e3 / docs,10:F1} {Stopwatch.GetElapsedTime(0, w).TotalMicroseconds / docs,11:F1} {b / 1024.0 / docs,8:F1}"));
        }
        return 0;
    }
}
