using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Pipeline.Text;
using Parley.Pipeline.Time;

namespace Parley.Benchmarks;

/// <summary>
/// The time tagger alone (tokens and sentences prepared in setup) and publication inference, over the corpus in
/// PARLEY_CORPUS or a fixed-seed synthetic one. MB/s = UTF-8 megabytes of the corpus / mean time.
/// </summary>
[MemoryDiagnoser]
public class TimeBenchmarks
{
    private IReadOnlyList<Article> _articles = [];
    private ImmutableArray<Token>[] _tokens = [];
    private ImmutableArray<Sentence>[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _articles = BenchmarkCorpus.Load();
        _tokens = _articles.Select(a => Tokenizer.Tokenize(a.Text)).ToArray();
        _sentences = _articles.Select((a, i) => SentenceSplitter.Split(a.Text, _tokens[i].AsSpan())).ToArray();
        Console.WriteLine($"// corpus: {BenchmarkCorpus.Describe(_articles.Select(a => a.Text).ToArray())}");
    }

    [Benchmark(Baseline = true)]
    public int Tag()
    {
        var n = 0;
        for (var i = 0; i < _articles.Count; i++)
            n += TimeTagger.Tag(_articles[i].Text, _tokens[i].AsSpan(), _sentences[i].AsSpan(), _articles[i].Published?.Date).Length;
        return n;
    }

    [Benchmark]
    public int InferPublication()
    {
        var n = 0;
        for (var i = 0; i < _articles.Count; i++)
            n += PublicationInference.Infer(_articles[i].Text, _tokens[i].AsSpan(), _sentences[i].AsSpan()) is null ? 0 : 1;
        return n;
    }
}
