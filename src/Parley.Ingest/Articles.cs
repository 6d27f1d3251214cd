using System.Security.Cryptography;
using System.Text;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>The rules every reader shares: ids, publication precedence and the text-length limit.</summary>
internal static class Articles
{
    /// <summary>Metadata wins over <c>--published</c>; with neither, a later stage infers the DCT.</summary>
    public static Publication? Publication(Publication? metadata, ReaderOptions options) =>
        metadata is { } found ? found with { Source = PublishedSource.Metadata }
        : options.Published is { } given ? given with { Source = PublishedSource.Option }
        : null;

    /// <summary>The id of a file's single article: its name without the extension.</summary>
    public static string Stem(string path) => Path.GetFileNameWithoutExtension(path);

    /// <summary>A short, stable id for text that came without one: the first 12 hex digits of its SHA-256.</summary>
    public static string ContentId(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash)[..12];
    }

    /// <summary>Accepts the article, or fails it when its text is over the limit (text is never truncated).</summary>
    public static ReadResult Accept(Article article, ReaderOptions options) =>
        article.Text.Length <= options.MaxTextChars
            ? ReadResult.Ok(article)
            : ReadResult.Fail(article.Id, article.Origin, ErrorCodes.TooLarge,
                $"the text of '{article.Origin}' is {article.Text.Length:N0} characters, over the {options.MaxTextChars:N0}-character limit; split the article and retry.");

    public static ReadResult Fail(string id, string origin, ParleyError error) => new(null, new ArticleFailure(id, origin, error));
}
