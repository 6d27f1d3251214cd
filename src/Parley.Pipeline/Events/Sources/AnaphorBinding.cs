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

    /// <summary>
    /// "Al-Shabab militants attacked a police post. They killed three officers.": a plural pronoun subject takes the earlier
    /// sentence's plural subject as its one antecedent rather than that sentence's two sides together ("they" means both only
    /// when no plural noun stands as the subject: "Rubio met Wang Yi. They agreed ..."). The subject group's mentions when it is
    /// one entity named by a plural lower-case noun ("militants", "fighters", "gunmen") and is a part of <paramref name="pair"/>; else null.
    /// </summary>
    public static int[]? PluralSubject(Document document, List<ActorGroup> previousGroups, int[] pair, int clauseStart, int triggerToken)
    {
        if (previousGroups.Count == 0 || !SubjectPronoun(document, clauseStart, triggerToken))
            return null;
        var subject = previousGroups[0];
        var entity = document.Mentions[subject.Mentions[0]].Entity;
        foreach (var m in subject.Mentions)
            if (document.Mentions[m].Entity != entity)
                return null;
        if (Array.IndexOf(pair, subject.Mentions[0]) < 0 && !Array.Exists(pair, m => document.Mentions[m].Entity == entity))
            return null;
        var last = document.Tokens[subject.EndToken - 1];
        var word = document.Slice(last.Range);
        return last.Is(TokenShape.Word) && !last.Is(TokenShape.Capitalized)
            && (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal))
            ? subject.Mentions : null;
    }

    /// <summary>
    /// "Soldiers killed ten rebels in the hills. A farmer told of his night with the Northern Front. They burned his barn.": the
    /// pair of a clash told earlier is not what "they" means when a later sentence named again only one of its sides, as an
    /// organisation or a group (a person is not "they"): the subject pronoun takes that nearer antecedent. Its mentions in the sentence
    /// before, matched to a side by entity or by actor code; null when both sides or neither were named there.
    /// </summary>
    public static int[]? RenamedSide(Document document, List<ActorGroup> previousGroups, int[] pair, int clauseStart, int triggerToken)
    {
        if (!TheyBefore(document, clauseStart, triggerToken))
            return null; // "the two countries", "both" mean the pair
        var sides = pair.Select(m => document.Mentions[m].Entity).Distinct().ToArray();
        if (sides.Length != 2)
            return null;
        int[]? found = null;
        var matched = -1;
        foreach (var g in previousGroups)
            foreach (var m in g.Mentions)
            {
                var entity = document.Mentions[m].Entity;
                if (document.Entities[entity].Type == EntityType.Person)
                    continue;
                var side = Array.FindIndex(sides, s => s == entity || SameActor(document, s, entity));
                if (side < 0)
                    continue;
                if (matched >= 0 && matched != side)
                    return null;
                matched = side;
                found = [m];
            }
        return found;
    }

    /// <summary>
    /// "They burned the trucks. Then they shot two drivers.": a "they" bound to one side of the pair in the sentence before
    /// goes on meaning that side. <paramref name="bound"/> when it is a side of <paramref name="pair"/> and "they" stands in the clause; else null.
    /// </summary>
    public static int[]? Continued(Document document, int[]? bound, int[] pair, int clauseStart, int triggerToken)
    {
        if (bound is not { Length: > 0 } || !TheyBefore(document, clauseStart, triggerToken))
            return null;
        var entity = document.Mentions[bound[0]].Entity;
        return Array.Exists(pair, m => document.Mentions[m].Entity == entity || SameActor(document, document.Mentions[m].Entity, entity)) ? bound : null;
    }

    private static bool SameActor(Document document, int a, int b)
        => document.Entities[a].Actor is { } x && document.Entities[b].Actor is { } y && x.Sector is not null && x == y;

    /// <summary>Whether "they" stands in the clause before the trigger ("they picked out two guards and shot them").</summary>
    private static bool TheyBefore(Document document, int clauseStart, int triggerToken)
    {
        for (var t = clauseStart; t < triggerToken; t++)
            if (document.Slice(document.Tokens[t].Range).Equals("they", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Whether "they" stands as the subject right before the trigger (auxiliaries and adverbs between).</summary>
    private static bool SubjectPronoun(Document document, int clauseStart, int triggerToken)
    {
        for (var t = triggerToken - 1; t >= clauseStart && t >= triggerToken - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text.Equals("they", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!document.Tokens[t].Is(TokenShape.Word))
                return false;
        }
        return false;
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
