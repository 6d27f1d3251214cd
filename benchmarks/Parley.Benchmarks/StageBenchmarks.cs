using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// Each pipeline stage alone over a whole corpus, against the full pipeline as the baseline (so each ratio is the
/// stage's share). A stage runs on fresh documents whose earlier layers are copied from a finished run, so only the
/// stage itself is measured.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Core.Pipeline _pipeline = null!;
    private Article[] _articles = [];
    private Document[] _done = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = Benchmarks.Corpora.Synthetic;

    public static IEnumerable<string> Corpora => Benchmarks.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = PipelineCatalog.Default;
        _articles = Benchmarks.Corpora.Load(Corpus);
        _done = _articles.Select(a => _pipeline.Run(a)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int EndToEnd()
    {
        var events = 0;
        foreach (var article in _articles)
            events += _pipeline.Run(article).Events.Length;
        return events;
    }

    [Benchmark] public int Tokens() => Stage(0, Layers.None);
    [Benchmark] public int Sentences() => Stage(1, Layers.Tokens);
    [Benchmark] public int Times() => Stage(3, Layers.Tokens | Layers.Sentences | Layers.Publication);
    [Benchmark] public int Entities() => Stage(4, Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times);
    [Benchmark] public int Places() => Stage(5, Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times | Layers.Entities);
    [Benchmark] public int Events() => Stage(6, Layers.Tokens | Layers.Sentences | Layers.Publication | Layers.Times | Layers.Entities | Layers.Places);

    private int Stage(int component, Layers given)
    {
        var stage = _pipeline.Components[component];
        var assigned = 0;
        for (var i = 0; i < _articles.Length; i++)
        {
            var document = Restore(_articles[i], _done[i], given);
            stage.Process(document, CancellationToken.None);
            assigned += (int)document.Assigned;
        }
        return assigned;
    }

    /// <summary>A fresh document with the given layers copied from a finished one.</summary>
    public static Document Restore(Article article, Document done, Layers layers)
    {
        var d = new Document(article);
        if (layers.HasFlag(Layers.Tokens)) d.SetTokens(done.Tokens);
        if (layers.HasFlag(Layers.Sentences)) d.SetSentences(done.Sentences);
        if (layers.HasFlag(Layers.Publication)) d.SetPublication(done.Published);
        if (layers.HasFlag(Layers.Times)) d.SetTimes(done.Times);
        if (layers.HasFlag(Layers.Entities)) d.SetEntities(done.Entities, done.Mentions);
        if (layers.HasFlag(Layers.Places)) d.SetPlaces(done.Places);
        return d;
    }
}
