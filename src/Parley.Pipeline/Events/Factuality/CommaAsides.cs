using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 63: "Erdogan, speaking after a cabinet meeting, accused ...", "The minister, after talks in Paris, condemned ...",
/// "The envoy, when asked about the raid, denounced ...": an adjunct set off by commas between a subject and its verb is an
/// aside; the clause opener inside it ("after", "when", "as") opens no clause for the verb after the closing comma, whose
/// subject is the actor before the opening comma. Only when that comma follows an actor group, the aside opens with the
/// opener or with one "-ing" participle before it, holds no other punctuation, and at most two lower-case words (an adverb,
/// an auxiliary) stand between the closing comma and the trigger.
/// </summary>
internal static class CommaAsides
{
    /// <summary>How many words may stand between the closing comma and the trigger: "..., also sharply criticised".</summary>
    private const int VerbGroupReach = 2;

    /// <summary>Whether the clause opener at <paramref name="opener"/> stands inside an aside between the trigger's subject and its verb.</summary>
    public static bool Holds(Document document, int opener, int triggerToken, int sentenceStart, List<ActorGroup> groups)
    {
        var close = triggerToken - 1;
        while (close > opener && triggerToken - close <= VerbGroupReach && !IsComma(document, close))
        {
            var token = document.Tokens[close];
            if (!token.Is(TokenShape.Word) || token.Is(TokenShape.Capitalized) || Cues.ClauseStart.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(token.Range)))
                return false;
            close--;
        }
        if (close <= opener || !IsComma(document, close))
            return false;
        for (var t = opener + 1; t < close; t++)
            if (document.Tokens[t].Is(TokenShape.Punctuation) && document.Slice(document.Tokens[t].Range) is not ("-" or "." or "'s" or "'"))
                return false;
        // ", after talks," or ", speaking after talks,"
        var open = opener - 1;
        if (open > sentenceStart && !IsComma(document, open) && document.Slice(document.Tokens[open].Range) is var participle
            && participle.EndsWith("ing", StringComparison.Ordinal) && document.Tokens[open].Is(TokenShape.Word) && !document.Tokens[open].Is(TokenShape.Capitalized))
            open--;
        if (open <= sentenceStart || !IsComma(document, open))
            return false;
        foreach (var g in groups)
            if (g.EndToken == open && g.FirstToken >= sentenceStart)
                return true;
        return false;
    }

    private static bool IsComma(Document document, int t) => document.Slice(document.Tokens[t].Range) is ",";
}
