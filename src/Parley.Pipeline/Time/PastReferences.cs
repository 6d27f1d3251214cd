using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// An earlier act named in passing by a noun, with no date of its own: "the recent border skirmish", "past attacks",
/// "since the coup", "Russia's invasion of Ukraine". The noun refers back to something that happened before the story's
/// time; it is not a new event of the publication day. A year or day that modifies the noun ("Russia's 2022 invasion",
/// "last year's coup") dates it instead (<see cref="NounModifiers"/>).
/// </summary>
internal static class PastReferences
{
    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives that place the noun's act before now: "the recent skirmish", "previous attacks", "a former coup".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PastModifiers = Set(
        "recent", "former", "previous", "past", "earlier", "prior");

    /// <summary>Acts whose name with a possessor ("Russia's invasion", "the army's coup") refers to a known earlier act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastingActs = Set(
        "invasion", "annexation", "coup", "takeover", "occupation", "war", "conquest");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessivePronouns = Set("its", "their", "his", "her", "our");

    /// <summary>Words that end a noun phrase's pre-modifiers going left: a verb group or a preposition is no adjective.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotModifiers = Set(
        "will", "would", "could", "can", "may", "might", "should", "must", "shall", "to", "has", "have", "had", "is", "are",
        "was", "were", "be", "been", "do", "does", "did", "of", "in", "on", "at", "for", "by", "with", "from", "and", "or",
        "but", "not", "after", "before", "following", "during", "over", "against", "amid", "as", "than", "that", "who", "which");

    /// <summary>Whether the trigger is a noun that names an earlier act in passing (see the class summary).</summary>
    public static bool Named(Document document, Sentence sentence, TextRange trigger)
    {
        var tokens = document.Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);
        var first = -1;
        for (var i = 0; i < tokens.Length && first < 0; i++)
            if (tokens[i].End > trigger.Start)
                first = i;
        if (first <= 0)
            return false;
        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].End <= trigger.End)
            last++;
        var head = document.Slice(tokens[last].Range);
        // the pre-modifiers, right to left, up to a determiner, a possessor or "since": "recent border", "full-scale"
        var i0 = first - 1;
        for (var steps = 0; i0 >= 0 && steps < 4; steps++, i0--)
        {
            var w = document.Slice(tokens[i0].Range);
            if (w is "-" or "‑")
                continue;
            // "the recent skirmish", "previous border clashes": a past adjective at most one word before the noun; a
            // plural in between ("former rebels attack") is a subject, and the trigger its verb
            if (PastModifiers.Contains(w))
                return steps == 0 || steps == 1 && !document.Slice(tokens[first - 1].Range).EndsWith("s", StringComparison.OrdinalIgnoreCase);
            if (IsPossessor(w) || !tokens[i0].Is(TokenShape.Word) || tokens[i0].Is(TokenShape.Capitalized) || NotModifiers.Contains(w)
                || Determiners.Contains(w) || PossessivePronouns.Contains(w))
                break;
        }
        if (i0 < 0)
            return false;
        var stop = document.Slice(tokens[i0].Range);
        var possessive = PossessivePronouns.Contains(stop) || IsPossessor(stop);
        if (possessive && LastingActs.Contains(head))
            return true;
        return (possessive || Determiners.Contains(stop) || stop.Equals("since", StringComparison.OrdinalIgnoreCase)) && Since(document, tokens, i0, stop);
    }

    /// <summary>"since the coup", "since Russia's invasion": the phrase is governed by "since", so its act lies before a span that runs to now.</summary>
    private static bool Since(Document document, ReadOnlySpan<Token> tokens, int i0, ReadOnlySpan<char> stop)
    {
        if (stop.Equals("since", StringComparison.OrdinalIgnoreCase))
            return true;
        var j = i0 - 1;
        if (stop is "'s" or "’s") // the possessor's name as tokens of its own: "since Russia 's invasion"
            while (j >= 0 && tokens[j].Is(TokenShape.Capitalized) && j > i0 - 4)
                j--; // the possessor's name: "since Russia's invasion"
        return j >= 0 && document.Slice(tokens[j].Range).Equals("since", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A possessor: "Russia's", "the army's", or the clitic "'s" as a token of its own.</summary>
    private static bool IsPossessor(ReadOnlySpan<char> w) =>
        (w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)) && !Contractions.Contains(w[..^2]);

    /// <summary>"it's", "that's", "there's": a verb, not a possessor.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contractions = Set(
        "it", "that", "there", "what", "he", "she", "who", "here", "where", "let");
}
