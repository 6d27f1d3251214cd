using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Places;

/// <summary>
/// A one-word place that is only part of a longer name the gazetteer lacks: "Central" in "Central Luzon", "Delta" in
/// "Danube Delta", "Jos" in "Ceamurlia de Jos". Such a match names some other place, so it is not resolved.
/// </summary>
internal static class EmbeddedPlaces
{
    /// <summary>Lower-case particles inside place names ("Ceamurlia de Jos", "Rio de Janeiro").</summary>
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.Ordinal,
        "de", "del", "de la", "la", "le", "les", "di", "da", "do", "dos", "das", "du", "van", "von", "el", "al", "al-", "sur", "upon");

    private static readonly FrozenSet<string> s_directions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater",
        "Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern", "Southeastern", "Southwestern");

    public static bool InsideLongerName(Document document, int mention)
    {
        var mentions = document.Mentions;
        var m = mentions[mention];
        if (document.Slice(m.Range).ContainsAny(' ', '-'))
            return false;
        if (mention + 1 < mentions.Length && Unknown(document, mentions[mention + 1]) && OnlySpace(document, m.End, mentions[mention + 1].Start))
            return true;
        // "East Java", "North-Western Sydney" are parts of the place: its point is near enough.
        if (mention > 0 && Unknown(document, mentions[mention - 1]) && OnlySpace(document, mentions[mention - 1].End, m.Start)
            && !IsDirection(document.Slice(mentions[mention - 1].Range)))
            return true;
        // "Ceamurlia de Jos": a particle between a capitalised word and the place.
        var before = document.Text.AsSpan(0, m.Start).TrimEnd(' ');
        var space = before.LastIndexOf(' ');
        if (space <= 0 || !s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[(space + 1)..]))
            return false;
        var previous = before[..space].TrimEnd(' ');
        var word = previous[(previous.LastIndexOf(' ') + 1)..];
        return word.Length > 0 && char.IsUpper(word[0]);
    }

    private static bool IsDirection(ReadOnlySpan<char> words)
    {
        foreach (var part in words.Split('-'))
            if (!s_directions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(words[part]))
                return false;
        return true;
    }

    private static bool Unknown(Document document, Mention other) =>
        other.Kind == MentionKind.Name && document.Entities[other.Entity].KbKey is null;

    private static bool OnlySpace(Document document, int end, int start) => start == end + 1 && document.Text[end] == ' ';
}
