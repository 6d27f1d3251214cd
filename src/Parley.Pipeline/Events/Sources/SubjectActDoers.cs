using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "An air strike by Israeli jets hit a school", "A rocket attack by Hezbollah on the town wounded three people", "The bombing,
/// claimed by al-Shabab, killed ten soldiers": when a violent verb's subject is a nominal attack, the attack's own doer (after its
/// "by", or after a participle of claiming or staging it) did what the verb tells.
/// </summary>
internal static class SubjectActDoers
{
    /// <summary>Nouns of an attack that can be the subject of what it did ("the strike hit", "the blast killed").</summary>
    private static readonly FrozenSet<string> AttackNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "shelling", "raid", "raids",
        "bombardment", "assault", "ambush", "offensive", "shooting", "blast", "barrage", "salvo", "fire");

    /// <summary>Whether <paramref name="word"/> is a noun of an attack ("strike", "bombing", "ambush"); CasualtyTolls reads it too.</summary>
    public static bool IsAttackNoun(ReadOnlySpan<char> word) => AttackNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Participles of claiming or staging the attack that may stand before its "by": "claimed by", "carried out by".</summary>
    private static readonly FrozenSet<string> Staging = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "claimed", "carried", "out", "launched", "conducted", "mounted", "staged", "fired", "ordered");

    /// <summary>How many words the attack's phrase may run from its noun to the "by" ("strike on a market on Sunday by").</summary>
    private const int ByReach = 6;

    /// <summary>The doer the nominal attack that is the subject of the verb at <paramref name="verb"/> names, or null.</summary>
    public static ActorGroup? Of(Document document, List<ActorGroup> groups, int clauseStart, int verb)
    {
        for (var noun = clauseStart; noun < verb - 2; noun++)
        {
            if (!In(AttackNouns, document, noun))
                continue;
            for (var t = noun + 1; t < verb - 1 && t <= noun + ByReach; t++)
            {
                var word = document.Slice(document.Tokens[t].Range);
                if (word is "by")
                    return GroupSearch.GroupOrWhole(document, groups, t + 1, 2) is { } doer && doer.EndToken <= verb && NoVerbBetween(document, doer.EndToken, verb) ? doer : null;
                // "The bombing, claimed by al-Shabab,": commas around a staging participle; any other comma or a participle ("a town held
                // by") ends the attack's phrase
                if (word is "," && t + 1 < verb && In(Staging, document, t + 1) || In(Staging, document, t))
                    continue;
                if (document.Tokens[t].Is(TokenShape.Punctuation) || word.EndsWith("ed", StringComparison.Ordinal) || Inflections.IsIrregularPast(word) || In(Cues.BeAuxiliary, document, t))
                    return null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Only the attack's phrase (its target, a comma) may stand between its doer and the verb: no verb of another clause.</summary>
    private static bool NoVerbBetween(Document document, int from, int verb)
    {
        for (var t = from; t < verb; t++)
            if (document.Slice(document.Tokens[t].Range) is "that" or "which" or "who" or "and" or "said" || In(Cues.BeAuxiliary, document, t))
                return false;
        return true;
    }

    private static bool In(FrozenSet<string> words, Document document, int t) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
}
