using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Chilean prosecutors and police", "Kenya's army and police": the state written before the first of two state agents
/// joined by "and" owns the second too; a non-state agent ("Kenyan police and protesters") is not shared.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>The country of the state agents right before "and" at <paramref name="first"/> - 1, when both are state agents; else null.</summary>
    private string? SharedStateOwner(Sentence sentence, int first, AgentWord agent)
    {
        if (agent.Kind != AgentKind.Agent || !Sectors.IsStateAgency(agent.Sector) || first - 2 < sentence.FirstToken || !Is(first - 1, "and"))
            return null;
        var before = document.Tokens[first - 2].End;
        foreach (var m in table.Mentions)
        {
            if (m.End != before || m.Start < sentence.Start || m.Kind != MentionKind.Agent || table[m.Entity].Actor is not { } actor
                || table[m.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true || !Sectors.IsStateAgency(SectorOf(m, actor)))
                continue;
            return actor.Country;
        }
        return null;
    }
}
