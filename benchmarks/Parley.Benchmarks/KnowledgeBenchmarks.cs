using BenchmarkDotNet.Attributes;
using Parley.Knowledge;
using Parley.Pipeline;
using Parley.Pipeline.Entities;
using Parley.Pipeline.Events;
using Parley.Pipeline.Text;

namespace Parley.Benchmarks;

/// <summary>Start-up costs: loading the embedded knowledge base, and what building a pipeline adds over a loaded one.</summary>
[MemoryDiagnoser]
public class KnowledgeBenchmarks
{
    [Benchmark(Baseline = true)]
    public int LoadKnowledgeBase() => KnowledgeBase.Load(KnowledgeFiles.Embedded).PlaceNames.Count;

    [Benchmark]
    public int BuildNameMatcher()
    {
        var tokenizer = new Tokenizer();
        return NameMatcher.Build(NamePhrases.From(KnowledgeBase.Embedded), p => PipelineCatalog.TokenTexts(tokenizer, p)).PhraseCount;
    }

    [Benchmark]
    public int LoadPatterns() => EventPattern.LoadDefault([]).Count;
}
