using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// The front door for input: turns paths (files, folders, <c>-</c> for standard input) into articles, lazily
/// and in input order. Bad input becomes a coded <see cref="ArticleFailure"/>; only cancellation throws.
/// </summary>
public static class ArticleSource
{
    /// <summary>Reads every article under <paramref name="paths"/>; <paramref name="stdin"/> defaults to <see cref="Console.In"/>.</summary>
    public static IEnumerable<ReadResult> Read(IEnumerable<string> paths, ReaderOptions options, TextReader? stdin = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        return ReadAll(paths, options, stdin, ct);
    }

    /// <summary>
    /// Parses a publication time (<c>2025-07-10</c>, <c>2025-07-10T08:00:00Z</c>, <c>2025-03-14 20:30:26Z</c>,
    /// RFC 1123); null when it is none of these. The instant is set only when a time was given.
    /// </summary>
    public static Publication? ParsePublished(string value, PublishedSource source = PublishedSource.Option) =>
        PublicationParser.Parse(value, source);

    private static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, ReaderOptions options, TextReader? stdin, CancellationToken ct)
    {
        foreach (var entry in InputWalker.Walk(paths, ct))
        {
            if (entry.Failure is { } failure)
            {
                yield return new ReadResult(null, failure);
                continue;
            }
            foreach (var result in Guarded(entry.Path, () => ReadEntry(entry.Path, options, stdin, ct)))
            {
                ct.ThrowIfCancellationRequested();
                yield return result;
            }
        }
    }

    private static IEnumerable<ReadResult> ReadEntry(string path, ReaderOptions options, TextReader? stdin, CancellationToken ct)
    {
        if (path == InputEntry.Stdin)
            return StdinReader.Read(stdin ?? Console.In, options, ct);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => [HtmlArticleReader.Read(path, options)],
            ".xml" or ".rss" or ".atom" => FeedArticleReader.Read(path, options, ct),
            ".jsonl" or ".ndjson" => JsonLinesReader.Read(path, options, ct),
            ".json" => JsonFileReader.Read(path, options, ct),
            _ => [PlainTextReader.Read(path, options)],
        };
    }

    /// <summary>
    /// The safety net behind every reader: an unexpected exception ends that input with a failure instead of
    /// the whole batch. Readers report the problems they expect themselves, with more precise codes.
    /// </summary>
    private static IEnumerable<ReadResult> Guarded(string path, Func<IEnumerable<ReadResult>> read)
    {
        IEnumerator<ReadResult>? enumerator = null;
        try
        {
            while (true)
            {
                if (Step(path, read, ref enumerator, out var current) is { } error)
                {
                    yield return Articles.Fail(Articles.Stem(path), path, error);
                    yield break;
                }
                if (current is not { } result)
                    yield break;
                yield return result;
            }
        }
        finally
        {
            enumerator?.Dispose();
        }
    }

    /// <summary>Advances the reader; returns the error when it threw, else sets <paramref name="current"/> (null at the end).</summary>
    private static ParleyError? Step(string path, Func<IEnumerable<ReadResult>> read, ref IEnumerator<ReadResult>? enumerator, out ReadResult? current)
    {
        current = null;
        try
        {
            enumerator ??= read().GetEnumerator();
            if (enumerator.MoveNext())
                current = enumerator.Current;
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ParleyError(ErrorCodes.Unreadable, InputFile.UnreadableMessage(path, e));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ParleyError(ErrorCodes.ProcessingFailed,
                $"reading '{path}' failed unexpectedly ({e.GetType().Name}: {e.Message}); skip this file and report the problem with the file attached.");
        }
    }
}
