using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "urged them to hold their fire", "called on both sides to", "urged the warring parties to allow aid", "called for restraint": an
/// appeal addressed to the two sides of a dealing told just before (the last pair of actors named together) rather than by name.
/// </summary>
internal static class BothSides
{
    /// <summary>Nouns that, after "both", "the two", "the warring" or "all", name the two sides of a dealing.</summary>
    private static readonly FrozenSet<string> Sides = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "sides", "parties", "countries", "nations", "neighbours", "neighbors", "factions", "rivals", "governments", "leaders", "camps", "belligerents");

    /// <summary>What an appeal with no addressee asks of those who fight: "called for restraint", "appealed for calm".</summary>
    private static readonly FrozenSet<string> Restraint = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "restraint", "calm", "de-escalation");

    /// <summary>
    /// Whether the appeal's addressee (inside a frame's gap, or right after the trigger) is "them" or a phrase for both sides,
    /// or the appeal names no one and asks for restraint.
    /// </summary>
    public static bool Addressed(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var gap = trigger.FirstToken + 1;
        if (gap < trigger.EndToken && IsBothSides(document, sentence, trigger, gap, trigger.EndToken))
            return true;
        var after = Targets.ObjectStart(document, trigger);
        return after < sentence.EndToken && (IsBothSides(document, sentence, trigger, after, sentence.EndToken)
            || Restraint.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[after].Range))
               && (after + 1 >= sentence.EndToken || document.Slice(document.Tokens[after + 1].Range) is not ("by" or "from" or "in" or "on")));
    }

    /// <summary>
    /// "met heads of private companies, calling on them to": a plural noun before the appeal in its own sentence is what
    /// "them" means, not an earlier pair (unless "both" or "two" makes it the pair itself). A plural here is a lower-case word of four letters or more ending in a single "s".
    /// </summary>
    private static bool PluralBefore(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // "spoke to both leaders and urged them": a plural that itself names both sides leaves "them" to the pair.
            if (word.Length >= 4 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '’')
                && !NamedAsPair(document, from, t))
                return true;
        }
        return false;
    }

    /// <summary>"both leaders", "the two governments", "both neighbouring countries": a plural that "both" or "two" (one word apart at most) makes the pair.</summary>
    private static bool NamedAsPair(Document document, int from, int plural)
    {
        for (var t = plural - 1; t >= from && t >= plural - 2; t--)
            if (document.Slice(document.Tokens[t].Range) is "both" or "Both" or "two")
                return true;
        return false;
    }

    /// <summary>"them", "both sides", "the two countries", "the warring parties", "all parties" at <paramref name="at"/>.</summary>
    private static bool IsBothSides(Document document, Sentence sentence, TriggerMatch trigger, int at, int end)
    {
        var first = document.Slice(document.Tokens[at].Range);
        if (first is "them")
            return !PluralBefore(document, sentence.FirstToken, trigger.FirstToken);
        return NamesPair(document, at, end);
    }

    /// <summary>Whether <paramref name="word"/> names the sides of a dealing: "sides", "rivals", "factions".</summary>
    internal static bool IsSidesNoun(ReadOnlySpan<char> word) => Sides.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"both sides", "all parties", "the two countries", "the warring parties", "both brotherly countries", "the parties to" at <paramref name="at"/>: a pair named by what they are.</summary>
    internal static bool NamesPair(Document document, int at, int end)
    {
        var first = document.Slice(document.Tokens[at].Range);
        var next = at + 1 < end ? document.Slice(document.Tokens[at + 1].Range) : default;
        var sides = Sides.GetAlternateLookup<ReadOnlySpan<char>>();
        if (first is "both" or "Both" or "all" && sides.Contains(next))
            return true;
        // round 42: "both brotherly countries", "the two neighbouring states": one lower-case modifier may stand before the noun
        if (first is "both" or "Both" && at + 2 < end && IsModifier(next) && sides.Contains(document.Slice(document.Tokens[at + 2].Range)))
            return true;
        if (first is "the" or "The" && at + 3 < end && next is "two" && IsModifier(document.Slice(document.Tokens[at + 2].Range))
            && sides.Contains(document.Slice(document.Tokens[at + 3].Range)))
            return true;
        // "urged the parties to comply", "the parties to the conflict", "the sides agreed": the bare definite plural of a side noun, not one a phrase of its own
        // places or qualifies ("the parties in parliament", "the countries of the region")
        if (first is "the" or "The" && next is "sides" or "parties" or "belligerents" && at + 2 < end
            && document.Slice(document.Tokens[at + 2].Range) is "to" or "," or "." or "and" or "agreed" or "signed")
            return true;
        return first is "the" or "The" && at + 2 < end && next is "two" or "warring" or "rival" or "feuding" or "opposing"
            && sides.Contains(document.Slice(document.Tokens[at + 2].Range));
    }

    /// <summary>A lower-case adjective-like word that may stand between "both" and the side noun: not a function word.</summary>
    private static bool IsModifier(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsLower(word[0]) && word is not ("and" or "the" or "of" or "for" or "with" or "sides" or "parties");
}
