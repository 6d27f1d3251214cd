using Parley.Core;
using Parley.Pipeline;

namespace Parley.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Parley.Benchmarks -- alloc [FILE.jsonl]</c>: the pipeline's allocation per
/// document on one thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), exact and repeatable, unlike the whole
/// process's count <c>parley bench</c> prints, which moves with when the tiered JIT optimises. Two warm passes and a pause
/// for tier-up, then three measured passes over the synthetic corpus (2,000 articles) or the given file.
/// </summary>
public static class AllocationMeter
{
    public static void Run(string? path)
    {
        IReadOnlyList<Article> articles = path is null
            ? Parley.Cli.Commands.BenchCorpus.Generate(2000).ToArray()
            : Parley.Ingest.ArticleSource.Read([path], new Parley.Ingest.ReaderOptions()).Select(r => r.Article).OfType<Article>().ToArray();
        var pipeline = PipelineCatalog.Default;
        for (var warm = 0; warm < 2; warm++)
            foreach (var article in articles)
                pipeline.Run(article);
        Thread.Sleep(1500);
        for (var pass = 0; pass < 3; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var article in articles)
                pipeline.Run(article);
            Console.Write($"{(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / articles.Count:F1} ");
        }
        Console.WriteLine($"KB per document over {articles.Count} documents");
    }
}
