using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Pipeline;
using Parley.Storage.Json;

namespace Parley.Benchmarks;

/// <summary>Writing finished documents as <c>parley/1</c> JSON: the reference writer (baseline) against the fast one.</summary>
[MemoryDiagnoser]
public class OutputBenchmarks
{
    private Document[] _done = [];
    private Utf8JsonWriter _writer = null!;

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = Benchmarks.Corpora.Synthetic;

    public static IEnumerable<string> Corpora => Benchmarks.Corpora.Available();

    [GlobalSetup]
    public void Setup()
    {
        _done = Benchmarks.Corpora.Load(Corpus).Select(a => PipelineCatalog.Default.Run(a)).ToArray();
        _writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [GlobalCleanup]
    public void Cleanup() => _writer.Dispose();

    [Benchmark(Baseline = true)]
    public long Reference()
    {
        foreach (var d in _done)
        {
            _writer.Reset(Stream.Null);
            ArticleJsonReference.Write(_writer, d, includeText: false);
            _writer.Flush();
        }
        return _writer.BytesCommitted;
    }

    [Benchmark]
    public long Fast()
    {
        foreach (var d in _done)
        {
            _writer.Reset(Stream.Null);
            ArticleJson.Write(_writer, d, includeText: false);
            _writer.Flush();
        }
        return _writer.BytesCommitted;
    }
}
