using System.Text.Json;
using System.Text.Unicode;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Turns one JSON object (<c>id</c>, <c>text</c>, <c>published</c>, <c>title</c>, <c>url</c>; only <c>text</c>
/// required, other fields ignored) into an article. <c>where</c> names it in messages ("line 3 of 'a.jsonl'").
/// </summary>
internal static class JsonArticle
{
    private const string Shape = "each line must be one JSON object like {\"id\": \"a1\", \"text\": \"...\", \"published\": \"2025-07-10\"}";

    /// <summary>Reads a line of UTF-8 bytes; <paramref name="fallbackId"/> is used when the object has no id (null: a content hash).</summary>
    public static ReadResult FromUtf8(ReadOnlyMemory<byte> line, string? fallbackId, string origin, string where, ReaderOptions options)
    {
        if (!Utf8.IsValid(line.Span))
            return Fail(fallbackId, origin, ErrorCodes.InvalidUtf8, $"{where} is not valid UTF-8; convert the file (iconv -f latin1 -t utf-8) and retry.");
        try
        {
            using var document = JsonDocument.Parse(line);
            return FromElement(document.RootElement, fallbackId, origin, where, options);
        }
        catch (JsonException e)
        {
            return Fail(fallbackId, origin, ErrorCodes.MalformedJson, $"{where} is not valid JSON ({e.Message}); {Shape}.");
        }
    }

    public static ReadResult FromString(string line, string? fallbackId, string origin, string where, ReaderOptions options)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return FromElement(document.RootElement, fallbackId, origin, where, options);
        }
        catch (JsonException e)
        {
            return Fail(fallbackId, origin, ErrorCodes.MalformedJson, $"{where} is not valid JSON ({e.Message}); {Shape}.");
        }
    }

    public static ReadResult FromElement(JsonElement element, string? fallbackId, string origin, string where, ReaderOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return Fail(fallbackId, origin, ErrorCodes.MalformedJson, $"{where} is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not an object; {Shape}.");
        var id = Id(element);
        if (!element.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            return Fail(id ?? fallbackId, origin, ErrorCodes.MalformedJson, $"{where} has no \"text\" string; {Shape}.");
        var text = textElement.GetString()!;
        id ??= fallbackId ?? Articles.ContentId(text);
        if (!TextDecoder.TryCheck(text, where, out var textError))
            return Articles.Fail(id, origin, textError);
        Publication? published = null;
        if (String(element, "published") is { } written)
        {
            published = PublicationParser.Parse(written, PublishedSource.Metadata);
            if (published is null)
                return Fail(id, origin, ErrorCodes.MalformedJson,
                    $"{where} has \"published\": \"{written}\", which is not a date; write it as 2025-07-10 or 2025-07-10T08:00:00Z.");
        }
        var article = new Article(id, text)
        {
            Title = String(element, "title"),
            Url = String(element, "url"),
            Published = Articles.Publication(published, options),
            Origin = origin,
        };
        return Articles.Accept(article, options);
    }

    /// <summary>An id given as a string or a number; anything else counts as absent.</summary>
    private static string? Id(JsonElement element) =>
        !element.TryGetProperty("id", out var id) ? null
        : id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString()) ? id.GetString()
        : id.ValueKind == JsonValueKind.Number ? id.GetRawText()
        : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static ReadResult Fail(string? id, string origin, string code, string message) =>
        ReadResult.Fail(id ?? origin, origin, code, message);
}
