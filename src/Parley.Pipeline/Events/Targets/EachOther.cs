using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Serbia and Kosovo blamed each other", "accused one another of", "attacked each other's positions": a reciprocal pronoun as
/// the object of an act whose subject names two sides or more makes the act reciprocal: each side acts on the others.
/// </summary>
internal static class EachOther
{
    /// <summary>How many words after the trigger the pronoun may stand ("blamed on Monday each other").</summary>
    private const int Reach = 4;

    /// <summary>The token of "each other" or "one another" right after the trigger or its preposition, before any punctuation; null when none stands there.</summary>
    public static int? Follows(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = trigger.EndToken; t + 1 < sentence.EndToken && t < trigger.EndToken + Reach; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation))
                return null;
            var word = document.Slice(document.Tokens[t].Range);
            var next = document.Slice(document.Tokens[t + 1].Range);
            if (word is "each" && next is "other" or "other's" or "other’s" || word is "one" && next is "another" or "another's" or "another’s")
                return t;
        }
        return null;
    }
}
