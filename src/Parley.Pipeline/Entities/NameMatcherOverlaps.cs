using System.Collections.Immutable;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>Where leftmost-longest matching is not enough: a title alias overtaken by the full name that starts at its last word.</summary>
public sealed partial class NameMatcher
{
    /// <summary>The match recorded at <paramref name="at"/> in the fast or the reference way; its token count, 0 when none.</summary>
    private int MatchOne(string text, ImmutableArray<Token> tokens, int at, int end, List<NameMatch> output, bool reference)
    {
        var token = tokens[at];
        if (!token.Is(TokenShape.Word | TokenShape.Number))
            return 0;
        if (reference)
        {
            var used = _buckets.TryGetValue(text.AsSpan(token.Start, token.End - token.Start), out var all) ? MatchAt(text, tokens, at, end, all.All, output) : 0;
            return used == 0 && _buckets.TryGetValue(WithoutPossessive(text, token), out all) ? MatchAt(text, tokens, at, end, all.All, output) : used;
        }
        if (!TryFind(text, token, out var bucket, out var asWritten))
            return 0;
        var found = MatchBucket(text, tokens, at, end, bucket, output);
        return found == 0 && asWritten && TryFindBare(text, token, out bucket) ? MatchBucket(text, tokens, at, end, bucket, output) : found;
    }

    /// <summary>
    /// "President Xi Jinping": a person's short alias ("President Xi") whose last word starts a longer name of the same
    /// person ("Xi Jinping") gives way to it, and its first words are read again on their own (the title). Without this,
    /// leftmost-longest reads "President Xi" + "Jinping", a name split by its title. Returns the tokens now used.
    /// </summary>
    private int Overtaken(string text, ImmutableArray<Token> tokens, int at, int used, int end, List<NameMatch> output, bool reference)
    {
        if (output[^1].Find(NameKind.Person) is not { } person)
            return ArticleOvertaken(text, tokens, at, used, end, output, reference);
        var last = at + used - 1;
        var probe = new List<NameMatch>(1); // rare: only multi-word person aliases get here
        var longer = MatchOne(text, tokens, last, end, probe, reference);
        if (longer <= 1 || probe[0].Find(NameKind.Person)?.Key != person.Key)
            return used;
        output.RemoveAt(output.Count - 1);
        if (reference)
            MatchReference(text, tokens, at, last, output);
        else
            Match(text, tokens, at, last, output);
        output.Add(probe[0]);
        return last - at + longer;
    }

    /// <summary>
    /// "the Sudan People's Liberation Army": an alias written with its article ("the Sudan", "the Gambia") gives way to a
    /// longer name that starts at its second word, so the country does not split the body's name. Returns the tokens now used.
    /// </summary>
    private int ArticleOvertaken(string text, ImmutableArray<Token> tokens, int at, int used, int end, List<NameMatch> output, bool reference)
    {
        var first = tokens[at];
        if (!text.AsSpan(first.Start, first.End - first.Start).Equals("the", StringComparison.OrdinalIgnoreCase))
            return used;
        var probe = new List<NameMatch>(1); // rare: only aliases that start with "the" get here
        var longer = MatchOne(text, tokens, at + 1, end, probe, reference);
        if (1 + longer <= used)
            return used;
        output[^1] = probe[0];
        return 1 + longer;
    }
}
