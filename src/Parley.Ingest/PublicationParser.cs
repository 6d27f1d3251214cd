using System.Collections.Frozen;
using System.Globalization;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Reads a publication time as written in options and metadata: ISO 8601 dates and date-times
/// (with <c>T</c> or a space, with or without a zone), and RFC 1123 / RFC 822 dates from feeds.
/// A date-time keeps the calendar day as written in its own zone; without a zone it is taken as UTC.
/// </summary>
internal static class PublicationParser
{
    private static readonly string[] IsoDateTimes =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK",
    ];

    // RFC 822 allows a missing weekday, one-digit days and two-digit years; feeds use all of them.
    private static readonly string[] Rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss",
    ];

    private static readonly FrozenDictionary<string, string> ZoneNames = new Dictionary<string, string>
    {
        ["GMT"] = "+00:00", ["UT"] = "+00:00", ["UTC"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static Publication? Parse(string? value, PublishedSource source)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = value.Trim();
        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new Publication(date, null, source);
        if (TryIso(text, out var instant) || TryRfc822(text, out instant))
            return new Publication(DateOnly.FromDateTime(instant.DateTime), instant, source);
        return null;
    }

    private static bool TryIso(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, IsoDateTimes, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);

    private static bool TryRfc822(string text, out DateTimeOffset instant)
    {
        var normalized = NormalizeZone(text);
        return DateTimeOffset.TryParseExact(normalized, Rfc822, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out instant);
    }

    /// <summary>Rewrites a trailing zone name or <c>+hhmm</c> as <c>+hh:mm</c>, the only form <c>zzz</c> reads.</summary>
    private static string NormalizeZone(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space < 0)
            return text;
        var zone = text[(space + 1)..];
        if (ZoneNames.TryGetValue(zone, out var offset))
            return string.Concat(text.AsSpan(0, space + 1), offset);
        if (zone.Length == 5 && zone[0] is '+' or '-' && int.TryParse(zone.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return string.Concat(text.AsSpan(0, space + 1), zone.AsSpan(0, 3), ":", zone.AsSpan(3));
        return text;
    }
}
