using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The other side of an act told by a clause after it: an ultimatum is aimed at the subject of its condition ("would
/// strike unless the government set a date", "threatened to quit if the United States goes ahead"); a concession at the
/// partner of the talks it followed ("called off the strike after talks with the government", "ended their blockade after
/// negotiations with the authorities"); a show of force at the one whose act it followed; a withdrawal at the country left.
/// </summary>
internal static class OtherSides
{
    /// <summary>Nouns for talks: what a concession may follow.</summary>
    private static readonly FrozenSet<string> Talks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "talks", "negotiations", "deliberations", "meeting", "meetings", "consultations", "discussions", "dialogue", "agreement", "deal", "mediation");

    /// <summary>Verbs of a promise or a yielding by the other side, which a concession may follow.</summary>
    private static readonly FrozenSet<string> Promises = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "agreed", "promised", "pledged", "offered", "conceded", "accepted", "granted", "guaranteed", "vowed", "undertook");

    /// <summary>How far after the trigger the condition or the talks may be named.</summary>
    private const int Window = 24;

    /// <summary>Where the other side's phrase starts after the trigger (or its act), or null when the sentence names none.</summary>
    public static int? Start(Document document, Sentence sentence, TriggerMatch trigger, string plover)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t + 1 < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (plover == "THREATEN" && word is "unless" or "if")
                return document.Slice(document.Tokens[t + 1].Range) is "not" ? t + 2 : t + 1;
            // "promised to pull troops out if the rebels began talks": a conditional promise is offered to the condition's subject.
            if (plover == "AGREE" && word is "if" or "unless" && document.Slice(document.Tokens[t - 1].Range) is not "as")
                return document.Slice(document.Tokens[t + 1].Range) is "not" ? t + 2 : t + 1;
            if (plover is "CONCEDE" or "RETREAT" && word is "after" or "following" or "in")
                for (var k = t + 1; k + 1 < end && k <= t + 4; k++)
                {
                    if (Talks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[k].Range)) && document.Slice(document.Tokens[k + 1].Range) is "with")
                        return k + 2;
                    // "called off their strike after the government agreed to raise wages": a concession answers the side whose promise it followed.
                    if (word is "after" && k > t + 1 && Promises.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[k].Range)))
                        return t + 1;
                }
        }
        return plover == "THREATEN" ? FrontedCondition(document, sentence, trigger) : null;
    }

    /// <summary>
    /// "if Mexico keeps its levy on corn, he will impose a tariff", "Unless Iran stops, Washington will act": a condition
    /// told before the threat, closed by a comma before it, names its other side as its subject; the token after "if", or null.
    /// </summary>
    private static int? FrontedCondition(Document document, Sentence sentence, TriggerMatch trigger)
    {
        var comma = -1;
        for (var t = trigger.FirstToken - 1; t >= sentence.FirstToken && t >= trigger.FirstToken - Window; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ",")
                comma = comma < 0 ? t : comma;
            else if (word is "if" or "If" or "unless" or "Unless")
                return comma > t + 2 ? (document.Slice(document.Tokens[t + 1].Range) is "not" ? t + 2 : t + 1) : null;
            else if (word is ";" or "." or "\"" or "“" or "”")
                return null;
        }
        return null;
    }

    /// <summary>
    /// "put its forces on alert after Turkish commandos landed", "mobilised reservists following an incursion by Syrian troops":
    /// the one whose act a show of force answers, the subject of its "after" clause or the by-phrase of its noun; null when none.
    /// </summary>
    public static ActorGroup? Provoker(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t + 1 < end; t++)
        {
            // "citing the risk of a Chinese raid", "amid fears of a Russian offensive": the one whose feared act it answers.
            if (document.Slice(document.Tokens[t].Range) is "citing" or "fearing" or "amid" or "over" && Feared(document, t + 1, end) is { } of)
                return GroupSearch.GroupStartingNear(groups, of + 1, 2) is { } feared && !GroupSearch.PrepositionBetween(document, of + 1, feared.FirstToken) ? feared : null;
            if (document.Slice(document.Tokens[t].Range) is not ("after" or "following" or "amid" or "when"))
                continue;
            if (GroupSearch.GroupStartingNear(groups, t + 1, 2) is { } subject && !GroupSearch.PrepositionBetween(document, t + 1, subject.FirstToken))
                return subject;
            if (GroupSearch.After(document, t + 1, end, "by", 4) is { } by && GroupSearch.GroupStartingNear(groups, by + 1, Targets.PrepositionWindow) is { } agent
                && !GroupSearch.PrepositionBetween(document, by + 1, agent.FirstToken))
                return agent;
            return null;
        }
        return null;
    }

    /// <summary>The "of" after a word of threat or fear within two words of <paramref name="from"/> ("the threat of", "fears of"); null when none.</summary>
    private static int? Feared(Document document, int from, int end)
    {
        for (var t = from; t + 1 < end && t <= from + 2; t++)
            if (document.Slice(document.Tokens[t].Range) is "threat" or "threats" or "fear" or "fears" or "risk" or "danger" or "prospect" or "spectre" or "specter"
                && document.Slice(document.Tokens[t + 1].Range) is "of")
                return t + 1;
        return null;
    }

    /// <summary>
    /// "gathered tanks near its border with Kosovo", "deployed tanks along the frontier with Iraq": forces gathered at a
    /// shared border face the country across it, named right after "border with"; null when the clause names none.
    /// </summary>
    public static ActorGroup? Across(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = Math.Min(sentence.EndToken, trigger.EndToken + Window);
        for (var t = trigger.EndToken; t + 2 < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" || t > trigger.EndToken && Clauses.StartsClause(document, t, sentence.FirstToken, groups))
                return null;
            if (word is "border" or "borders" or "frontier" or "frontiers" && document.Slice(document.Tokens[t + 1].Range) is "with"
                && GroupSearch.GroupStartingNear(groups, t + 2, 1) is { } across && !GroupSearch.PrepositionBetween(document, t + 2, across.FirstToken))
                return across;
        }
        return null;
    }

    /// <summary>Verbs of arriving somewhere: talks a visitor came for are held with the host.</summary>
    private static readonly FrozenSet<string> Arrivals = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "arrived", "arrives", "arrive", "arriving", "flew", "flies", "landed", "lands", "travelled", "traveled", "travels", "came", "comes", "headed", "heads");

    /// <summary>
    /// "arrived in Beijing on Thursday for talks", "flew to Cairo for consultations": the government of the country a visitor
    /// arrived in, before the talks it came for; null when the sentence names no such place of another country than the source's.
    /// </summary>
    public static EventActor? Host(Document document, Sentence sentence, TriggerMatch trigger, List<EventActor> source)
    {
        if (Arrival(document, sentence, trigger) is { } t)
        {
            int from = document.Tokens[t + 2].Start, to = document.Tokens[Math.Min(t + 4, trigger.FirstToken - 1)].Start;
            for (var i = document.FirstPlaceFrom(from); i < document.Places.Length && document.Places[i].Start <= to; i++)
            {
                var p = document.Places[i];
                if (p.Where.Country is not { Length: 3 } country || country == "---" || source.Exists(a => a.Code.Country == country))
                    continue;
                var entity = Jurisdictions.StateEntity(document, country) ?? CoveringEntity(document, p);
                return entity is { } e ? new EventActor(new TextRange(p.Start, p.End), e, p.Where.Name, new ActorCode(country, "GOV"), null, ActorRole.Place) : null;
            }
        }
        return null;
    }

    /// <summary>The entity of the earliest-starting mention that covers the whole place; null when none does.</summary>
    private static int? CoveringEntity(Document document, Place place)
    {
        int? found = null;
        for (var m = document.FirstMentionFrom(place.Start + 1) - 1; m >= 0 && document.Mentions[m].Start >= place.Start - 200; m--)
            if (document.Mentions[m].End >= place.End)
                found = document.Mentions[m].Entity;
        return found;
    }

    /// <summary>The token of a verb of arriving followed by "in", "to" or "at", before the trigger in its sentence; null when there is none.</summary>
    public static int? Arrival(Document document, Sentence sentence, TriggerMatch trigger)
    {
        for (var t = sentence.FirstToken; t + 2 < trigger.FirstToken; t++)
            if (Arrivals.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range))
                && document.Slice(document.Tokens[t + 1].Range) is "in" or "to" or "at")
                return t;
        return null;
    }

    /// <summary>"crossed the bridge out of Afghanistan", "the last troops left Lebanon": the country a withdrawal leaves; null when none is named.</summary>
    public static ActorGroup? Left(Document document, Sentence sentence, List<ActorGroup> groups)
    {
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            var at = word is "out" && document.Slice(document.Tokens[t + 1].Range) is "of" ? t + 2
                : word is "left" or "leave" or "leaves" or "leaving" or "quit" or "quits" or "evacuated" or "vacated" ? t + 1 : -1;
            if (at > 0 && GroupSearch.GroupStartingNear(groups, at, 0) is { } left)
                return left;
        }
        return null;
    }
}
