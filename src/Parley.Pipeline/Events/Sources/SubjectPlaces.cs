using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline.Entities;

namespace Parley.Pipeline.Events;

/// <summary>
/// What a clause subject before a trigger is: a victim (a passive) or an agent head ("security forces", "people"). Where
/// such a subject acts for ("Rebels in the Ivory Coast", "a newspaper based in Beirut") is read once, by the actors stage
/// (<c>Entities/PlacedAgents.cs</c>), for subjects and objects alike.
/// </summary>
internal static class SubjectPlaces
{
    /// <summary>"was killed", "have been demobilized", "..., killed in": the trigger is a participle the subject undergoes.</summary>
    internal static bool Passive(Document document, int clauseStart, int triggerToken)
    {
        if (triggerToken <= clauseStart || document.Slice(document.Tokens[triggerToken].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false; // nothing before the trigger; "are demanding" is progressive
        if (document.Slice(document.Tokens[triggerToken - 1].Range) is ",")
            return true;
        // "were killed", "were also killed", "was almost gunned down", "has reportedly been arrested"
        for (var t = triggerToken - 1; t >= Math.Max(clauseStart, triggerToken - 4); t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (Cues.BeAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return true;
            if (!text.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && text is not ("also" or "not" or "never" or "already" or "almost" or "just" or "still" or "since" or "n't"))
                return false;
        }
        return false;
    }

    /// <summary>An agent word ("security forces", "rebels") or a generic one ("people", "groups") ends at <paramref name="head"/>.</summary>
    internal static bool IsAgentHead(Document document, KnowledgeBase kb, int head, int floor, out string? sector)
    {
        var word = document.TextOf(document.Tokens[head].Range);
        if (head > floor && kb.Agents.TryGetValue(document.TextOf(document.Tokens[head - 1].Range) + " " + word, out var pair) && pair.Kind == AgentKind.Agent)
        {
            sector = pair.Sector;
            return true;
        }
        if (kb.Agents.TryGetValue(word, out var agent) && agent.Kind == AgentKind.Agent)
        {
            sector = agent.Sector;
            return true;
        }
        if (!GroupHeads.TryGetSector(word, head > floor ? document.Slice(document.Tokens[head - 1].Range) : default, out var general))
        {
            sector = null;
            return false;
        }
        sector = general.Length > 0 ? general : null;
        return true;
    }
}
