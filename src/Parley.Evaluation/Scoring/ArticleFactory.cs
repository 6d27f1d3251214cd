using Parley.Core;

namespace Parley.Evaluation.Scoring;

/// <summary>
/// Builds the articles evaluators feed to the pipeline: gold records carry their own date. A record without one is
/// read undated, as <c>parley extract</c> reads a text without metadata; the evaluator never invents a date.
/// </summary>
internal static class ArticleFactory
{
    public static Article Create(string id, string text, DateOnly? published, string origin) => new(id, text)
    {
        Published = published is { } date ? new Publication(date, null, PublishedSource.Metadata) : null,
        Origin = origin,
    };

    /// <summary>Runs one article, turning a component failure into a coded error that names the record.</summary>
    public static Document Run(Func<Article, Document> run, Article article)
    {
        try
        {
            return run(article);
        }
        catch (Exception e) when (e is not ParleyException and not OperationCanceledException)
        {
            throw new ParleyException(new ParleyError(ErrorCodes.ProcessingFailed,
                $"processing gold record '{article.Id}' ({article.Origin}) failed: {e.Message}. Fix the component or report the record."));
        }
    }

    public static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"the {what} file '{path}' does not exist; pass the path of the gold file.");
    }

    public static string Truncate(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1), "…");
}
