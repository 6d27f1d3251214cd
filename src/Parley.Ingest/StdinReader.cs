using System.Text;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads standard input: JSON Lines when the first non-whitespace character is <c>{</c> (streamed, origins
/// <c>stdin:LINE</c>), else one plain-text article with a content-hash id. Text is kept exactly as received.
/// </summary>
internal static class StdinReader
{
    public const string Origin = "stdin";

    public static IEnumerable<ReadResult> Read(TextReader input, ReaderOptions options, CancellationToken ct)
    {
        var head = new StringBuilder();
        var first = ReadLeadingWhitespace(input, head, options.MaxBytes);
        if (first < 0)
            return [ReadResult.Fail(Origin, Origin, ErrorCodes.EmptyInput, "standard input is empty or only whitespace; pipe some text or JSON Lines into it.")];
        return first == '{'
            ? ReadLines(TextLineReader.Open(input, head.ToString(), options.MaxBytes), options, ct)
            : [ReadText(input, head, options)];
    }

    /// <summary>Copies leading whitespace into <paramref name="head"/> and returns the first other character, or -1 at the end.</summary>
    private static int ReadLeadingWhitespace(TextReader input, StringBuilder head, long limit)
    {
        int c;
        while ((c = input.Read()) >= 0)
        {
            // A BOM left by a caller that decoded without stripping it is not part of the text.
            if (c == '\uFEFF' && head.Length == 0)
                continue;
            head.Append((char)c);
            if (!char.IsWhiteSpace((char)c) || head.Length > limit)
                return c;
        }
        return -1;
    }

    private static ReadResult ReadText(TextReader input, StringBuilder text, ReaderOptions options)
    {
        var buffer = new char[16 * 1024];
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > options.MaxBytes)
                return ReadResult.Fail(Origin, Origin, ErrorCodes.TooLarge,
                    $"standard input is over the {options.MaxBytes:N0}-character limit; split it into smaller articles (or JSON Lines) and retry.");
        }
        var content = text.ToString();
        var id = Articles.ContentId(content);
        if (!TextDecoder.TryCheck(content, "standard input", out var error))
            return Articles.Fail(id, Origin, error);
        var article = new Article(id, content) { Published = Articles.Publication(null, options), Origin = Origin };
        return Articles.Accept(article, options);
    }

    private static IEnumerable<ReadResult> ReadLines(LineReader<char> lines, ReaderOptions options, CancellationToken ct)
    {
        while (lines.TryReadLine(out var line, out var length))
        {
            ct.ThrowIfCancellationRequested();
            var number = lines.LineNumber;
            var origin = $"{Origin}:{number}";
            var where = $"line {number} of standard input";
            if (line is null)
                yield return ReadResult.Fail(origin, origin, ErrorCodes.TooLarge,
                    $"{where} is {length:N0} characters, over the {options.MaxBytes:N0}-character limit; split the article and retry.");
            else if (!line.Value.Span.IsWhiteSpace())
                yield return JsonArticle.FromString(line.Value.ToString(), fallbackId: null, origin, where, options);
        }
    }
}
