namespace Parley.Ingest;

/// <summary>Reads a plain-text file as one article whose text is exactly the decoded file (only a BOM removed).</summary>
internal static class PlainTextReader
{
    public static ReadResult Read(string path, ReaderOptions options)
    {
        var id = Articles.Stem(path);
        if (!InputFile.TryLoadText(path, options.MaxBytes, out var text, out var error))
            return Articles.Fail(id, path, error);
        var article = new Parley.Core.Article(id, text)
        {
            Published = Articles.Publication(null, options),
            Origin = path,
        };
        return Articles.Accept(article, options);
    }
}
