using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A story's subheading glued onto the next sentence when the page lost its line break ("Recent attacks Since January, the
/// group has ...", "Export curbs on memory chips “That will hurt,” ..."): a short run of words with no punctuation that opens a
/// sentence and ends where a capitalised clause opener or an opening quote starts the real sentence. A subheading names a topic;
/// the acts its words name are no events.
/// </summary>
internal static class Subheadings
{
    /// <summary>
    /// Whether a nominal trigger lies inside a subheading that opens its sentence. A verb there makes the run a clause
    /// ("Kenya condemned The Gambia"), whatever follows it.
    /// </summary>
    public static bool Covers(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var token = trigger.FirstToken;
        if (token - sentence.FirstToken >= MaxWords || trigger.Pattern.Kind != TriggerKind.Noun && VerbUse.IsVerb(document, token, sentence.FirstToken))
            return false;
        var end = End(document, sentence);
        return end > token;
    }

    /// <summary>The token where the sentence proper starts after a subheading, or the sentence's first token when none opens it.</summary>
    public static int End(Document document, Sentence sentence)
    {
        var first = sentence.FirstToken;
        if (!document.Tokens[first].Is(TokenShape.Capitalized) || Has(Openers, document.Slice(document.Tokens[first].Range)))
            return first; // "He added that “Ukraine ...”", "In a letter to The Hague ...": a pronoun or a preposition opens a clause, not a title
        var last = Math.Min(sentence.EndToken - 2, first + MaxWords);
        for (var t = first + 1; t <= last; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (text is "“" or "\"")
                return document.Tokens[t + 1].Is(TokenShape.Capitalized) ? t : first;
            if (token.Is(TokenShape.Capitalized) && Has(Openers, text))
                return Has(Prepositions, document.Slice(document.Tokens[t - 1].Range)) ? first : t; // "went before The Hague court"
            // A subheading is a bare noun phrase or a short clause of words: any punctuation or a word of running prose ends the search.
            if (token.Is(TokenShape.Punctuation) && text is not "." || Has(Prose, text))
                return first;
        }
        return first;
    }

    /// <summary>How many words a subheading may have before the sentence it is glued to.</summary>
    private const int MaxWords = 6;

    private static bool Has(FrozenSet<string> set, ReadOnlySpan<char> text) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    private static FrozenSet<string> Set(params string[] words) => FrozenSet.Create(StringComparer.Ordinal, words);

    /// <summary>Capitalised words that open a sentence (determiners, pronouns, prepositions, conjunctions) and are no name's start.</summary>
    private static readonly FrozenSet<string> Openers = Set("The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "They", "It", "We", "I",
        "This", "That", "Both", "Some", "Many", "Most", "After", "When", "While", "For", "Since", "As", "Last", "Its", "His", "Her", "Their",
        "According", "During", "Despite", "Under", "Over", "Those", "These", "There", "Although", "Though", "Because", "If", "So", "Yet", "Still",
        "Meanwhile", "However", "Instead", "Even", "Now", "Then", "Earlier", "Later", "Until", "Before", "Among", "With", "Without", "From", "By");

    private static readonly FrozenSet<string> Prepositions = Set("to", "before", "at", "in", "of", "from", "by", "with", "on", "for", "against", "into", "between");

    /// <summary>Words that mark running prose: a finite auxiliary, a verb of saying, a complementiser, a focus adverb.</summary>
    private static readonly FrozenSet<string> Prose = Set("that", "is", "are", "was", "were", "has", "have", "had", "said", "says", "say", "told", "added",
        "also", "would", "will", "could", "can", "may", "might", "should", "must", "not", "who", "which", "the", "a", "an", "its", "his", "her", "their");
}
