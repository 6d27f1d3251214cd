using System.Collections.Frozen;
using System.Collections.Immutable;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Finds knowledge-base phrases in tokenized text: longest match first, left to right. Phrases are indexed by their
/// first token, so each text token costs one hash lookup. Proper names match capitalised text (or ALL-CAPS text, as in
/// datelines); lower-case phrases (titles, agent words) match in any case. First tokens shared by many phrases ("the",
/// "San", "New") are indexed again by the second token, so "the government" costs two lookups, not 89 failed tries.
/// </summary>
public sealed partial class NameMatcher
{
    /// <summary>Buckets larger than this get a second-token index.</summary>
    private const int IndexSecondAbove = 8;

    /// <summary>
    /// Plain dictionaries, not frozen ones: freezing the ~31,000 first tokens (39,500 phrases) took ~70 ms of every start-up, and the faster
    /// frozen lookup saves a few microseconds per document.
    /// </summary>
    private readonly Dictionary<string, Bucket> _byFirstToken;
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _buckets;
    /// <summary>
    /// The buckets a lower-case token can reach: phrases that match in any case, and proper names that themselves start
    /// in lower case ("the Hague" as written). Most tokens are lower-case words, and this index is a tenth of the size.
    /// </summary>
    private readonly Dictionary<string, Bucket>.AlternateLookup<ReadOnlySpan<char>> _lowerBuckets;

    /// <summary>A phrase and its rank in its first-token bucket (longest first): the lowest-ranked full match wins.</summary>
    private sealed record Phrase(string[] Tokens, bool Proper, NameEntry[] Entries, int Rank);

    /// <summary>
    /// The phrases of one first token: all of them, or (when many) one-token phrases and an index by second token. The
    /// second-token index is a plain dictionary: there are hundreds of them, and freezing each would slow start-up.
    /// </summary>
    private sealed record Bucket(Phrase[] All, Phrase[] Singles, Dictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>>? BySecond);

    private NameMatcher(Dictionary<string, Bucket> byFirstToken)
    {
        _byFirstToken = byFirstToken;
        _buckets = _byFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = new Dictionary<string, Bucket>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, bucket) in byFirstToken)
        {
            var reachable = Array.FindAll(bucket.All, p => !p.Proper || char.IsLower(p.Tokens[0][0]));
            if (reachable.Length > 0)
                lower[key] = reachable.Length == bucket.All.Length ? bucket : MakeBucket(reachable);
        }
        _lowerBuckets = lower.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Bucket MakeBucket(Phrase[] all)
    {
        if (all.Length <= IndexSecondAbove)
            return new Bucket(all, [], null);
        var bySecond = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        var singles = new List<Phrase>();
        foreach (var p in all)
        {
            if (p.Tokens.Length == 1)
            {
                singles.Add(p);
                continue;
            }
            if (!bySecond.TryGetValue(p.Tokens[1], out var list))
                bySecond[p.Tokens[1]] = list = [];
            list.Add(p);
        }
        var index = new Dictionary<string, Phrase[]>(bySecond.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (second, list) in bySecond)
            index[second] = [.. list];
        return new Bucket(all, [.. singles], index.GetAlternateLookup<ReadOnlySpan<char>>());
    }

    public int PhraseCount => _byFirstToken.Values.Sum(b => b.All.Length);

    /// <summary>Builds the matcher from phrases, tokenized by the same tokenizer that reads documents.</summary>
    public static NameMatcher Build(IEnumerable<(string Phrase, NameEntry Entry)> phrases, Func<string, string[]> tokenize)
    {
        var grouped = new Dictionary<string, List<NameEntry>>(StringComparer.Ordinal);
        foreach (var (phrase, entry) in phrases)
        {
            var key = phrase.Trim();
            if (key.Length == 0)
                continue;
            if (!grouped.TryGetValue(key, out var list))
                grouped[key] = list = [];
            if (!list.Contains(entry))
                list.Add(entry);
        }

        var index = new Dictionary<string, List<(string[] Tokens, bool Proper, NameEntry[] Entries)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (text, entries) in grouped)
        {
            var tokens = tokenize(text);
            if (tokens.Length == 0)
                continue;
            entries.Sort((a, b) => a.Kind.CompareTo(b.Kind));
            // "the West Bank", "al Qaeda": a name that opens with a lower-case word is still proper when a later word is capitalised,
            // so "the west bank of the river" is no territory.
            var proper = (!char.IsLower(text[0]) || LaterWordCapitalised(tokens))
                && entries.TrueForAll(e => e.Kind is not (NameKind.Title or NameKind.Agent));
            if (!index.TryGetValue(tokens[0], out var list))
                index[tokens[0]] = list = [];
            list.Add((tokens, proper, [.. entries]));
        }
        var buckets = new Dictionary<string, Bucket>(index.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (first, drafts) in index)
        {
            // Longest phrases first, so the first full match is the longest; insertion sort is stable, keeping ties in reading order.
            for (var i = 1; i < drafts.Count; i++)
            {
                var d = drafts[i];
                var at = i;
                for (; at > 0 && drafts[at - 1].Tokens.Length < d.Tokens.Length; at--)
                    drafts[at] = drafts[at - 1];
                drafts[at] = d;
            }
            var ordered = new Phrase[drafts.Count];
            for (var rank = 0; rank < ordered.Length; rank++)
                ordered[rank] = new Phrase(drafts[rank].Tokens, drafts[rank].Proper, drafts[rank].Entries, rank);
            buckets[first] = MakeBucket(ordered);
        }
        return new NameMatcher(buckets);
    }

    /// <summary>All non-overlapping matches in tokens <c>[first, end)</c>, in text order.</summary>
    public void Match(string text, ImmutableArray<Token> tokens, int first, int end, List<NameMatch> output)
    {
        for (var i = first; i < end;)
        {
            var token = tokens[i];
            if (!token.Is(TokenShape.Word | TokenShape.Number) || !TryFind(text, token, out var bucket, out var asWritten))
            {
                i++;
                continue;
            }
            var used = MatchBucket(text, tokens, i, end, bucket, output);
            // "China's economy" when an alias starts "China's ...": no phrase of the possessive's bucket matched, so try the bare name's.
            if (used == 0 && asWritten && TryFindBare(text, token, out bucket))
                used = MatchBucket(text, tokens, i, end, bucket, output);
            if (used > 1)
                used = Overtaken(text, tokens, i, used, end, output, reference: false);
            i += Math.Max(used, 1);
        }
    }

    /// <summary>Records the longest phrase of the bucket that matches at <paramref name="at"/>; returns its token count, 0 when none does.</summary>
    private static int MatchBucket(string text, ImmutableArray<Token> tokens, int at, int end, Bucket bucket, List<NameMatch> output)
    {
        if (bucket.BySecond is not { } bySecond)
            return MatchAt(text, tokens, at, end, bucket.All, output);
        // Any match longer than one token has its second token in the index, as written or without a possessive.
        Phrase? best = null;
        var bestEnd = 0;
        if (at + 1 < end)
        {
            var next = tokens[at + 1];
            var raw = text.AsSpan(next.Start, next.End - next.Start);
            if (bySecond.TryGetValue(raw, out var candidates))
                Lowest(text, tokens, at, end, candidates, ref best, ref bestEnd);
            var bare = WithoutPossessive(text, next);
            if (bare.Length != raw.Length && bySecond.TryGetValue(bare, out candidates))
                Lowest(text, tokens, at, end, candidates, ref best, ref bestEnd);
        }
        if (best is null)
            Lowest(text, tokens, at, end, bucket.Singles, ref best, ref bestEnd);
        if (best is null)
            return 0;
        output.Add(new NameMatch(at, best.Tokens.Length, tokens[at].Start, bestEnd, best.Entries));
        return best.Tokens.Length;
    }

    /// <summary>Keeps the lowest-ranked phrase of <paramref name="candidates"/> (ordered by rank) that matches, if it beats <paramref name="best"/>.</summary>
    private static void Lowest(string text, ImmutableArray<Token> tokens, int at, int end, Phrase[] candidates, ref Phrase? best, ref int bestEnd)
    {
        foreach (var phrase in candidates)
        {
            if (best is not null && phrase.Rank >= best.Rank)
                return;
            if (TryMatch(text, tokens, at, end, phrase, out var matchEnd))
            {
                best = phrase;
                bestEnd = matchEnd;
                return;
            }
        }
    }

    /// <summary>
    /// The reference implementation of <see cref="Match"/>: the same rules, written plainly (a second lookup for every
    /// token whose first failed). Tests check both agree; benchmarks measure one against the other.
    /// </summary>
    public void MatchReference(string text, ImmutableArray<Token> tokens, int first, int end, List<NameMatch> output)
    {
        for (var i = first; i < end;)
        {
            var token = tokens[i];
            if (!token.Is(TokenShape.Word | TokenShape.Number))
            {
                i++;
                continue;
            }
            var used = _buckets.TryGetValue(text.AsSpan(token.Start, token.End - token.Start), out var bucket) ? MatchAt(text, tokens, i, end, bucket.All, output) : 0;
            if (used == 0 && _buckets.TryGetValue(WithoutPossessive(text, token), out bucket))
                used = MatchAt(text, tokens, i, end, bucket.All, output);
            if (used > 1)
                used = Overtaken(text, tokens, i, used, end, output, reference: true);
            i += Math.Max(used, 1);
        }
    }

    /// <summary>
    /// Looks a token up as written, then without a possessive only when it has one (most tokens have none). A proper
    /// name cannot match a lower-case token unless it is written that way, so those tokens search the smaller index.
    /// </summary>
    private bool TryFind(string text, Token token, out Bucket bucket, out bool asWritten)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        var buckets = char.IsLower(span[0]) ? _lowerBuckets : _buckets;
        asWritten = buckets.TryGetValue(span, out bucket!);
        return asWritten || TryFindBare(text, token, out bucket);
    }

    /// <summary>Looks up the token without its possessive, when it has one.</summary>
    private bool TryFindBare(string text, Token token, out Bucket bucket)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        var bare = WithoutPossessive(text, token);
        bucket = null!;
        return bare.Length != span.Length && (char.IsLower(span[0]) ? _lowerBuckets : _buckets).TryGetValue(bare, out bucket!);
    }

    /// <summary>Records the longest phrase that matches at token <paramref name="at"/>; returns its token count, 0 when none does.</summary>
    private static int MatchAt(string text, ImmutableArray<Token> tokens, int at, int end, Phrase[] phrases, List<NameMatch> output)
    {
        foreach (var phrase in phrases)
        {
            if (TryMatch(text, tokens, at, end, phrase, out var matchEnd))
            {
                output.Add(new NameMatch(at, phrase.Tokens.Length, tokens[at].Start, matchEnd, phrase.Entries));
                return phrase.Tokens.Length;
            }
        }
        return 0;
    }

    private static bool TryMatch(string text, ImmutableArray<Token> tokens, int at, int end, Phrase phrase, out int matchEnd)
    {
        matchEnd = 0;
        if (at + phrase.Tokens.Length > end)
            return false;
        var named = false;
        for (var k = 0; k < phrase.Tokens.Length; k++)
        {
            var token = tokens[at + k];
            var span = text.AsSpan(token.Start, token.End - token.Start);
            var want = phrase.Tokens[k].AsSpan();
            var last = k == phrase.Tokens.Length - 1;
            if (last && !span.Equals(want, StringComparison.OrdinalIgnoreCase))
                span = WithoutPossessive(text, token);
            if (!span.Equals(want, StringComparison.OrdinalIgnoreCase))
                return false;
            // Proper names must look like names in the text: "Chad" the country, not "chad"; "US" but not "us".
            // Once the name has started with a capital, a later landform word may be lower case: "the Gaza strip", "the Red sea",
            // but not "the west bank" (no capital yet) nor "Home office".
            if (phrase.Proper && !span.SequenceEqual(want) && !token.Is(TokenShape.AllCaps) && !(char.IsUpper(span[0]) && IsLowerTail(want))
                && !(named && char.IsLower(span[0]) && LandformWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)))
                return false;
            named |= char.IsUpper(span[0]);
            matchEnd = token.Start + span.Length;
        }
        return true;
    }

    private static readonly FrozenSet<string> LandformWords = FrozenSet.Create(StringComparer.Ordinal,
        "strip", "bank", "sea", "river", "canal", "island", "islands", "coast", "gulf", "valley", "heights", "mountains", "desert",
        "peninsula", "lake", "bay", "strait", "basin", "delta");

    private static bool LaterWordCapitalised(string[] tokens)
    {
        for (var k = 1; k < tokens.Length; k++)
            if (char.IsUpper(tokens[k][0]))
                return true;
        return false;
    }

    private static bool IsLowerTail(ReadOnlySpan<char> s)
    {
        foreach (var c in s[1..])
            if (char.IsUpper(c))
                return false;
        return true;
    }

    /// <summary>"Beijing's" → "Beijing": possessives may stay attached to a token.</summary>
    private static ReadOnlySpan<char> WithoutPossessive(string text, Token token)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        if (span.Length > 2 && (span[^1] == 's' || span[^1] == 'S') && (span[^2] == '\'' || span[^2] == '’'))
            return span[..^2];
        if (span.Length > 1 && (span[^1] == '\'' || span[^1] == '’'))
            return span[..^1];
        return span;
    }
}
