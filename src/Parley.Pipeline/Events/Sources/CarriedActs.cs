using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Rebel units launched the offensive at dawn", "lawmakers of the ruling party joined the walkout", "the two sides completed
/// the release of 300 captives": a nominal act that is the object of a verb of carrying it out is its clause subject's act,
/// with "the" before it as without (<see cref="Subjects.Definite"/> keeps a definite noun elsewhere from its clause's subject:
/// "criticised the offensive" is no offensive of the critic's). Reads the verb at most three words before the noun (its
/// determiner, a possessive pronoun, adjectives or a number between: "carried out their second major raid").
/// </summary>
internal static class CarriedActs
{
    /// <summary>Forms of verbs of carrying out, starting, joining or continuing an act (not of judging, fending off or suffering it), inflected by <see cref="Inflections"/>.</summary>
    private static readonly FrozenSet<string> Carrying = new[]
        {
            "conduct+", "launch+", "stage+", "mount+", "wage+", "complete+", "join+", "resume+", "intensify+", "begin+", "lead+", "press+", "escalate+",
        }.SelectMany(static v => Inflections.Expand(v, verb: true)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may stand between the verb and the noun.</summary>
    private static readonly FrozenSet<string> Between = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "new", "fresh", "second", "third",
        "first", "latest", "major", "large-scale", "wide", "wider", "joint", "renewed", "further", "final", "mass", "massive");

    /// <summary>True when the noun at <paramref name="triggerToken"/> is the object of a carrying verb inside the clause.</summary>
    public static bool IsCarried(Document document, int triggerToken, int floor)
    {
        for (int t = triggerToken - 1, steps = 0; t >= floor && steps < 4; t--, steps++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "carried out the raid", "stepped up the campaign": a particle after the verb
            if (text is "out" or "up" && t - 1 >= floor && document.Slice(document.Tokens[t - 1].Range) is "carried" or "carrying" or "carries" or "carry"
                    or "stepped" or "stepping" or "steps" or "step")
                return true;
            if (Carrying.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (!Between.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && !char.IsDigit(text[0]))
                return false;
        }
        return false;
    }
}
