namespace Parley.Core;

/// <summary>Where an article's publication time came from.</summary>
public enum PublishedSource : byte { None, Metadata, Option, Inferred }

/// <summary>The document creation time (DCT): a day, and the instant when the input gave one.</summary>
public readonly record struct Publication(DateOnly Date, DateTimeOffset? Instant, PublishedSource Source)
{
    /// <summary>The DCT as written in output: an ISO date, or an ISO date-time when the input had one.</summary>
    public string Value => Instant is { } i && i.TimeOfDay != TimeSpan.Zero
        ? i.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
        : Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One input article as read: its identity, metadata and the text every offset refers to.
/// For HTML, <see cref="Text"/> is the extracted main text and <see cref="EchoText"/> is set.
/// </summary>
public sealed record Article(string Id, string Text)
{
    public string? Title { get; init; }
    public string? Url { get; init; }
    public Publication? Published { get; init; }
    /// <summary>Where it came from (a path, "stdin", a path and line), for diagnostics.</summary>
    public string Origin { get; init; } = "";
    /// <summary>Echo <see cref="Text"/> in output because it is not the raw input (HTML, feeds).</summary>
    public bool EchoText { get; init; }
}

/// <summary>An input that could not be read as an article, with a coded error; the batch goes on.</summary>
public sealed record ArticleFailure(string Id, string Origin, ParleyError Error);
