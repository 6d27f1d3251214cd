using System.Diagnostics;
using System.Text.Json;
using Parley.Core;
using Parley.Storage.Json;

namespace Parley.Cli.Commands;

/// <summary>
/// Where single-threaded time and allocation go: each pipeline component (via <c>Pipeline.RunTimed</c>) and the JSON
/// writer. Allocation is counted on the measuring thread (<c>GC.GetAllocatedBytesForCurrentThread</c>), so it does not
/// depend on the machine's load, unlike the time.
/// </summary>
public static class BenchStages
{
    public const string JsonStage = "json.ArticleJson";

    public static IReadOnlyList<StageShare> Measure(IReadOnlyList<Article> articles, Core.Pipeline pipeline, CancellationToken ct)
    {
        var components = pipeline.Components;
        var ticks = new long[components.Count + 1];
        var allocated = new long[components.Count + 1];
        using var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var article in articles)
        {
            var document = new Document(article);
            pipeline.RunTimed(document, ticks, allocated, ct);
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            writer.Reset(Stream.Null);
            ArticleJson.Write(writer, document, includeText: false);
            writer.Flush();
            ticks[^1] += Stopwatch.GetTimestamp() - start;
            allocated[^1] += GC.GetAllocatedBytesForCurrentThread() - bytes;
        }
        var total = 0L;
        foreach (var t in ticks)
            total += t;
        var shares = new StageShare[ticks.Length];
        for (var i = 0; i < ticks.Length; i++)
        {
            var name = i < components.Count ? components[i].Name : JsonStage;
            shares[i] = new StageShare(name, Stopwatch.GetElapsedTime(0, ticks[i]).TotalSeconds, ticks[i] / (double)Math.Max(total, 1))
            {
                BytesPerDocument = allocated[i] / (double)Math.Max(articles.Count, 1),
            };
        }
        return shares;
    }
}
