using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>How far a title reaches: the name its own noun phrase heads, never a name across a verb.</summary>
internal sealed partial class ActorResolver
{
    /// <summary>Words that end a noun phrase: pronouns, auxiliaries, prepositions, clause openers and common irregular past verbs.</summary>
    private static readonly FrozenSet<string> PhraseBreaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "it", "he", "she", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "will", "would", "can", "could", "did", "does", "do", "may", "might", "must", "should", "shall", "by", "with",
        "at", "in", "on", "from", "against", "into", "after", "before", "over", "under", "during", "since", "until", "without", "about",
        "between", "among", "across", "that", "who", "whom", "which", "when", "while", "as", "because", "if", "met", "sent", "told", "held",
        "hit", "struck", "took", "gave", "brought", "caught", "left", "put", "shot", "beat", "fought", "sought", "won", "said", "says",
        "tells", "then", "later", "also", ";", ":", "(", ")");

    /// <summary>
    /// Whether the words from a title's end to the name keep them in one noun phrase ("opposition leader Peter Banda", "journalist
    /// and VOA host Ana Diaz", "the police chief, Ana Diaz"). A verb, pronoun or preposition between ("Police arrested Peter Banda",
    /// "the army said it held Juma Said") ends the title's reach; "to" and "for" may open the office's own complement.
    /// </summary>
    private static bool InOneNounPhrase(Document document, int titleEnd, int nameStart)
    {
        for (var t = titleEnd; t < nameStart; t++)
        {
            var token = document.Tokens[t];
            var word = document.Slice(token.Range);
            // "ambassador to Ethiopia John Okoth", "Minister for Energy Ana Ruiz": the office's complement, not the name's verb.
            if (word is "to" or "for" && t + 2 < nameStart && (document.Tokens[t + 1].Is(TokenShape.Capitalized) || document.Slice(document.Tokens[t + 1].Range) is "the"))
                continue;
            if (token.Is(TokenShape.Capitalized))
                continue;
            // "senators led by Jim Risch and Pete Ricketts", "rebels headed by Ali Musa": the leaders are of the agent's body.
            if (word is "led" or "headed" or "commanded" && t + 1 < nameStart && document.Slice(document.Tokens[t + 1].Range) is "by")
            {
                t++;
                continue;
            }
            if (word is "to" or "for" || PhraseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word.Length > 4 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)))
                return false;
        }
        return true;
    }
}
