using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Parley.Core;
using Parley.Ingest;
using Parley.Storage.Json;

namespace Parley.Cli.Commands;

/// <summary>Measures what <c>parley extract --format jsonl</c> does, minus reading: every stage, then JSON Lines into a null stream.</summary>
public static class BenchExtract
{
    /// <summary>Runs the corpus <paramref name="repeat"/> times at <paramref name="threads"/> threads; the fastest run counts.</summary>
    public static ThroughputRun Measure(IReadOnlyList<Article> articles, Core.Pipeline pipeline, int threads, int repeat, CancellationToken ct)
    {
        ThroughputRun? best = null;
        for (var r = 0; r < Math.Max(1, repeat); r++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var start = Stopwatch.GetTimestamp();
            var events = RunOnce(articles, pipeline, threads, Stream.Null, ct);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (best is null || seconds < best.Seconds)
                best = new ThroughputRun(threads, seconds, articles.Count, CountWords(articles), CountBytes(articles), events)
                {
                    CpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds,
                    GcPauseSeconds = (GC.GetTotalPauseDuration() - pause).TotalSeconds,
                    Collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2),
                };
        }
        return best!;
    }

    /// <summary>Extracts and writes every article as one JSON line to <paramref name="output"/>; returns the number of events.</summary>
    public static int RunOnce(IReadOnlyList<Article> articles, Core.Pipeline pipeline, int threads, Stream output, CancellationToken ct)
    {
        var events = 0;
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var outcome in ArticleRunner.Run(Inputs(articles), pipeline, threads, ct))
        {
            writer.Reset(output);
            if (outcome.Document is { } d)
            {
                ArticleJson.Write(writer, d, includeText: false);
                events += d.Events.Length;
            }
            else
            {
                ArticleJson.WriteFailure(writer, outcome.Failure!);
            }
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
        return events;
    }

    public static IEnumerable<ReadResult> Inputs(IReadOnlyList<Article> articles)
    {
        foreach (var a in articles)
            yield return ReadResult.Ok(a);
    }

    /// <summary>Words as <c>wc -w</c> counts them: runs of non-white-space characters.</summary>
    public static long CountWords(IReadOnlyList<Article> articles)
    {
        long words = 0;
        foreach (var a in articles)
            words += CountWords(a.Text);
        return words;
    }

    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                words++;
            inWord = !space;
        }
        return words;
    }

    public static long CountBytes(IReadOnlyList<Article> articles)
    {
        long bytes = 0;
        foreach (var a in articles)
            bytes += Encoding.UTF8.GetByteCount(a.Text);
        return bytes;
    }
}
