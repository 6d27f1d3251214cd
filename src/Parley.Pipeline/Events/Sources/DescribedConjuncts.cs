using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The president described the riots as a plot and thanked the police", "The minister characterised the vote as
/// flawed, and urged calm": the "as" of a describing verb's predicate is a preposition, not a clause opener, so the verb
/// joined after the predicate by "and" shares the describing verb's subject.
/// </summary>
internal static class DescribedConjuncts
{
    /// <summary>How many tokens the "as" predicate may run before the "and".</summary>
    private const int PredicateReach = 10;

    /// <summary>
    /// True when <paramref name="asToken"/> is an "as" right after a describing verb's object and the trigger stands right
    /// after the "and" (or ", and") that closes its predicate, with no other punctuation or clause opener between.
    /// </summary>
    public static bool Joins(Document document, int asToken, int triggerToken, int sentenceStart)
    {
        if (!document.Slice(document.Tokens[asToken].Range).Equals("as", StringComparison.OrdinalIgnoreCase)
            || triggerToken - asToken > PredicateReach + 2 || triggerToken - asToken < 3
            || document.Slice(document.Tokens[triggerToken - 1].Range) is not "and"
            || !NamingPredicates.DescribingVerbBefore(document, asToken, sentenceStart))
            return false;
        var end = document.Slice(document.Tokens[triggerToken - 2].Range) is "," ? triggerToken - 2 : triggerToken - 1;
        for (var t = asToken + 1; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if ((document.Tokens[t].Is(TokenShape.Punctuation) && text is not ("\"" or "“" or "”" or "-"))
                || Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text is "and" or "or")
                return false;
        }
        return end > asToken + 1;
    }
}
