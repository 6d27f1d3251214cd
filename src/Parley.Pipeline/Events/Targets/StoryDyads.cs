using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 51: the story's main dyad, the two countries it names most ("Azerbaijan rushed in reinforcements" in a story of
/// Armenia and Azerbaijan; "Kyiv turned the terms down" in one of Russia and Ukraine): each mention naming a country itself (by name,
/// demonym, metonym or agent: "Turkish rescuers") counts once. A dyad is clear when the second country is named at least
/// <see cref="MinSecond"/> times and more often than any third: then an act of one side that names no other side and is of a
/// kind aimed at a counterpart is aimed at the other side. Null when the story has no clear dyad.
/// </summary>
internal static class StoryDyads
{
    /// <summary>How often the dyad's second country must be named for the story to be about two sides.</summary>
    private const int MinSecond = 3;

    /// <summary>The story's clear dyad, counted once per mention layer; <c>Leads</c> when its first country is named more often than its second.</summary>
    private static readonly MentionLayerCache<(string First, string Second, bool Leads)?> Dyads = new(Count);

    /// <summary>The other side of the story's dyad from <paramref name="country"/>, or null when the story has no clear dyad or <paramref name="country"/> is not in it.</summary>
    public static string? OtherSide(Document document, string country)
    {
        if (Dyads.Get(document) is not { } dyad)
            return null;
        return dyad.First == country ? dyad.Second : dyad.Second == country ? dyad.First : null;
    }

    /// <summary>The more-named country of the story's clear dyad, or null when the story has none or its two sides are named as often ("Hong Kong" in a story of Hong Kong and China).</summary>
    public static string? Leading(Document document) => Dyads.Get(document) is { Leads: true } dyad ? dyad.First : null;

    private static (string, string, bool)? Count(Document document)
    {
        var counts = new List<(string Country, int Count)>();
        foreach (var m in document.Mentions)
        {
            if (m.Kind is not (MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym or MentionKind.Agent)
                || document.Entities[m.Entity].KbKey is not { } key || !key.StartsWith("country:", StringComparison.Ordinal))
                continue;
            var country = key[8..];
            var i = counts.FindIndex(c => c.Country == country);
            if (i < 0)
                counts.Add((country, 1));
            else
                counts[i] = (country, counts[i].Count + 1);
        }
        if (counts.Count < 2)
            return null;
        counts.Sort((a, b) => b.Count.CompareTo(a.Count));
        return counts[1].Count >= MinSecond && (counts.Count == 2 || counts[2].Count < counts[1].Count)
            ? (counts[0].Country, counts[1].Country, counts[0].Count > counts[1].Count) : null;
    }
}
