using AngleSharp.Html.Parser;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads an HTML page: SmartReader finds the main text, <see cref="HtmlText"/> renders it as paragraphs,
/// and that rendering becomes the article text (echoed in output, since it is not the raw input).
/// </summary>
internal static class HtmlArticleReader
{
    public static ReadResult Read(string path, ReaderOptions options)
    {
        var id = Articles.Stem(path);
        return InputFile.TryLoadText(path, options.MaxBytes, out var html, out var error)
            ? FromHtml(html, id, path, options)
            : Articles.Fail(id, path, error);
    }

    public static ReadResult FromHtml(string html, string id, string origin, ReaderOptions options)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        string? title = null;
        var text = "";
        try
        {
            // SmartReader needs an absolute URI but only resolves links with it; a neutral one serves when the page names none.
            var uri = metadata.Url ?? "http://localhost/" + Uri.EscapeDataString(Path.GetFileName(origin));
            var extracted = new SmartReader.Reader(uri, document).GetArticle();
            title = string.IsNullOrWhiteSpace(extracted.Title) ? null : extracted.Title.Trim();
            if (extracted.IsReadable && !string.IsNullOrEmpty(extracted.Content))
                text = HtmlText.FromHtml(extracted.Content);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            text = ""; // extraction failed on odd markup; the plain rendering below still gets a chance
        }
        // Short pages fall under SmartReader's length threshold; their whole body is then the article.
        if (text.AsSpan().IsWhiteSpace())
        {
            var fresh = parser.ParseDocument(html); // SmartReader has pruned the first parse
            text = HtmlText.FromNode(fresh.Body ?? (AngleSharp.Dom.INode)fresh);
        }
        if (text.AsSpan().IsWhiteSpace())
            return Articles.Fail(id, origin, new ParleyError(ErrorCodes.MalformedHtml,
                $"'{origin}' is HTML with no readable main text; check that it is a complete article page (not a script-rendered shell) or pass its text as .txt."));
        var article = new Article(id, text)
        {
            Title = title ?? metadata.Title,
            Url = metadata.Url,
            Published = Articles.Publication(metadata.Published, options),
            Origin = origin,
            EchoText = true,
        };
        return Articles.Accept(article, options);
    }
}
