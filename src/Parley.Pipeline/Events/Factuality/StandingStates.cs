using System.Collections.Frozen;
using Parley.Core;
using Parley.Pipeline.Time;

namespace Parley.Pipeline.Events;

/// <summary>
/// Acts told as a state that holds, or as a tally summed since a date, not as one act at one time:
/// "Norway has 300 troops stationed in the Baltics", "the guards had been stationed on the island" (where forces are,
/// not their sending), "the senator, who is barred from running again, said ..." (a person's standing status),
/// "the militia has fired hundreds of rockets since March" (a running tally over many acts). CAMEO codes events, so
/// each is no event, as a habit is not (<see cref="HabitsAndUses"/>). "Norway stationed 300 troops in the Baltics",
/// "the court barred him from running on Friday" and "police have arrested dozens of people since the vote" (a count
/// since the news itself) stay events.
/// </summary>
internal static class StandingStates
{
    /// <summary>Participles of where forces are kept: "troops stationed in", "a unit garrisoned at".</summary>
    private static readonly FrozenSet<string> s_placed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "stationed", "garrisoned");

    /// <summary>What follows a placement participle used as a state: a place phrase, not an object.</summary>
    private static readonly FrozenSet<string> s_placeWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "on", "at", "along", "near", "across", "inside", "around", "outside", "throughout", "there", "abroad", "close", "within", "off", "aboard");

    /// <summary>
    /// Whether the trigger tells a standing state, no act: a placement (<see cref="Placed"/>), a bar on a person
    /// (<see cref="Barred"/>), a law that bars (<see cref="LawBars"/>), what a place hosts (<see cref="Hosts"/>).
    /// </summary>
    public static bool Holds(Document document, int trigger) =>
        Placed(document, trigger) || Barred(document, trigger) || LawBars(document, trigger) || Hosts(document, trigger);

    /// <summary>
    /// "Djibouti hosts foreign military bases", "Lebanon, which hosts a million refugees": the present "hosts" tells what a
    /// place keeps, no visit received; news tells a visit hosted in the past or the progressive ("hosted", "is hosting").
    /// A time clause keeps a scheduled one ("weeks before The Hague hosts a summit"). The read gold sets code none of 14
    /// sentences with "hosts".
    /// </summary>
    private static bool Hosts(Document document, int trigger)
    {
        if (!document.Slice(document.Tokens[trigger].Range).Equals("hosts", StringComparison.OrdinalIgnoreCase))
            return false;
        for (var t = trigger - 1; t >= 0 && trigger - t <= 4; t--)
            if (document.Slice(document.Tokens[t].Range) is "before" or "when" or "until" or "once" or "as" or "after")
                return false;
        return true;
    }

    /// <summary>
    /// "troops stationed in Chad", "soldiers had been stationed on the islands": a placement participle followed by a place
    /// phrase, with no active perfect before it ("has stationed 10,000 soldiers along" keeps the deployment).
    /// </summary>
    private static bool Placed(Document document, int trigger)
    {
        if (trigger + 1 >= document.Tokens.Length || !s_placed.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger].Range))
            || !s_placeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger + 1].Range)))
            return false;
        for (var t = trigger - 1; t >= 0 && t >= trigger - 4; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "been" or "be" or "being")
                return true;
            if (text is "has" or "have" or "had" or "'ve" or "’ve")
                return false; // "has stationed troops in": an active perfect sends them
            if (!Adverb(document, t, text))
                return true; // "troops stationed in", "were stationed in": a participle describing where they are
        }
        return true;
    }

    /// <summary>Participles of a prohibition a person lives under: "who is barred from running".</summary>
    private static readonly FrozenSet<string> s_barred = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "barred", "banned", "disqualified", "prohibited");

    /// <summary>
    /// "Sall, who is barred from seeking a third term, ...", "Machado, who was barred from running, ...": a prohibition told in
    /// a relative clause on a person, with no agent and no time, is the person's standing status, told in passing.
    /// </summary>
    private static bool Barred(Document document, int trigger)
    {
        if (trigger < 2 || trigger + 1 >= document.Tokens.Length || !s_barred.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger].Range)))
            return false;
        // "who is barred by the constitution from seeking a third term": a law is no agent; the bar is the person's standing status
        var byLaw = ByLaw(document, trigger + 1);
        var from = byLaw > 0 ? byLaw : trigger + 1;
        if (from >= document.Tokens.Length || document.Slice(document.Tokens[from].Range) is not "from")
            return false;
        var t = trigger - 1;
        while (t > 0 && trigger - t <= 3 && Adverb(document, t, document.Slice(document.Tokens[t].Range)))
            t--;
        if (document.Slice(document.Tokens[t].Range) is "been" && t > 0 && document.Slice(document.Tokens[t - 1].Range) is "has" or "had" or "have")
            t--;
        if (t < 1 || document.Slice(document.Tokens[t].Range) is not ("is" or "was" or "are" or "were" or "has" or "had" or "have"))
            return false;
        // "Petro is barred from seeking a second term": a present bar on standing for office in a main clause is as standing
        // as one in a relative ("X was barred from running" in a main clause stays the act of barring; "activists are
        // prohibited from leaving Minsk" stays the restriction, 172)
        if (document.Slice(document.Tokens[t - 1].Range) is not ("who" or "which") && byLaw < 0
            && (document.Slice(document.Tokens[t].Range) is not ("is" or "are") || !Candidacy(document, from + 1)))
            return false;
        if (byLaw > 0)
            return true;
        // an agent or a time of its own in the clause makes it an act told again: "who was barred by the court",
        // "who was barred from running on Friday" ("until 2030" is where the standing bar ends, no time of the act)
        var clauseEnd = trigger + 2;
        for (; clauseEnd < document.Tokens.Length && clauseEnd <= trigger + 10; clauseEnd++)
        {
            var text = document.Slice(document.Tokens[clauseEnd].Range);
            if (text is "," or "." or ";" or ":" or "—")
                break;
            if (text is "by")
                return false;
        }
        for (var k = document.FirstTimeFrom(document.Tokens[trigger].End); k < document.Times.Length; k++)
        {
            if (clauseEnd < document.Tokens.Length && document.Times[k].Start >= document.Tokens[clauseEnd].Start)
                return true;
            if (!AfterUntil(document, trigger, clauseEnd, document.Times[k].Start))
                return false;
        }
        return true;
    }

    /// <summary>Verbs of standing for office after "barred from": "seeking a second term", "running", "contesting".</summary>
    private static readonly FrozenSet<string> s_candidacy = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "seeking", "running", "standing", "contesting", "holding", "serving", "re-election", "reelection", "office");

    private static bool Candidacy(Document document, int token) =>
        token < document.Tokens.Length && s_candidacy.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[token].Range));

    /// <summary>Words that name a law, not an agent: "by the constitution", "by constitutional term limits", "the charter bars".</summary>
    private static readonly FrozenSet<string> s_laws = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "constitution", "charter", "law", "laws", "limits", "limit", "statute", "statutes", "provisions", "provision", "rules", "rule");

    /// <summary>Words that may stand between "by" and a law word: "by the country's constitution", "by constitutional term limits".</summary>
    private static readonly FrozenSet<string> s_lawFillers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "its", "his", "her", "their", "country's", "country’s", "constitutional", "electoral", "term", "two-term", "new", "current", "national", "federal");

    /// <summary>The token after a "by"-phrase naming a law that starts at <paramref name="by"/>, or -1: "barred by the constitution from".</summary>
    private static int ByLaw(Document document, int by)
    {
        if (by >= document.Tokens.Length || document.Slice(document.Tokens[by].Range) is not "by")
            return -1;
        for (var t = by + 1; t < document.Tokens.Length && t <= by + 4; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_laws.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return t + 1;
            if (!s_lawFillers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
                return -1;
        }
        return -1;
    }

    /// <summary>Active bars whose subject is a law: "the constitution bars him from running", "whom the constitution bars".</summary>
    private static readonly FrozenSet<string> s_bars = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "bars", "bar", "barred", "bans", "ban", "banned", "prohibits", "prohibit", "prohibited");

    /// <summary>
    /// "the constitution bars him from running again", "Lacalle, whom the constitution bars from serving consecutive terms",
    /// "provisions that bar consecutive terms": a law that bars is a standing rule, not an act anyone did; the court or
    /// the electoral body that bars someone ("the court barred him from running") stays the act.
    /// </summary>
    private static bool LawBars(Document document, int trigger)
    {
        if (trigger < 1 || !s_bars.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger].Range)))
            return false;
        var t = trigger - 1;
        if (document.Slice(document.Tokens[t].Range) is "that" or "which" && t > 0)
            t--;
        return s_laws.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range));
    }

    /// <summary>Whether the time expression starting at <paramref name="start"/> follows "until", "till" or "through": "barred until 2030".</summary>
    private static bool AfterUntil(Document document, int trigger, int clauseEnd, int start)
    {
        for (var t = trigger + 1; t < document.Tokens.Length && t <= clauseEnd; t++)
            if (document.Tokens[t].Start >= start)
                return document.Slice(document.Tokens[t - 1].Range) is "until" or "till" or "through";
        return false;
    }

    /// <summary>Words of a count of many: "dozens of", "scores of", "more than 100".</summary>
    private static readonly FrozenSet<string> s_counts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "dozens", "scores", "hundreds", "thousands", "tens");

    /// <summary>How far after the trigger, in its clause, the count and its "since" may stand.</summary>
    private const int TallyReach = 14;

    /// <summary>
    /// "North Korea has launched more than 100 missiles since the start of 2022", "has fired scores of drones at ships since
    /// November": a present perfect with a count of many objects over a span from a date sums many acts; it is a running
    /// tally, no one act. A count "since the vote" (the story's own news) is the response to it and stays an event, as an
    /// agent's perfect passive toll is read by <see cref="HabitsAndUses.RunningToll"/>.
    /// </summary>
    public static bool Tally(Document document, int trigger)
    {
        if (!PresentPerfect(document, trigger))
            return false;
        var counted = false;
        var end = Math.Min(document.Tokens.Length - 1, trigger + TallyReach);
        for (var t = trigger + 1; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "," or ":" or "—")
                return false;
            if (s_counts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && document.Slice(document.Tokens[t + 1].Range) is "of"
                || document.Tokens[t].Is(TokenShape.Number) && t > trigger + 1 && document.Slice(document.Tokens[t - 1].Range) is "than" or "over" or "least")
                counted = true;
            else if (counted && text.Equals("since", StringComparison.OrdinalIgnoreCase))
                return SinceDate(document, t);
        }
        return false;
    }

    /// <summary>How many words after "since" a date may start: "since the start of 2022".</summary>
    private const int DateReach = 4;

    /// <summary>"since November", "since 2019", "since the start of last year": a time expression, not an event noun ("since the vote").</summary>
    private static bool SinceDate(Document document, int since)
    {
        if (since + 1 >= document.Tokens.Length)
            return false;
        var last = Math.Min(document.Tokens.Length - 1, since + DateReach);
        var i = document.FirstTimeFrom(document.Tokens[since + 1].Start);
        return i < document.Times.Length && document.Times[i].Start < document.Tokens[last].End;
    }

    /// <summary>"has launched", "have also fired": "has"/"have" (not "had") with at most two adverbs before the trigger.</summary>
    private static bool PresentPerfect(Document document, int trigger)
    {
        for (var t = trigger - 1; t >= 0 && t >= trigger - 3; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "has" or "have" or "'ve" or "’ve")
                return true;
            if (!Adverb(document, t, text))
                return false;
        }
        return false;
    }

    private static bool Adverb(Document document, int t, ReadOnlySpan<char> text) =>
        text is "also" or "already" or "now" or "since" or "both" or "all" || document.Tokens[t].Is(TokenShape.Word) && text.EndsWith("ly", StringComparison.Ordinal);
}
