using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// Words around a name that only a person takes: "X, who ...", "X believes", "arrested X", "X's arrest", "X's wife". They
/// type a surname the knowledge base lacks, and tell a person from a town of the same name ("Zamora's trial").
/// </summary>
internal static class PersonContexts
{
    /// <summary>Verbs of thought and feeling whose subject is a person: "Okafor believes", "Lindqvist recalled".</summary>
    private static readonly FrozenSet<string> s_subjectVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "believes", "believed", "thinks", "thought", "feels", "felt", "recalls", "recalled", "hopes", "hoped", "fears", "feared",
        "lamented", "laments", "confided", "smiled", "laughed", "complained", "admitted", "acknowledged", "insists", "insisted",
        "described", "describes", "characterized", "characterised", "sees", "wonders", "wondered", "remembers", "remembered");

    /// <summary>Verbs whose object is a person: "police arrested Okafor", "a court sentenced Okafor".</summary>
    private static readonly FrozenSet<string> s_objectVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "arrested", "detained", "jailed", "imprisoned", "sentenced", "convicted", "indicted", "pardoned", "extradited", "reimprison",
        "interviewed", "represents", "represented", "acquitted", "abducted", "kidnapped", "executed", "freed");

    /// <summary>Nouns a person's possessive goes with: "Okafor's arrest", "Okafor's wife", "Okafor's lawyers".</summary>
    private static readonly FrozenSet<string> s_possessed = FrozenSet.Create(StringComparer.Ordinal,
        "arrest", "detention", "imprisonment", "jailing", "trial", "conviction", "sentencing", "indictment", "wife", "husband", "son",
        "daughter", "father", "mother", "widow", "brother", "sister", "lawyer", "lawyers", "attorney", "attorneys", "funeral");

    /// <summary>Whether the words around the name at tokens [<paramref name="first"/>, <paramref name="end"/>) make it a person.</summary>
    public static bool Around(Document document, Sentence sentence, int first, int end)
    {
        var tokens = document.Tokens;
        if (first > sentence.FirstToken && Contains(s_objectVerbs, document.Slice(tokens[first - 1].Range)))
            return true;
        var last = document.Slice(tokens[end - 1].Range);
        var possessive = last.Length > 2 && last[^2] is '\'' or '’' && last[^1] is 's';
        var after = end;
        if (!possessive && after < sentence.EndToken && document.Slice(tokens[after].Range) is "'s" or "’s")
        {
            possessive = true;
            after++;
        }
        if (after >= sentence.EndToken)
            return false;
        var next = document.Slice(tokens[after].Range);
        if (possessive)
            return Contains(s_possessed, next) || next is "house" && after + 1 < sentence.EndToken && document.Slice(tokens[after + 1].Range) is "arrest";
        if (next is "," && after + 1 < sentence.EndToken)
            return document.Slice(tokens[after + 1].Range) is "who";
        return Contains(s_subjectVerbs, next);
    }

    private static bool Contains(FrozenSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
