using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The country a story is about, one rule for every reader: each counted mention counts once (a reader counts the mentions
/// that name a country, or also places and national bodies); the most counted wins, the latest named on a tie. Dominant:
/// named at least twice and more than twice as often as any other country (what a national office or a bare institution
/// with nothing else to place it belongs to).
/// </summary>
internal sealed class StoryCountryTally
{
    private readonly Dictionary<string, (int Count, int Last)> _counts = new(StringComparer.Ordinal);

    /// <summary>Counts a mention when it names a country itself: by name, demonym or metonym ("Kenya", "Kenyan", "Nairobi").</summary>
    public void Add(Mention mention, string? kbKey)
    {
        if (mention.Kind is MentionKind.Name or MentionKind.Demonym or MentionKind.Metonym && kbKey is { } key && key.StartsWith("country:", StringComparison.Ordinal))
            Add(key[8..], mention.Start);
    }

    /// <summary>A tally with the same counts, in the same order (a reader counts on from a tally kept for the text before).</summary>
    public StoryCountryTally Copy()
    {
        var copy = new StoryCountryTally();
        foreach (var (country, counts) in _counts)
            copy._counts.Add(country, counts);
        return copy;
    }

    public void Add(string country, int start)
    {
        var (count, last) = _counts.GetValueOrDefault(country);
        _counts[country] = (count + 1, Math.Max(last, start));
    }

    /// <summary>The most counted country (the latest on a tie); when <paramref name="dominant"/>, only if it dominates.</summary>
    public string? Best(bool dominant)
    {
        string? best = null;
        int bestCount = 0, bestLast = -1, second = 0;
        foreach (var (country, (count, last)) in _counts)
        {
            if (count > bestCount || count == bestCount && last > bestLast)
                (best, second, bestCount, bestLast) = (country, Math.Max(second, bestCount), count, last);
            else
                second = Math.Max(second, count);
        }
        return !dominant || bestCount >= 2 && bestCount > 2 * second ? best : null;
    }
}
