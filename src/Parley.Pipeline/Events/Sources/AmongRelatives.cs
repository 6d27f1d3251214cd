using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The leaders of Peru and Chile were among the presidents who condemned the coup", "Norway is one of the donors that
/// pledged aid": a subject relative clause on the noun of a copular "among" or "one of" phrase tells what the copula's
/// subject did, since that subject is one of the set the noun names; the subject of the copula is the relative verb's.
/// </summary>
internal static class AmongRelatives
{
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "who", "that", "which");

    /// <summary>Auxiliaries and adverbs between the relative pronoun and its verb: "who had also condemned".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "did", "will", "would", "also", "quickly", "swiftly", "publicly", "openly", "later", "then", "first");

    private static readonly FrozenSet<string> Copulas = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "was", "were", "is", "are");

    /// <summary>Adverbs between the copula and "among": "were also among", "is reportedly one of".</summary>
    private static readonly FrozenSet<string> CopulaAdverbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "also", "reportedly", "again", "now");

    /// <summary>How many words the set's noun phrase may run after "among" or "one of": "the Latin American leaders".</summary>
    private const int SetReach = 6;

    /// <summary>The copula whose "among" or "one of" phrase ends with the noun at <paramref name="head"/>; null when there is none.</summary>
    public static int? Copula(Document document, int sentenceStart, int head)
    {
        for (var t = head - 1; t > sentenceStart && t >= head - SetReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            var among = word.Equals("among", StringComparison.OrdinalIgnoreCase);
            if (among || word is "of" && document.Slice(document.Tokens[t - 1].Range).Equals("one", StringComparison.OrdinalIgnoreCase))
            {
                var copula = among ? t - 1 : t - 2;
                while (copula > sentenceStart && In(CopulaAdverbs, document, copula))
                    copula--;
                return copula > sentenceStart && In(Copulas, document, copula) ? copula : null;
            }
            if (!document.Tokens[t].Is(TokenShape.Word) || In(Cues.Prepositions, document, t))
                return null;
        }
        return null;
    }

    /// <summary>
    /// The copula of the "among" phrase whose relative clause the verb at <paramref name="verb"/> opens ("were among the
    /// leaders who condemned"); null when the verb opens no such clause.
    /// </summary>
    public static int? CopulaOfRelative(Document document, int sentenceStart, int verb)
    {
        var t = verb - 1;
        while (t > sentenceStart && In(Between, document, t))
            t--;
        if (t > sentenceStart + 2 && In(Pronouns, document, t) && document.Tokens[t - 1].Is(TokenShape.Word))
            return Copula(document, sentenceStart, t - 1);
        // "who condemned the coup and expressed support": a past verb joined by "and" is the relative clause's second predicate.
        if (t <= sentenceStart + 3 || document.Slice(document.Tokens[t].Range) is not "and" || !Subjects.IsPast(document.Slice(document.Tokens[verb].Range)))
            return null;
        for (var first = t - 1; first > sentenceStart + 2 && first >= t - ConjunctReach; first--)
        {
            var word = document.Slice(document.Tokens[first].Range);
            if (word is ";" or ":" or "and" or "but" or "or" or "\"" or "“" or "”")
                return null;
            if (In(Pronouns, document, first - 1) && Subjects.IsPast(word))
                return CopulaOfRelative(document, sentenceStart, first);
            if (In(Pronouns, document, first))
                return null; // another relative clause stands between: "the coup, which killed two, and ..."
        }
        return null;
    }

    /// <summary>How many words the relative clause's first predicate may span before the "and" of its second.</summary>
    private const int ConjunctReach = 15;

    /// <summary>The copula's subject, when the verb at <paramref name="verb"/> opens a relative clause on its "among" phrase; else null.</summary>
    public static ActorGroup? Subject(Document document, List<ActorGroup> groups, int sentenceStart, int verb)
    {
        if (CopulaOfRelative(document, sentenceStart, verb) is not { } copula)
            return null;
        // "The presidents of Brazil and Chile were among ...": those who speak for a body stand for it.
        return Subjects.Of(document, groups, sentenceStart, sentenceStart, copula)
            ?? (MemberSubjects.Of(document, groups, sentenceStart, copula) is { } body ? PossessiveHeads.Named(document, groups, body, copula) : null);
    }

    private static bool In(FrozenSet<string> words, Document document, int t) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
}
