using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The object of a relative clause is the noun it hangs on: "the 40 fishermen it had detained", "the journalists whom
/// police arrested", "prisoners that the army had held" name what the clause's verb acts on before the verb.
/// </summary>
internal static class RelativeClauses
{
    /// <summary>Object relative pronouns; "who" asks for a subject ("journalists who protested"), so it is left out.</summary>
    private static readonly FrozenSet<string> Relatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "whom", "that", "which");

    /// <summary>Pronouns that may open a contact clause with no relative pronoun: "the fishermen it had detained".</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "they", "he", "she", "we");

    /// <summary>Auxiliaries and adverbs between a relative clause's subject and its verb: "it had long held", "police have since released".</summary>
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "been", "did", "does", "do", "will", "would", "could", "since", "earlier", "previously", "then", "once");

    /// <summary>How many words a named subject of the relative clause may run ("security forces", "the Kenyan police").</summary>
    private const int SubjectWindow = 4;

    /// <summary>The antecedent's head token of the relative clause whose verb is at <paramref name="verb"/>; null when the verb heads no such clause.</summary>
    public static int? Antecedent(Document document, Sentence sentence, int clauseStart, int verb)
    {
        var t = verb - 1;
        while (t >= sentence.FirstToken && (In(Auxiliaries, document, t) || Adverb(document, t)))
            t--;
        if (t <= sentence.FirstToken)
            return null;
        // "the fishermen it had detained": a pronoun subject right after a noun, with or without a relative pronoun.
        if (In(Pronouns, document, t))
            return In(Relatives, document, t - 1) ? Head(document, sentence, t - 2) : Head(document, sentence, t - 1);
        // "the journalists whom police arrested": a named subject after an object relative pronoun.
        for (var r = t - 1; r >= sentence.FirstToken && r >= t - SubjectWindow && r >= clauseStart - 1; r--)
        {
            var word = document.Slice(document.Tokens[r].Range);
            if (In(Relatives, document, r))
                return Head(document, sentence, r - 1);
            if (document.Tokens[r].Is(TokenShape.Punctuation) || In(Cues.Prepositions, document, r))
                return null;
        }
        return null;
    }

    /// <summary>
    /// "..., charges Beijing denied", "..., a claim the ministry rejected": the named subject of a relative clause with no
    /// relative pronoun, between the noun it hangs on (after a comma) and its verb; null when the verb has no such subject.
    /// </summary>
    public static ActorGroup? ContactSubject(Document document, Sentence sentence, List<ActorGroup> groups, int verb)
    {
        var t = verb - 1;
        while (t > sentence.FirstToken && In(Auxiliaries, document, t))
            t--;
        foreach (var g in groups)
        {
            if (g.EndToken != t + 1)
                continue;
            var noun = g.FirstToken - 1;
            if (noun > sentence.FirstToken && document.Slice(document.Tokens[noun].Range) is "the" or "its" or "their")
                noun--;
            if (noun <= sentence.FirstToken || Head(document, sentence, noun) is null || document.Tokens[noun].Is(TokenShape.Capitalized)
                || In(Determiners, document, noun) || In(Pronouns, document, noun))
                return null;
            var before = noun - 1;
            if (In(Determiners, document, before))
                before--;
            return before >= sentence.FirstToken && document.Slice(document.Tokens[before].Range) is "," ? g : null;
        }
        return null;
    }

    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "a", "an", "the", "these", "those", "such");

    /// <summary>The token as a noun heading a phrase: a word, neither a verb of saying nor a participle.</summary>
    private static int? Head(Document document, Sentence sentence, int t)
    {
        if (t < sentence.FirstToken || !document.Tokens[t].Is(TokenShape.Word))
            return null;
        var word = document.Slice(document.Tokens[t].Range);
        return In(Cues.ClauseStart, document, t) || In(Cues.Prepositions, document, t) || word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            || In(Cues.BeAuxiliary, document, t) ? null : t;
    }

    private static bool Adverb(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.Ordinal);

    private static bool In(FrozenSet<string> words, Document document, int t) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
}
