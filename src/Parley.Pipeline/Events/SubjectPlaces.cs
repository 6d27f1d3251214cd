using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Demonstrators in Baghdad blocked ...", "Rebels in the Ivory Coast dismissed ...", "a newspaper based in Beirut",
/// "activists from the Fatah party": a clause subject Parley cannot code, headed by an agent word, acts for the country
/// of the place or actor its phrase names, with the agent word's sector. Only tried when no other source is found.
/// </summary>
internal static class SubjectPlaces
{
    /// <summary>Tokens from the end of the subject phrase to its verb: "... on Wednesday have dismissed".</summary>
    private const int Reach = 6;

    /// <summary>Tokens from the preposition to the place: "in the eastern city of Goma" stops short; "in the Ivory Coast" does not.</summary>
    private const int ObjectWindow = 4;

    /// <summary>Heads too general for agents.tsv that still name people acting together ("opposition groups in Zimbabwe").</summary>
    private static readonly FrozenDictionary<string, string?> s_generic = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "CVL", ["groups"] = null, ["parties"] = "OPP", ["members"] = null, ["supporters"] = null, ["crowds"] = "CVL",
        ["youths"] = "CVL", ["inmates"] = "CVL", ["prisoners"] = "CVL", ["refugees"] = "REF", ["unions"] = "LAB", ["union"] = "LAB",
        ["factions"] = null, ["authorities"] = "GOV", ["officials"] = "GOV", ["leaders"] = "GOV", ["forces"] = "MIL",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Participles that link a head to its place: "based in", "stationed in", "operating in", "loyal to".</summary>
    private static readonly FrozenSet<string> s_linkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "based", "stationed", "operating", "living", "loyal", "deployed");

    public static EventActor? Find(Document document, KnowledgeBase kb, int clauseStart, int triggerToken, TokenIndex index, Func<int, EventActor?> resolve)
    {
        var tokens = document.Tokens;
        for (var t = clauseStart + 1; t < triggerToken - 1; t++)
        {
            var text = document.Slice(tokens[t].Range);
            if (text is not ("in" or "from" or "of" or "to"))
                continue;
            var head = t - 1;
            if (s_linkers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[head].Range)))
                head--;
            else if (text is "to")
                continue; // only "loyal to", "based to" never: a bare "to" is a purpose or a target
            if (head < clauseStart || !IsAgentHead(document, kb, head, clauseStart, out var sector))
                continue;

            if (Named(document, t + 1, triggerToken, index, resolve) is not { } named)
                return null; // the subject's phrase names no place: "Doctors from two aid groups"
            var (actor, endToken) = named;
            if (triggerToken - endToken > Reach || Clauses.HasComma(document, endToken, triggerToken))
                return null;
            var range = new TextRange(tokens[head].Start, actor.Range.End);
            return new EventActor(range, actor.Entity, document.TextOf(range), new ActorCode(actor.Code.Country, sector), null);
        }
        return null;
    }

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
        if (!s_generic.TryGetValue(word, out sector))
            return false;
        if (head > floor && document.Slice(document.Tokens[head - 1].Range).Equals("opposition", StringComparison.OrdinalIgnoreCase))
            sector = "OPP"; // "opposition groups", "opposition parties"
        return true;
    }

    /// <summary>"a court in November revoked Zamora's ...": a verb between the preposition and the name ends the subject's phrase.</summary>
    private static bool HasVerbForm(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range).EndsWith("ed", StringComparison.Ordinal)
                && !(t > from && document.Slice(document.Tokens[t - 1].Range) is "the" or "a" or "an")) // "the defeated Fatah party"
                return true;
        return false;
    }

    /// <summary>The actor or place named within a few words after the preposition, and the token after it.</summary>
    private static (EventActor Actor, int EndToken)? Named(Document document, int from, int triggerToken, TokenIndex index, Func<int, EventActor?> resolve)
    {
        for (var m = 0; m < document.Mentions.Length; m++)
        {
            var mention = document.Mentions[m];
            var first = index.TokenAt(mention.Start);
            if (first < from || first > from + ObjectWindow || first >= triggerToken || HasVerbForm(document, from, first))
                continue;
            if (resolve(m) is { } actor)
                return (actor, index.TokenAt(mention.End - 1) + 1);
            // A city or province is no actor of its own ("demonstrators in Baghdad"): its country is.
            foreach (var p in document.Places)
                if (p.Start >= mention.Start && p.End <= mention.End)
                    return (new EventActor(p.Range, mention.Entity, p.Where.Name, new ActorCode(p.Where.Country, null), null), index.TokenAt(mention.End - 1) + 1);
        }
        return null;
    }
}
