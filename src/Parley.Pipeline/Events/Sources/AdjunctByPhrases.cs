using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 44: "The accord, signed in Nairobi by Ruto and Mohamud, ends ...", "a truce, brokered last week by Qatar, ...": a past
/// participle set off by a comma after its noun is a reduced passive whether its by-phrase follows it at once or after a short
/// adjunct of place or time; the by-phrase names who did the act. A "by" past a verb, a clause word or a comma is another's.
/// </summary>
internal static class AdjunctByPhrases
{
    /// <summary>How many words of place or time may stand between the participle and its "by": "in the Kenyan capital on Monday".</summary>
    private const int AdjunctReach = 6;

    /// <summary>The token of the by-phrase's "by" after the comma-set participle's adjunct, or null when the shape is not there.</summary>
    public static int? By(Document document, Sentence sentence, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Verb || trigger.EndToken - trigger.FirstToken != 1 || trigger.FirstToken <= sentence.FirstToken
            || trigger.EndToken + 2 >= sentence.EndToken || Word(document, trigger.FirstToken - 1) is not ","
            || !Word(document, trigger.FirstToken).EndsWith("ed", StringComparison.Ordinal)
            || Word(document, trigger.EndToken) is not ("in" or "at" or "on" or "last" or "earlier" or "late" or "early"))
            return null;
        for (var t = trigger.EndToken + 1; t + 1 < sentence.EndToken && t <= trigger.EndToken + AdjunctReach; t++)
        {
            var word = Word(document, t);
            if (word is "by")
                return t;
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("-" or "'s" or "’s") || word is "and" or "or" or "who" or "which" or "that" or "where"
                || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
                return null;
        }
        return null;
    }

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
