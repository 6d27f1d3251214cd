using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A target given as a list with named members: "levied tariffs on copper from 20 countries, including the EU bloc",
/// "accused several governments, among them Iran, of ...": the named members of the listed side are the target.
/// </summary>
internal static class TargetListed
{
    /// <summary>Plural nouns for a set of actors whose named members may follow ("35 countries, including ...").</summary>
    private static readonly FrozenSet<string> Collectives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "countries", "nations", "states", "governments", "members", "partners", "allies", "neighbours", "neighbors", "economies",
        "groups", "organisations", "organizations", "parties", "powers", "exporters", "producers", "suppliers", "rivals", "adversaries");

    /// <summary>How far after the trigger the list may run ("levied 15% tariffs on copper and lumber shipments to the U.S. from 20 countries").</summary>
    private const int Window = 18;

    /// <summary>How many words before "including" the collective noun may stand ("35 trading partners, including").</summary>
    private const int CollectiveWindow = 4;

    /// <summary>The mentions of the named members after "including", "among them" or "such as" in the trigger's clause; empty when none.</summary>
    public static int[] Members(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            // ", and several groups, including ...": a new clause's list is about its own act.
            if (word is ";" or "." || word is "," && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "and" or "but" or "while" or "which" or "who" or "as")
                return [];
            var list = word is "including" ? t + 1
                : word is "among" && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "them" ? t + 2
                : word is "such" && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "as" ? t + 2 : -1;
            if (list < 0 || !CollectiveBefore(document, t, trigger.EndToken))
                continue;
            return GroupSearch.GroupStartingNear(groups, list, 2) is { } named ? named.Mentions : [];
        }
        return [];
    }

    /// <summary>Whether a collective noun stands a few words before the list word, after the trigger.</summary>
    private static bool CollectiveBefore(Document document, int listWord, int floor)
    {
        var collectives = Collectives.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = listWord - 1; t >= floor && t >= listWord - CollectiveWindow; t--)
            if (collectives.Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }
}
