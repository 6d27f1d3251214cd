using System.Threading.Channels;
using Parley.Core;
using Parley.Ingest;

namespace Parley.Cli;

/// <summary>The outcome for one input: an analysed document, or a coded failure.</summary>
public readonly record struct Outcome(Document? Document, ArticleFailure? Failure);

/// <summary>
/// Runs the pipeline over a stream of read results, yielding outcomes in input order. One thread runs the simple
/// sequential reference path; more threads run a streaming ordered pipeline: a reader, N workers, and the caller
/// consuming in order. At most <see cref="Window"/> articles are in flight (read, queued, running or waiting for an
/// earlier one), so the reader never runs ahead unboundedly; the caller's own work (writing JSON, storing) overlaps
/// with the workers' instead of waiting for a whole batch.
/// </summary>
public static class ArticleRunner
{
    /// <summary>Articles in flight per worker thread: enough to absorb one long article without stalling the others.</summary>
    public const int WindowPerThread = 32;

    public static int Window(int threads) => WindowPerThread * Math.Max(1, threads);

    public static IEnumerable<Outcome> Run(IEnumerable<ReadResult> inputs, Core.Pipeline pipeline, int threads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(pipeline);
        return threads <= 1 ? Sequential(inputs, pipeline, ct) : Parallel(inputs, pipeline, threads, ct);
    }

    /// <summary>The reference implementation: one article after another on the calling thread.</summary>
    public static IEnumerable<Outcome> Sequential(IEnumerable<ReadResult> inputs, Core.Pipeline pipeline, CancellationToken ct)
    {
        foreach (var input in inputs)
            yield return One(input, pipeline, ct);
    }

    private static IEnumerable<Outcome> Parallel(IEnumerable<ReadResult> inputs, Core.Pipeline pipeline, int threads, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        // The ordered channel is the reorder window: the reader blocks once it holds Window unconsumed articles.
        var ordered = Channel.CreateBounded<Task<Outcome>>(new BoundedChannelOptions(Window(threads)) { SingleReader = true, SingleWriter = true });
        var work = Channel.CreateUnbounded<(ReadResult Input, TaskCompletionSource<Outcome> Done)>(new UnboundedChannelOptions { SingleWriter = true });
        var reader = Task.Run(() => Read(inputs, ordered.Writer, work.Writer, stop.Token), CancellationToken.None);
        var workers = new Task[threads];
        for (var i = 0; i < threads; i++)
            workers[i] = Task.Run(() => Work(work.Reader, pipeline, stop.Token), CancellationToken.None);
        try
        {
            while (ordered.Reader.WaitToReadAsync(ct).AsTask().GetAwaiter().GetResult())
                while (ordered.Reader.TryRead(out var next))
                {
                    ct.ThrowIfCancellationRequested();
                    yield return next.WaitAsync(ct).GetAwaiter().GetResult();
                }
        }
        finally
        {
            // Reached on completion, on a fault, and when the caller stops early: stop the others and wait for them.
            stop.Cancel();
            try
            {
                Task.WaitAll([reader, .. workers]);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                // Cancelled on purpose above.
            }
        }
    }

    private static async Task Read(IEnumerable<ReadResult> inputs, ChannelWriter<Task<Outcome>> ordered,
        ChannelWriter<(ReadResult, TaskCompletionSource<Outcome>)> work, CancellationToken ct)
    {
        Exception? fault = null;
        try
        {
            foreach (var input in inputs)
            {
                var done = new TaskCompletionSource<Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);
                await ordered.WriteAsync(done.Task, ct).ConfigureAwait(false);
                work.TryWrite((input, done));
            }
        }
        catch (Exception e)
        {
            fault = e;
        }
        work.TryComplete();
        ordered.TryComplete(fault);
    }

    private static async Task Work(ChannelReader<(ReadResult Input, TaskCompletionSource<Outcome> Done)> work, Core.Pipeline pipeline, CancellationToken ct)
    {
        while (await work.WaitToReadAsync(ct).ConfigureAwait(false))
        {
            while (work.TryRead(out var item))
            {
                try
                {
                    item.Done.SetResult(One(item.Input, pipeline, ct));
                }
                catch (Exception e)
                {
                    item.Done.SetException(e);
                }
            }
        }
    }

    /// <summary>One article through the pipeline; an unexpected fault becomes that article's failure, never the batch's.</summary>
    public static Outcome One(ReadResult input, Core.Pipeline pipeline, CancellationToken ct)
    {
        if (input.Failure is { } failure)
            return new Outcome(null, failure);
        var article = input.Article!;
        try
        {
            return new Outcome(pipeline.Run(article, ct), null);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var message = e is ParleyException p ? p.Error.Message : $"the pipeline failed on this article ({e.GetType().Name}: {e.Message}); please report it with the article.";
            return new Outcome(null, new ArticleFailure(article.Id, article.Origin, new ParleyError(ErrorCodes.ProcessingFailed, message)));
        }
    }
}
