using System.Text.Json;
using Parley.Cli;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Ingest;
using Parley.Pipeline;
using Parley.Storage.Json;

namespace Parley.Cli.Tests;

public sealed class ArticleRunnerTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(7, 2)]
    [InlineData(42, 3)]
    [InlineData(2025, 4)]
    public void ParallelOutputEqualsSequentialOutput(int seed, int threads)
    {
        var inputs = RandomInputs(seed, 120);
        var sequential = Json(ArticleRunner.Sequential(inputs, PipelineCatalog.Default, CancellationToken.None));
        var parallel = Json(ArticleRunner.Run(inputs, PipelineCatalog.Default, threads, CancellationToken.None));
        Assert.Equal(sequential, parallel);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void OutcomesKeepInputOrderWithFailuresInterleaved(int threads)
    {
        var inputs = RandomInputs(11, 90);
        var ids = ArticleRunner.Run(inputs, PipelineCatalog.Default, threads, CancellationToken.None)
            .Select(o => o.Document?.Article.Id ?? o.Failure!.Id).ToArray();
        Assert.Equal(inputs.Select(i => i.Article?.Id ?? i.Failure!.Id), ids);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void ReaderStaysWithinTheWindowOfAnEndlessInput(int threads)
    {
        var source = new CountingSource();
        using var outcomes = ArticleRunner.Run(source.Endless(), PipelineCatalog.Default, threads, CancellationToken.None).GetEnumerator();
        Assert.True(outcomes.MoveNext());
        // Let the reader run as far as it can; with back-pressure it stops at the window, without it would never stop.
        var last = -1;
        for (var rounds = 0; rounds < 50 && source.Pulled != last; rounds++)
        {
            last = source.Pulled;
            Thread.Sleep(40);
        }
        Assert.InRange(source.Pulled, 1, ArticleRunner.Window(threads) + 2);
    }

    [Fact]
    public void StoppingEarlyEndsTheWorkers()
    {
        var source = new CountingSource();
        var taken = ArticleRunner.Run(source.Endless(), PipelineCatalog.Default, 2, CancellationToken.None).Take(10).Count();
        Assert.Equal(10, taken);
        var pulled = source.Pulled;
        Thread.Sleep(50);
        Assert.Equal(pulled, source.Pulled);
    }

    [Fact]
    public void AFaultInTheInputReachesTheCaller()
    {
        static IEnumerable<ReadResult> Faulty()
        {
            yield return ReadResult.Ok(new Article("a", "The minister met the envoy on Monday."));
            throw new InvalidDataException("broken input");
        }
        var e = Assert.ThrowsAny<Exception>(() => ArticleRunner.Run(Faulty(), PipelineCatalog.Default, 2, CancellationToken.None).ToList());
        Assert.Contains("broken input", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        var source = new CountingSource();
        var seen = 0;
        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in ArticleRunner.Run(source.Endless(), PipelineCatalog.Default, 2, cancel.Token))
                if (++seen == 5)
                    cancel.Cancel();
        });
        Assert.Equal(5, seen);
    }

    /// <summary>Synthetic articles of a seed, with a read failure and an empty article mixed in at random places.</summary>
    private static List<ReadResult> RandomInputs(int seed, int count)
    {
        var random = new Random(seed);
        var inputs = new List<ReadResult>();
        foreach (var article in BenchCorpus.Generate(count, seed))
        {
            inputs.Add(ReadResult.Ok(article));
            if (random.Next(10) == 0)
                inputs.Add(ReadResult.Fail("bad-" + inputs.Count, "test", ErrorCodes.Unreadable, "unreadable"));
            if (random.Next(15) == 0)
                inputs.Add(ReadResult.Ok(new Article("empty-" + inputs.Count, "")));
        }
        return inputs;
    }

    private static byte[] Json(IEnumerable<Outcome> outcomes)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var o in outcomes)
            {
                if (o.Document is { } d)
                    ArticleJson.Write(writer, d, includeText: true);
                else
                    ArticleJson.WriteFailure(writer, o.Failure!);
            }
            writer.WriteEndArray();
        }
        return stream.ToArray();
    }

    private sealed class CountingSource
    {
        private int _pulled;

        public int Pulled => Volatile.Read(ref _pulled);

        public IEnumerable<ReadResult> Endless()
        {
            for (var i = 0; ; i++)
            {
                Interlocked.Increment(ref _pulled);
                yield return ReadResult.Ok(new Article("endless-" + i, "Officials in Cairo met envoys from Sudan on Monday."));
            }
        }
    }
}
