using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "A former general was also arrested, prosecutors said", "Police said two aides were detained": an arrest, detention,
/// charge or investigation (09x) told in the passive with no agent is the act of the state organ that reports it when that
/// organ is the one that arrests, charges and investigates (police, prosecutors, security forces, the army); "officials said"
/// or a ministry names no such doer.
/// </summary>
internal static class ReportingOrgans
{
    /// <summary>How many words may stand between the reporting verb and the organ ("said the country's police").</summary>
    private const int Reach = 2;

    /// <summary>The organ reporting the passive arrest or investigation at <paramref name="trigger"/>, before its clause or after it; null when none does.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        if (!trigger.Pattern.Cameo.StartsWith("173", StringComparison.Ordinal) && !trigger.Pattern.Cameo.StartsWith("09", StringComparison.Ordinal))
            return null;
        // "..., prosecutors said": the attribution after the clause, set off by a comma.
        for (var t = trigger.EndToken; t < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or ":" or "“" or "”" or "\"")
                break;
            if (!ReportingVerbs.IsSay(word) || !CommaBefore(document, trigger.EndToken, t))
                continue;
            foreach (var g in groups)
            {
                if (g.FirstToken > t && g.FirstToken <= t + Reach && Arrests(document, g))
                    return g;
                // "arrested in Nairobi, Kenyan police said": the list the group stage made of the place and the organ ends with the organ.
                if (g.EndToken == t && Last(document, g) is { } organ && Arrests(document, organ))
                    return organ;
            }
            break;
        }
        // "Police said two aides were detained": the attribution opening the sentence.
        if (clauseStart > sentence.FirstToken && (ReportingVerbs.IsSay(document.Slice(document.Tokens[clauseStart - 1].Range)) || document.Slice(document.Tokens[clauseStart - 1].Range) is "that"))
        {
            var verb = document.Slice(document.Tokens[clauseStart - 1].Range) is "that" ? clauseStart - 2 : clauseStart - 1;
            if (verb > sentence.FirstToken && ReportingVerbs.IsSay(document.Slice(document.Tokens[verb].Range)))
                foreach (var g in groups)
                    if (g.EndToken == verb && g.FirstToken == sentence.FirstToken && Arrests(document, g))
                        return g;
        }
        return null;
    }

    /// <summary>The group's last mention as a group of its own.</summary>
    private static ActorGroup? Last(Document document, ActorGroup group)
    {
        if (group.Mentions.Length == 0)
            return null;
        var m = group.Mentions[^1];
        var first = group.EndToken - 1;
        while (first > group.FirstToken && document.Tokens[first - 1].Start >= document.Mentions[m].Start)
            first--;
        return new ActorGroup([m], first, group.EndToken, document.Mentions[m].Start, document.Mentions[m].End);
    }

    private static bool CommaBefore(Document document, int from, int verb)
    {
        for (var t = verb - 1; t >= from && t >= verb - 1 - Reach - 3; t--)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return true;
        return false;
    }

    /// <summary>Whether every actor of the group is a state's police, courts, army or intelligence: those who arrest and charge.</summary>
    private static bool Arrests(Document document, ActorGroup group)
    {
        foreach (var m in group.Mentions)
            if (document.Entities[document.Mentions[m].Entity].Actor is not { } code || !(Sectors.IsForce(code.Sector) || code.Sector is "JUD")
                || code.Country is "IGO" or "NGO" or "IMG" or "MNC")
                return false;
        return group.Mentions.Length > 0;
    }
}
