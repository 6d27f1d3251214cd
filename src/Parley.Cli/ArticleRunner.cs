using Parley.Core;
using Parley.Ingest;

namespace Parley.Cli;

/// <summary>The outcome for one input: an analysed document, or a coded failure.</summary>
public readonly record struct Outcome(Document? Document, ArticleFailure? Failure);

/// <summary>
/// Runs the pipeline over a stream of read results on several threads, yielding outcomes in input order. Work is taken in
/// batches (bounded memory: at most one batch in flight), so a slow article never lets the reader run ahead unboundedly.
/// </summary>
public static class ArticleRunner
{
    public static IEnumerable<Outcome> Run(IEnumerable<ReadResult> inputs, Core.Pipeline pipeline, int threads, CancellationToken ct)
    {
        var batchSize = threads <= 1 ? 1 : 32 * threads;
        var batch = new List<ReadResult>(batchSize);
        var outcomes = new Outcome[batchSize];
        foreach (var input in inputs)
        {
            batch.Add(input);
            if (batch.Count < batchSize)
                continue;
            foreach (var o in Process(batch, outcomes, pipeline, threads, ct))
                yield return o;
            batch.Clear();
        }
        foreach (var o in Process(batch, outcomes, pipeline, threads, ct))
            yield return o;
    }

    private static IEnumerable<Outcome> Process(List<ReadResult> batch, Outcome[] outcomes, Core.Pipeline pipeline, int threads, CancellationToken ct)
    {
        if (batch.Count == 0)
            return [];
        if (threads <= 1 || batch.Count == 1)
        {
            for (var i = 0; i < batch.Count; i++)
                outcomes[i] = One(batch[i], pipeline, ct);
        }
        else
        {
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = ct },
                i => outcomes[i] = One(batch[i], pipeline, ct));
        }
        return outcomes.Take(batch.Count).ToArray();
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
