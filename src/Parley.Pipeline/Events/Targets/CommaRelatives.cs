using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "... with Peru and Chile, which he also threatened with tariffs", "Ghana, whom the council later suspended": the object of a
/// non-restrictive relative clause (a comma, "which" or "whom", then the clause's own subject) is the actor named before the comma.
/// </summary>
internal static class CommaRelatives
{
    /// <summary>Object relative pronouns after a comma; "who" and "that" open subject relatives or no non-restrictive clause.</summary>
    private static readonly FrozenSet<string> Relatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "which", "whom");

    /// <summary>Pronouns that may be the clause's subject.</summary>
    private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "it", "they", "he", "she", "we", "i", "you");

    /// <summary>Auxiliaries and adverbs between the clause's subject and its verb: "he had also", "they have since".</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "had", "has", "have", "was", "were", "is", "are", "been", "did", "does", "do", "will", "would", "could", "since", "also", "earlier",
        "previously", "then", "once", "later", "already", "recently", "again", "just");

    /// <summary>How many words a named subject of the clause may run ("the Kenyan police").</summary>
    private const int SubjectWindow = 4;

    /// <summary>The mentions of the antecedent of the comma relative whose verb is at <paramref name="verb"/>; null when the verb heads none.</summary>
    public static int[]? Antecedent(Document document, Sentence sentence, List<ActorGroup> groups, int verb)
    {
        var t = verb - 1;
        while (t > sentence.FirstToken && (In(Between, document, t) || Adverb(document, t)))
            t--;
        if (t <= sentence.FirstToken + 2)
            return null;
        int? relative = null;
        if (In(Pronouns, document, t))
            relative = t - 1;
        else
            foreach (var g in groups)
                if (g.EndToken == t + 1 && g.EndToken - g.FirstToken <= SubjectWindow)
                    relative = g.FirstToken - 1 - (g.FirstToken - 1 > sentence.FirstToken && document.Slice(document.Tokens[g.FirstToken - 1].Range) is "the" ? 1 : 0);
        if (relative is not { } r || r - 2 < sentence.FirstToken || !In(Relatives, document, r) || document.Slice(document.Tokens[r - 1].Range) is not ",")
            return null;
        foreach (var g in groups)
            if (g.EndToken == r - 1)
                return g.Mentions;
        return null;
    }

    private static bool Adverb(Document document, int t) =>
        document.Tokens[t].Is(TokenShape.Word) && !document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range).EndsWith("ly", StringComparison.Ordinal);

    private static bool In(FrozenSet<string> words, Document document, int t) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
}
