using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Negotiators from Argentina and Chile", "diplomats from Kenya and the Gambia": a second country joined by "and" to the one
/// that places an agent noun is the home of a second group of the same agents (one group per country, so that the two
/// can face each other), not a place the agents went to.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// After the agent's home ends at <paramref name="after"/>: when "and" and a country other than
    /// <paramref name="code"/> follow, points that country's mention at the agents of that country and returns the token
    /// after it; else returns <paramref name="after"/>.
    /// </summary>
    private int CoordinatedHome(Sentence sentence, int after, AgentWord agent, string code)
    {
        var tokens = document.Tokens;
        if (after + 1 >= sentence.EndToken || !Is(after, "and"))
            return after;
        var next = after + 1;
        if (Is(next, "the") && next + 1 < sentence.EndToken)
            next++;
        var mentions = table.Mentions;
        for (var index = mentions.Count - 1; index >= 0; index--)
        {
            var m = mentions[index];
            if (m.Start != tokens[next].Start && m.Start != tokens[after + 1].Start || m.Kind != MentionKind.Name
                || table[m.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true || CountryOf(m.Entity) is not { } other || other == code)
                continue;
            // "from Argentina and Chile's navy": the second country owns something else.
            if (document.Text.AsSpan(m.End).StartsWith("'s", StringComparison.Ordinal) || document.Text.AsSpan(m.End).StartsWith("’s", StringComparison.Ordinal))
                return after;
            table.Widen(index, m.End, table.Group(agent, other), MentionKind.Agent);
            while (next < sentence.EndToken && tokens[next].End <= m.End)
                next++;
            return next;
        }
        return after;
    }
}
