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
    // The countries in the order first counted, with their counts: a story names a few countries, so a short list searched
    // in order costs less than a dictionary (and its arrays) for every tally a reader makes, and keeps the order a tie needs.
    private (string Country, int Count, int Last)[] _counts = [];
    private int _length;

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
        copy.CopyFrom(this);
        return copy;
    }

    /// <summary>Makes this tally hold the same counts as <paramref name="other"/>, in the same order, reusing its own array.</summary>
    public void CopyFrom(StoryCountryTally other)
    {
        if (_counts.Length < other._length)
            _counts = new (string, int, int)[other._counts.Length];
        Array.Copy(other._counts, _counts, other._length);
        _length = other._length;
    }

    /// <summary>Forgets every count (the array is kept for the next tally).</summary>
    public void Clear() => _length = 0;

    public void Add(string country, int start)
    {
        for (var i = 0; i < _length; i++)
            if (string.Equals(_counts[i].Country, country, StringComparison.Ordinal))
            {
                var (first, count, last) = _counts[i];
                _counts[i] = (first, count + 1, Math.Max(last, start));
                return;
            }
        if (_length == _counts.Length)
            Array.Resize(ref _counts, Math.Max(4, 2 * _length));
        _counts[_length++] = (country, 1, Math.Max(0, start));
    }

    /// <summary>The most counted country (the latest on a tie); when <paramref name="dominant"/>, only if it dominates.</summary>
    public string? Best(bool dominant)
    {
        string? best = null;
        int bestCount = 0, bestLast = -1, second = 0;
        for (var i = 0; i < _length; i++)
        {
            var (country, count, last) = _counts[i];
            if (count > bestCount || count == bestCount && last > bestLast)
                (best, second, bestCount, bestLast) = (country, Math.Max(second, bestCount), count, last);
            else
                second = Math.Max(second, count);
        }
        return !dominant || bestCount >= 2 && bestCount > 2 * second ? best : null;
    }
}
