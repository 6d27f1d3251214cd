using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Governments across Africa condemned the coup, with Kenya and Ghana among those calling it ...": a generic plural subject
/// that names no actor is made concrete by a trailing "with X among" phrase, whose X are members of the set that acted; they
/// are the clause's subject.
/// </summary>
internal static class WithAmongSubjects
{
    /// <summary>Plural nouns for a set of states or their leaders, which the "with" phrase names members of.</summary>
    private static readonly FrozenSet<string> SetNouns = FrozenSet.ToFrozenSet(
        ["governments", "countries", "nations", "states", "leaders", "capitals", "allies", "neighbours", "neighbors", "members",
         "presidents", "ministers", "democracies", "donors"], StringComparer.OrdinalIgnoreCase);

    /// <summary>How many words the subject phrase may run before the verb: "Many governments across Latin America".</summary>
    private const int SubjectReach = 6;

    /// <summary>How many words the "with" phrase may stand after the verb: "condemned the raid on the embassy in Quito, with".</summary>
    private const int WithReach = 20;

    /// <summary>The named members of the set that the clause's generic plural subject stands for; null when the clause has no such shape.</summary>
    public static ActorGroup? Of(Document document, List<ActorGroup> groups, int clauseStart, int triggerToken)
    {
        if (triggerToken - clauseStart > SubjectReach || !HasSetNoun(document, clauseStart, triggerToken))
            return null;
        for (var t = triggerToken + 1; t + 2 < document.Tokens.Length && t <= triggerToken + WithReach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "." or ";" or ":" or "\"" or "“" or "”")
                return null;
            if (word is not "," || !document.Slice(document.Tokens[t + 1].Range).Equals("with", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var g in groups)
            {
                if (g.FirstToken != t + 2)
                    continue;
                var among = g.EndToken < document.Tokens.Length && document.Slice(document.Tokens[g.EndToken].Range) is "also" ? g.EndToken + 1 : g.EndToken;
                return among < document.Tokens.Length && document.Slice(document.Tokens[among].Range) is "among" ? g : null;
            }
            return null;
        }
        return null;
    }

    /// <summary>Whether the words before the verb are a plain phrase holding a set noun ("Governments across Latin America").</summary>
    private static bool HasSetNoun(Document document, int from, int to)
    {
        var found = false;
        for (var t = from; t < to; t++)
        {
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
            found |= SetNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
        }
        return found;
    }
}
