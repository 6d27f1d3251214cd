using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads an RSS or Atom feed: each item becomes an article whose text is its content (or description)
/// rendered from HTML to paragraphs. Origins are <c>path#N</c>, N counting items from 1.
/// </summary>
internal static class FeedArticleReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options, CancellationToken ct)
    {
        var stem = Articles.Stem(path);
        if (!InputFile.TryLoadText(path, options.MaxBytes, out var xml, out var error))
            return [Articles.Fail(stem, path, error)];
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [Malformed(stem, path, e.Message)];
        }
        if (feed.Type == FeedType.Unknown || feed.Items is null)
            return [Malformed(stem, path, "no <rss>, <rdf:RDF> or <feed> root element")];
        if (feed.Items.Count == 0)
            return [Articles.Fail(stem, path, new ParleyError(ErrorCodes.EmptyInput, $"feed '{path}' has no items; nothing to read."))];
        return Items(feed.Items, stem, path, options, ct);
    }

    private static IEnumerable<ReadResult> Items(ICollection<FeedItem> items, string stem, string path, ReaderOptions options, CancellationToken ct)
    {
        var number = 0;
        foreach (var item in items)
        {
            ct.ThrowIfCancellationRequested();
            number++;
            yield return Item(item, stem, path, number, options);
        }
    }

    private static ReadResult Item(FeedItem item, string stem, string path, int number, ReaderOptions options)
    {
        var origin = $"{path}#{number}";
        var id = NonEmpty(item.Id) ?? NonEmpty(item.Link) ?? $"{stem}:{number}";
        var html = NonEmpty(item.Content) ?? NonEmpty(item.Description);
        var text = html is null ? "" : HtmlText.FromHtml(html);
        if (text.Length == 0)
            return Articles.Fail(id, origin, new ParleyError(ErrorCodes.EmptyInput,
                $"item {number} of feed '{path}' has no content or description; nothing to read."));
        var article = new Article(id, text)
        {
            Title = NonEmpty(item.Title),
            Url = NonEmpty(item.Link),
            Published = Articles.Publication(Published(item), options),
            Origin = origin,
            EchoText = true,
        };
        return Articles.Accept(article, options);
    }

    private static Publication? Published(FeedItem item)
    {
        var written = item.SpecificItem is AtomFeedItem atom
            ? NonEmpty(atom.PublishedDateString) ?? NonEmpty(atom.UpdatedDateString)
            : NonEmpty(item.PublishingDateString);
        if (PublicationParser.Parse(written, PublishedSource.Metadata) is { } parsed)
            return parsed;
        // FeedReader also understands a few forms we do not (dc:date and friends); take its day as UTC.
        return item.PublishingDate is { } date
            ? new Publication(DateOnly.FromDateTime(date), new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)), PublishedSource.Metadata)
            : null;
    }

    private static ReadResult Malformed(string stem, string path, string reason) =>
        Articles.Fail(stem, path, new ParleyError(ErrorCodes.MalformedFeed,
            $"'{path}' is not a readable RSS or Atom feed ({reason}); check that the download is complete, or rename it to .txt or .html if it is not a feed."));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
