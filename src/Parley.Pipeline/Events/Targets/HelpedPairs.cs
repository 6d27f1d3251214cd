using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "offered to help facilitate them", "is ready to help bring the two sides together", "offered to help settle their dispute": an offer to help two sides come to terms is
/// made to that pair (told in the sentence or just before), not to the one who offers.
/// </summary>
internal static class HelpedPairs
{
    /// <summary>Verbs of helping others to terms: "help facilitate", "help bring ... together", "help reconcile".</summary>
    private static readonly FrozenSet<string> Peacemaking = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "facilitate", "mediate", "bring", "reconcile", "broker", "unite",
        // round 42: helping to settle a quarrel is helping its two sides ("help resolve their differences")
        "resolve", "settle", "end", "ease", "defuse", "bridge", "overcome");

    /// <summary>Nouns of a quarrel that "their" makes the pair's own: "help resolve their differences", "help end their dispute".</summary>
    private static readonly FrozenSet<string> Quarrels = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "differences", "dispute", "disputes", "conflict", "rift", "feud", "quarrel", "standoff", "row", "tensions", "war");

    /// <summary>How far after the offer "help" and its pair may come: "to help bring the two sides".</summary>
    private const int Reach = 6;

    /// <summary>Whether the words after the offer's trigger are "help" + a verb of bringing to terms + "them", "the two sides" or "their" quarrel.</summary>
    public static bool Offered(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var at = trigger.EndToken;
        if (at < sentence.EndToken && document.Slice(document.Tokens[at].Range) is "to")
            at++;
        if (at + 2 >= sentence.EndToken || document.Slice(document.Tokens[at].Range) is not "help"
            || !Peacemaking.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[at + 1].Range)))
            return false;
        var end = Math.Min(sentence.EndToken, at + Reach);
        for (var t = at + 2; t < end; t++)
            if (document.Slice(document.Tokens[t].Range) is "them" || BothSides.NamesPair(document, t, sentence.EndToken)
                || document.Slice(document.Tokens[t].Range) is "their" && t + 1 < sentence.EndToken
                   && Quarrels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t + 1].Range)))
                return true;
        return false;
    }

    /// <summary>The pair the offer helps: a group of two or more named before the trigger in its sentence, else the last pair told.</summary>
    public static int[]? Pair(Document document, List<ActorGroup> groups, TriggerMatch trigger, DiscourseContext context)
    {
        for (var i = groups.Count - 1; i >= 0; i--)
            if (groups[i].EndToken <= trigger.FirstToken && groups[i].Mentions.Select(m => document.Mentions[m].Entity).Distinct().Count() >= 2)
                return groups[i].Mentions;
        return context.LastPlural;
    }
}
