using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline;
using Parley.Pipeline.Entities;
using Parley.Pipeline.Text;

namespace Parley.Benchmarks;

/// <summary>Knowledge-base phrase matching over every sentence of a corpus: reference (baseline) against fast.</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private NameMatcher _matcher = null!;
    private Document[] _done = [];
    private readonly List<NameMatch> _output = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = Benchmarks.Corpora.Synthetic;

    public static IEnumerable<string> Corpora => Benchmarks.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        var tokenizer = new Tokenizer();
        _matcher = NameMatcher.Build(NamePhrases.From(KnowledgeBase.Embedded), p => PipelineCatalog.TokenTexts(tokenizer, p));
        _done = Benchmarks.Corpora.Load(Corpus).Select(a => PipelineCatalog.Default.Run(a)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int Reference() => Run(reference: true);

    [Benchmark]
    public int Fast() => Run(reference: false);

    private int Run(bool reference)
    {
        var found = 0;
        foreach (var d in _done)
            foreach (var s in d.Sentences)
            {
                _output.Clear();
                if (reference)
                    _matcher.MatchReference(d.Text, d.Tokens, s.FirstToken, s.EndToken, _output);
                else
                    _matcher.Match(d.Text, d.Tokens, s.FirstToken, s.EndToken, _output);
                found += _output.Count;
            }
        return found;
    }
}
