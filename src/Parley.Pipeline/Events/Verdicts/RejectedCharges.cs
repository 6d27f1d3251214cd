using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The minister brushed aside the foreign criticism, saying ...", "the party shrugged off allegations of fraud": a verdict noun
/// (criticism, accusations, allegations, charges, condemnation) that a rejection verb takes as its object is what is rejected,
/// told inside the rejection's event; it is no second event of its own by its authors. Gold coders never code such a noun
/// beside its rejection (round 67: 0 of 102 read-set sentences with a rejection verb before one of these nouns). Reads the
/// words between an earlier rejecting trigger of the sentence (REJECT, or a denial 016) and the noun: at most
/// <see cref="ModifierReach"/> words, none of them punctuation or a clause word.
/// </summary>
internal static class RejectedCharges
{
    /// <summary>How many words (a determiner and modifiers: "the recent American") may stand between the verb and the noun.</summary>
    private const int ModifierReach = 3;

    /// <summary>Words that end the rejection's object before the noun: a new clause or a conjoined act.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "that", "which", "who", "to", "as", "while", "after", "before", "with", "by", "from", "over", "for", "amid")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when trigger <paramref name="i"/>, a noun of disapproval or accusation, is the object of an earlier rejecting trigger of its sentence.</summary>
    public static bool IsObject(Document document, List<TriggerMatch> triggers, int i)
    {
        var noun = triggers[i];
        if (noun.Pattern.Kind != TriggerKind.Noun || noun.Pattern.Plover != "ACCUSE")
            return false;
        for (var j = i - 1; j >= 0; j--)
        {
            var verb = triggers[j];
            if (verb.EndToken > noun.FirstToken || noun.FirstToken - verb.EndToken > ModifierReach)
                continue;
            if (verb.Pattern.IsBlocker || verb.Pattern.Kind != TriggerKind.Verb || !Rejects(verb.Pattern))
                continue;
            return Modifiers(document, verb.EndToken, noun.FirstToken);
        }
        return false;
    }

    /// <summary>A rejection or a denial: REJECT (12x) or 016.</summary>
    private static bool Rejects(EventPattern p) => p.Plover == "REJECT" || p.Cameo == "016";

    /// <summary>Whether the tokens from <paramref name="from"/> up to <paramref name="to"/> are words of a noun phrase's start.</summary>
    private static bool Modifiers(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word.Length == 0 || !char.IsLetter(word[0]) && word is not "-" || s_breaks.Contains(word))
                return false;
        }
        return true;
    }
}
