using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>What a page says about itself: canonical URL and publication time, read before extraction.</summary>
internal readonly record struct HtmlMetadata(string? Url, Publication? Published, string? Title)
{
    private static readonly string[] PublishedMeta =
    [
        "meta[property='article:published_time']", "meta[name='article:published_time']",
        "meta[itemprop='datePublished']", "meta[property='og:published_time']",
        "meta[name='pubdate']", "meta[name='publishdate']", "meta[name='date']", "meta[name='dc.date']", "meta[name='DC.date.issued']",
    ];

    public static HtmlMetadata Read(IHtmlDocument document) =>
        new(CanonicalUrl(document), PublishedTime(document), NonEmpty(document.Title));

    private static string? CanonicalUrl(IHtmlDocument document)
    {
        var canonical = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
        if (IsWebUrl(canonical))
            return canonical!.Trim();
        var og = document.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        return IsWebUrl(og) ? og!.Trim() : null;
    }

    private static Publication? PublishedTime(IHtmlDocument document)
    {
        foreach (var selector in PublishedMeta)
        {
            if (Parse(document.QuerySelector(selector)?.GetAttribute("content")) is { } found)
                return found;
        }
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (Parse(JsonLdDatePublished(script.TextContent)) is { } found)
                return found;
        }
        var time = document.QuerySelector("time[pubdate][datetime]") ?? document.QuerySelector("article time[datetime]")
            ?? document.QuerySelector("time[datetime]");
        return Parse(time?.GetAttribute("datetime"));
    }

    private static Publication? Parse(string? value) => PublicationParser.Parse(value, PublishedSource.Metadata);

    /// <summary>The first <c>datePublished</c> anywhere in a JSON-LD block (it may sit inside <c>@graph</c>).</summary>
    private static string? JsonLdDatePublished(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(document.RootElement, depth: 0);
        }
        catch (JsonException)
        {
            return null; // broken JSON-LD is common on the web; the page is still readable
        }
    }

    private static string? Find(JsonElement element, int depth)
    {
        if (depth > 8)
            return null;
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String)
                return value.GetString();
            foreach (var property in element.EnumerateObject())
            {
                if (Find(property.Value, depth + 1) is { } found)
                    return found;
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (Find(item, depth + 1) is { } found)
                    return found;
            }
        }
        return null;
    }

    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
