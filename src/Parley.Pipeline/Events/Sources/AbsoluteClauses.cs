using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// ", with police firing tear gas", ", with each government releasing 40 soldiers", ", with each country accusing its neighbour": in an
/// absolute "with" clause the noun phrase after "with" is the subject of the "-ing" participle (<see cref="VerbUse.AbsoluteWithNoun"/>),
/// never the main clause's subject. "each side", "each delegation", "both sides" act on one another: the act runs both ways between the
/// pair of the dealing told in the sentence or just before it.
/// </summary>
internal static class AbsoluteClauses
{
    /// <summary>Nouns for one party of a dealing after "each": "each side", "each delegation", "each country".</summary>
    private static readonly FrozenSet<string> s_parties = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "side", "delegation", "country", "nation", "party", "government", "army", "camp", "team", "leader", "faction");

    /// <summary>The subject of the participle's absolute clause: a group inside it, or, for "each side", the pair it ranges over.</summary>
    public readonly record struct Subject(int[] Source, int[] Target, bool Reciprocal);

    /// <summary>
    /// The participle's sides when the trigger opens the predicate of an absolute "with" clause with a common noun subject; null
    /// when it does not. An empty source means the subject names no actor: the main clause's subject is not the doer.
    /// </summary>
    public static Subject? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int[]? lastPair, Func<int, EventActor?> resolve)
    {
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || VerbUse.AbsoluteWithNoun(document, trigger.FirstToken, sentence.FirstToken) is not (>= 0 and var with))
            return null;
        var opener = document.Slice(document.Tokens[with + 1].Range);
        var noun = document.Slice(document.Tokens[trigger.FirstToken - 1].Range);
        var each = opener is "each" or "both" && (s_parties.GetAlternateLookup<ReadOnlySpan<char>>().Contains(noun) || BothSides.IsSidesNoun(noun));
        foreach (var g in groups)
            if (g.FirstToken > with && g.EndToken <= trigger.FirstToken)
                // "with both Libyan factions faulting each other": the pair is of that people, which one name does not tell
                return each ? new Subject([], [], false) : new Subject(g.Mentions, [], false);
        if (!each)
            return new Subject([], [], false);
        // the pair: a group of two actors or more earlier in the sentence, else the story's last pair
        int[]? pair = null;
        foreach (var g in groups)
            if (g.EndToken <= with && g.NamesTwoOrMore(document))
                pair = g.Mentions;
        pair ??= lastPair;
        return pair is { Length: >= 2 } && Split(pair, resolve) is var (one, other) ? new Subject(one, other, true) : new Subject([], [], false);
    }

    /// <summary>The pair's mentions split by country: the first mention's, and the others'; null when all are of one country.</summary>
    private static (int[] One, int[] Other)? Split(int[] pair, Func<int, EventActor?> resolve)
    {
        if (resolve(pair[0]) is not { Code.Country.Length: > 0 } first)
            return null;
        var (one, other) = (new List<int>(), new List<int>());
        foreach (var m in pair)
            if (resolve(m) is { Code.Country.Length: > 0 } actor)
                (actor.Code.Country == first.Code.Country ? one : other).Add(m);
        return other.Count > 0 ? ([.. one], [.. other]) : null;
    }
}
