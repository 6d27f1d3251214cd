using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "opened a clinic in northern Kenya to treat Somali refugees", "flew in food to feed flood victims": aid given for a
/// purpose is aimed at those the purpose names, not at the place where it is given.
/// </summary>
internal static class AidBeneficiaries
{
    /// <summary>Verbs of a purpose that serve people.</summary>
    private static readonly FrozenSet<string> Serving = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "treat", "help", "feed", "shelter", "house", "assist", "aid", "serve", "care", "support", "supply", "resettle", "evacuate", "vaccinate", "protect");

    /// <summary>How far after the act the purpose's "to" may stand ("set up a clinic near the northern border to treat").</summary>
    private const int Window = 10;

    /// <summary>Where the phrase of the people the aid's purpose serves starts; null when no purpose follows in the clause.</summary>
    public static int? Start(Document document, Sentence sentence, TriggerMatch act)
    {
        var end = Math.Min(sentence.EndToken, act.EndToken + Window);
        for (var t = act.EndToken; t + 2 < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) || word is "and" or "but" or "after" or "as" or "while")
                return null;
            if (word is "to" && Serving.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range)))
                return document.Slice(document.Tokens[t + 2].Range) is "for" or "to" ? t + 3 : t + 2; // "to care for", "to tend to"
        }
        return null;
    }
}
