using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "On Monday the police arrested ...", "During the raid Somali troops seized ...", "In the capital Kenyan police fired ...":
/// a short prepositional phrase that opens the sentence with no comma after it still leaves the actor right before the verb
/// as the clause's subject; the preposition governs only the noun phrase it opens, which ends where the second one starts.
/// </summary>
internal static class FrontedPhrases
{
    /// <summary>The most words the fronted phrase may take after its preposition: "On", "During the two-day raid".</summary>
    private const int MaxObject = 4;

    /// <summary>Prepositions that open a scene or a time: "of", "by", "than" and the like never front a clause.</summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "on", "in", "at", "during", "after", "before", "since", "amid", "following", "under", "throughout", "within", "last", "earlier", "later");

    /// <summary>Words that may stand between the subject and its verb: "police later arrested", "the army has seized".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "also", "later", "then", "again", "has", "have", "had", "will", "would", "could", "may", "might", "reportedly", "allegedly");

    /// <summary>Words a noun phrase cannot end on, so the fronted phrase cannot stop there: "of", "and", "the", "its".</summary>
    private static readonly FrozenSet<string> OpenEnds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "of", "and", "or", "the", "a", "an", "its", "their", "his", "her", "by", "to", "for", "with", "from", "that", "which", "who");

    /// <summary>The subject group of a verb trigger whose clause opens with a comma-less prepositional phrase, or null.</summary>
    public static ActorGroup? Subject(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (trigger.Pattern.Kind == TriggerKind.Noun || Undergoers.IsPassive(document, trigger) || SubjectPlaces.Passive(document, clauseStart, trigger.FirstToken))
            return null;
        var opener = Opener(document, sentence, clauseStart);
        if (opener < 0)
            return null;
        var between = Between.GetAlternateLookup<ReadOnlySpan<char>>();
        var verb = trigger.FirstToken;
        while (verb - 1 > opener && (between.Contains(document.Slice(document.Tokens[verb - 1].Range)) || IsAdverb(document, verb - 1)))
            verb--;
        foreach (var g in groups)
        {
            if (g.EndToken != verb || g.FirstToken <= opener + 1)
                continue;
            var start = g.FirstToken;
            if (document.Slice(document.Tokens[start - 1].Range) is "the" or "The" or "a" or "A" or "an" or "An")
                start--;
            return FrontedObject(document, opener + 1, start) ? g : null;
        }
        return null;
    }

    /// <summary>The token of the opening preposition (after an opening quote or "And"), or -1.</summary>
    private static int Opener(Document document, Sentence sentence, int clauseStart)
    {
        var first = Math.Max(sentence.FirstToken, clauseStart);
        for (var t = first; t < sentence.EndToken && t <= first + 1; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return t;
            if (!document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("And" or "But" or "and" or "but"))
                return -1;
        }
        return -1;
    }

    /// <summary>Whether [<paramref name="from"/>, <paramref name="to"/>) is one short noun phrase: no comma, verb slot or open end.</summary>
    private static bool FrontedObject(Document document, int from, int to)
    {
        if (to <= from || to - from > MaxObject)
            return false;
        for (var t = from; t < to; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (document.Tokens[t].Is(TokenShape.Punctuation) && word is not ("-" or "'s" or "’s") || Cues.Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || word is "and" or "or" or "that" or "which" or "who" or "when" or "as")
                return false;
        }
        return !OpenEnds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[to - 1].Range));
    }

    private static bool IsAdverb(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Word) && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.OrdinalIgnoreCase);
}
