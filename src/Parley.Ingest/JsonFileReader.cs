using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads a <c>.json</c> file. When its first line is a whole JSON object it is JSON Lines (streamed);
/// otherwise the file is one JSON document: an array of article objects (origins <c>path#N</c>) or one object.
/// </summary>
internal static class JsonFileReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options, CancellationToken ct) =>
        IsJsonLines(path, options) ? JsonLinesReader.Read(path, options, ct) : ReadDocument(path, options, ct);

    private static IEnumerable<ReadResult> ReadDocument(string path, ReaderOptions options, CancellationToken ct)
    {
        var stem = Articles.Stem(path);
        if (!InputFile.TryLoadText(path, options.MaxBytes, out var json, out var error))
        {
            yield return Articles.Fail(stem, path, error);
            yield break;
        }
        if (!TryParse(json, path, out var document, out error))
        {
            yield return Articles.Fail(stem, path, error);
            yield break;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                yield return JsonArticle.FromElement(root, stem, path, $"'{path}'", options);
                yield break;
            }
            var number = 0;
            foreach (var element in root.EnumerateArray())
            {
                ct.ThrowIfCancellationRequested();
                number++;
                yield return JsonArticle.FromElement(element, $"{stem}:{number}", $"{path}#{number}", $"item {number} of '{path}'", options);
            }
            if (number == 0)
                yield return Articles.Fail(stem, path, new ParleyError(ErrorCodes.EmptyInput, $"'{path}' is an empty JSON array; nothing to read."));
        }
    }

    private static bool TryParse(string json, string path, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out ParleyError? error)
    {
        (document, error) = (null, null);
        try
        {
            document = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException e)
        {
            error = new ParleyError(ErrorCodes.MalformedJson,
                $"'{path}' is not valid JSON ({e.Message}); give an array of objects like [{{\"text\": \"...\"}}] or one object per line.");
            return false;
        }
    }

    /// <summary>True when the first non-blank line parses on its own as a JSON object (or cannot be inspected).</summary>
    private static bool IsJsonLines(string path, ReaderOptions options)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var lines = ByteLineReader.Open(stream, options.MaxBytes);
            while (lines.TryReadLine(out var line, out _))
            {
                if (line is not { } bytes || bytes.Span.Trim(" \t\r\f\v"u8).IsEmpty)
                    continue;
                var trimmed = bytes.Span.Trim(" \t\r\f\v"u8);
                if (trimmed[0] != (byte)'{')
                    return trimmed[0] is not (byte)'[';
                try
                {
                    using var first = JsonDocument.Parse(bytes);
                    return true;
                }
                catch (JsonException)
                {
                    return false; // an object spread over several lines: one JSON document
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The JSON Lines reader reports the problem with its code and message.
        }
        return true;
    }
}
