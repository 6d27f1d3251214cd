using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chile struck two villages ... . Peru fired rockets ... . Argentina condemned the strikes": a definite deed noun retells the
/// act the story told with a word of its own family ("the strikes" / "struck", "the arrests" / "arrested", "the crackdown" /
/// "cracked down", "the takeover" / "took over", "the decision" / "decided"), so that act, not merely the latest of its kind,
/// is the one judged. A family is the word's stem once inflection and a nominal ending are taken off ("-s", "-ed", "-ing",
/// "-ment", "-ation", "-ure"), irregular forms mapped to their base; a verb with its particle ("cracked down") makes one word.
/// </summary>
internal static class DeedFamilies
{
    /// <summary>Irregular past forms and nouns whose stem is not their verb's: mapped to the verb's base form.</summary>
    private static readonly FrozenDictionary<string, string> s_bases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["struck"] = "strike", ["airstrike"] = "strike", ["airstrikes"] = "strike", ["shot"] = "shoot", ["took"] = "take", ["taken"] = "take",
        ["detention"] = "detain", ["detentions"] = "detain", ["expulsion"] = "expel", ["expulsions"] = "expel", ["invasion"] = "invade",
        ["decision"] = "decide", ["decisions"] = "decide", ["burnt"] = "burn", ["occupation"] = "occupy", ["occupied"] = "occupy",
        ["bombardment"] = "bomb", ["bombarded"] = "bomb", ["imposition"] = "impose", ["fought"] = "fight", ["seizure"] = "seize",
        ["seizures"] = "seize", ["abduction"] = "abduct", ["execution"] = "execute", ["executions"] = "execute",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Endings taken off a word to find its stem, longest first.</summary>
    private static readonly string[] s_endings = ["ments", "ment", "ations", "ation", "ings", "ing", "ures", "ure", "ed", "es", "s", "e"];

    /// <summary>Particles that make one word with their verb: "cracked down" is "crackdown", "took over" is "takeover".</summary>
    private static bool IsParticle(ReadOnlySpan<char> word) => word is "down" or "over" or "up" or "out";

    /// <summary>The stem of the family a deed word belongs to: "strikes", "struck" and "strike" are all "strik".</summary>
    public static string Key(string word)
    {
        var w = word.ToLowerInvariant();
        return Stem(s_bases.GetValueOrDefault(w, w));
    }

    /// <summary>Whether a word of the trigger (or a verb and its particle right after it) is of <paramref name="key"/>'s family.</summary>
    public static bool Shares(Document document, TextRange trigger, string key)
    {
        if (key.Length == 0)
            return false;
        for (var t = new TokenIndex(document).TokenAt(trigger.Start); t < document.Tokens.Length && document.Tokens[t].Start < trigger.End; t++)
        {
            var word = document.Slice(document.Tokens[t].Range).ToString();
            if (Key(word) == key)
                return true;
            if (t + 1 < document.Tokens.Length && IsParticle(document.Slice(document.Tokens[t + 1].Range)))
            {
                var lower = word.ToLowerInvariant();
                var verb = s_bases.TryGetValue(lower, out var irregular) ? irregular : Stem(lower);
                if (verb + document.Slice(document.Tokens[t + 1].Range).ToString() == key)
                    return true;
            }
        }
        return false;
    }

    /// <summary>The word with one ending off (when at least three letters stay) and a doubled last consonant made single ("bann").</summary>
    private static string Stem(string w)
    {
        foreach (var ending in s_endings)
            if (w.Length - ending.Length >= 3 && w.EndsWith(ending, StringComparison.Ordinal))
            {
                w = w[..^ending.Length];
                break;
            }
        return w.Length > 3 && w[^1] == w[^2] && !"aeiou".Contains(w[^1]) ? w[..^1] : w;
    }
}
