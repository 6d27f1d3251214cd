using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "the authorities freed 52 prisoners", "released hundreds of political prisoners": a state that releases prisoners its words
/// give no nationality is releasing its own people (a domestic act, X -> X), whatever else the sentence names after the
/// phrase ("..., among them several foreigners, after a visit by a U.S. envoy"). Not a swap or exchange, which frees each side's
/// people to the other.
/// </summary>
internal static class ReleasedPrisoners
{
    /// <summary>Nouns for people held by a state.</summary>
    private static readonly FrozenSet<string> PrisonerNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "prisoners", "detainees", "inmates", "convicts", "prisoner", "detainee", "inmate");

    /// <summary>Words that make a release part of a trade between two sides.</summary>
    private static readonly FrozenSet<string> TradeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "swap", "exchange", "exchanged", "swapped", "trade", "traded");

    /// <summary>How many words the object phrase may run before its prisoner noun ("more than 1,000 jailed political prisoners").</summary>
    private const int PhraseWindow = 6;

    /// <summary>
    /// Whether <paramref name="act"/> releases prisoners named only by count or kind in lower case (no demonym, country or name
    /// before the noun, and no "the" or possessive that points back to prisoners told before), in a sentence that tells no swap.
    /// </summary>
    public static bool OfNoNationality(Document document, Sentence sentence, TriggerMatch act)
    {
        if (act.Pattern.Plover != "RETREAT" || !(act.Pattern.Id.Contains("release", StringComparison.Ordinal) || act.Pattern.Id.Contains("free", StringComparison.Ordinal)))
            return false;
        var trade = TradeWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (trade.Contains(document.Slice(document.Tokens[t].Range)))
                return false;
        var nouns = PrisonerNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        // The trigger may hold its object ("freed | 52 prisoners"): read from the word after its verb.
        var start = act.FirstToken + 1;
        for (var t = start; t < sentence.EndToken && t < Math.Max(Targets.ObjectStart(document, act), act.EndToken) + PhraseWindow; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            if (nouns.Contains(word))
                return true;
            // "released the prisoners": a definite or possessed phrase points back to prisoners told before, whose side that tells.
            if (token.Is(TokenShape.Capitalized) || token.Is(TokenShape.Punctuation) || word is "the" or "its" or "their" or "his" or "her" or "those" or "these")
                return false;
        }
        return false;
    }
}
