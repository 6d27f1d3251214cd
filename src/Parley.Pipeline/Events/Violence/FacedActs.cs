using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Iran faced new sanctions from the European Union", "the minister, who faced street protests for weeks": a nominal act that is the
/// object of a verb of bearing (face, endure, suffer, weather) is undergone by the verb's subject, its target; its doer is
/// the one a "from" or "by" phrase names after it, and with none named the act has no source the sentence tells.
/// </summary>
internal static class FacedActs
{
    /// <summary>How many modifiers may stand between the verb of bearing and the act ("faced fresh deadly protests").</summary>
    private const int ModifierReach = 3;

    /// <summary>How far after the act its "from" or "by" phrase may start ("sanctions on Monday from ...").</summary>
    private const int GiverReach = 4;

    /// <summary>True when <paramref name="trigger"/>, a noun however the verb reading took it, is the object of a verb of bearing and its found source is that verb's subject.</summary>
    public static bool Undergone(Document document, Sentence sentence, TriggerMatch trigger, int[] source)
    {
        if (source.Length == 0 || !Array.TrueForAll(source, m => document.Mentions[m].Start < trigger.Range.Start))
            return false;
        for (var t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - 1 - ModifierReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_bearVerbs.Contains(text))
                return true;
            if (!document.Tokens[t].Is(TokenShape.Word) || document.Tokens[t].Is(TokenShape.Capitalized) || text is "and" or "or" or "to" or "of")
                return false;
        }
        return false;
    }

    /// <summary>The actor a "from" or "by" phrase after the act names ("sanctions from the European Union"), or null.</summary>
    public static ActorGroup? Giver(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + GiverReach + 1);
        var at = GroupSearch.After(document, trigger.EndToken, end, "from", GiverReach) ?? GroupSearch.After(document, trigger.EndToken, end, "by", GiverReach);
        return at is { } p ? ByPhraseAgents.Agent(document, groups, p) : null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_bearVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "face", "faces", "faced", "facing", "endure", "endures", "endured", "enduring", "suffer", "suffers", "suffered", "suffering",
        "weather", "weathers", "weathered", "weathering").GetAlternateLookup<ReadOnlySpan<char>>();
}
