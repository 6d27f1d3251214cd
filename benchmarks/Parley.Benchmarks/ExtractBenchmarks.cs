using BenchmarkDotNet.Attributes;
using Parley.Cli;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// End to end as <c>parley extract --format jsonl</c> runs it (minus reading): every stage and the JSON writer, on the
/// sequential reference runner (baseline) and on the streaming ordered runner with all cores.
/// </summary>
[MemoryDiagnoser]
public class ExtractBenchmarks
{
    private Article[] _articles = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = Benchmarks.Corpora.Synthetic;

    public static IEnumerable<string> Corpora => Benchmarks.Corpora.Available();

    [GlobalSetup]
    public void Setup() => _articles = Benchmarks.Corpora.Load(Corpus);

    [Benchmark(Baseline = true)]
    public int OneThread() => BenchExtract.RunOnce(_articles, PipelineCatalog.Default, 1, Stream.Null, CancellationToken.None);

    [Benchmark]
    public int AllCores() => BenchExtract.RunOnce(_articles, PipelineCatalog.Default, Environment.ProcessorCount, Stream.Null, CancellationToken.None);

    [Benchmark]
    public int OneThreadWindowRunner() =>
        ArticleRunner.Run(BenchExtract.Inputs(_articles), PipelineCatalog.Default, 1, CancellationToken.None).Sum(o => o.Document?.Events.Length ?? 0);
}
