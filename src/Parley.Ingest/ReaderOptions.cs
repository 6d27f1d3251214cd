using Parley.Core;

namespace Parley.Ingest;

/// <summary>How inputs are read into articles. Defaults live here; vary them with <c>with</c>.</summary>
public sealed record ReaderOptions
{
    /// <summary>The DCT from <c>--published</c>, used for articles whose input carries none.</summary>
    public Publication? Published { get; init; }

    /// <summary>Files larger than this fail with PARLEY-E004 (for JSON Lines: any one line larger than this).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>An article whose text is longer than this fails with PARLEY-E004; text is never truncated.</summary>
    public int MaxTextChars { get; init; } = 2_000_000;
}

/// <summary>One input read: exactly one of <see cref="Article"/> and <see cref="Failure"/> is set.</summary>
public readonly record struct ReadResult(Article? Article, ArticleFailure? Failure)
{
    public bool IsSuccess => Article is not null;

    public static ReadResult Ok(Article article) => new(article, null);

    public static ReadResult Fail(string id, string origin, string code, string message) =>
        new(null, new ArticleFailure(id, origin, new ParleyError(code, message)));
}
