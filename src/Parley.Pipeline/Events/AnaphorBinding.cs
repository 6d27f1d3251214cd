using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Limits on a plural anaphor taken from earlier sentences: it cannot name the clause's own target ("They called on China"
/// after a list with China is not China's side), and "their" after a plural noun subject of its own ("The ministers
/// reaffirmed their concerns") belongs to that subject, not to the last group the story named.
/// </summary>
internal static class AnaphorBinding
{
    /// <summary>Whether a target shares an entity with the anaphor's antecedent: a pronoun subject does not act on itself.</summary>
    public static bool OverlapsTarget(Document document, int[] antecedent, int[] target)
    {
        foreach (var t in target)
            foreach (var a in antecedent)
                if (document.Mentions[t].Entity == document.Mentions[a].Entity)
                    return true;
        return false;
    }

    /// <summary>
    /// Whether every plural anaphor between the clause start and the trigger is a possessive "their" that follows an uncoded
    /// noun subject of the clause ("The foreign ministers also reaffirmed their concerns ..., opposing").
    /// </summary>
    public static bool OwnedBySubjectNoun(Document document, int clauseStart, int triggerToken)
    {
        var owned = false;
        for (var t = clauseStart; t < triggerToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("they", StringComparison.OrdinalIgnoreCase) || text.Equals("them", StringComparison.OrdinalIgnoreCase) || text.Equals("both", StringComparison.OrdinalIgnoreCase)
                || text.Equals("two", StringComparison.OrdinalIgnoreCase))
                return false;
            if (!text.Equals("their", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!PluralNounBefore(document, clauseStart, t))
                return false;
            owned = true;
        }
        return owned;
    }

    /// <summary>A determiner and a plural lower-case noun open the clause before "their": "The foreign ministers ...", "G7 members ...".</summary>
    private static bool PluralNounBefore(Document document, int clauseStart, int their)
    {
        var t = clauseStart;
        if (t < their && document.Slice(document.Tokens[t].Range) is "The" or "the" or "These" or "these" or "Those" or "those")
            t++;
        // Up to three words of the noun phrase ("foreign ministers", "senior party officials"); the last is a plural noun.
        for (var end = Math.Min(their, t + 3); t < end; t++)
        {
            var token = document.Tokens[t];
            var text = document.Slice(token.Range);
            if (!token.Is(TokenShape.Word))
                return false;
            if (!token.Is(TokenShape.Capitalized) && text.Length > 3 && text.EndsWith('s') && !text.EndsWith("ss", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
