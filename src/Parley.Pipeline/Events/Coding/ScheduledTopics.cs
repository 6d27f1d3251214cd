using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whether a later future or hypothetical act with no date of its own is about the story's last scheduled event, and so
/// takes its time, place and other side: it is when the act shares one of that event's actors (the same person or body at
/// any distance; the same country within <see cref="Reach"/> sentences), or names the event by a definite encounter noun
/// ("at the meeting", "during the visit", "the talks"). "Separately, Peru said it would work with Bolivia" after "Chile's
/// minister will meet Argentina's on Wednesday" shares neither and keeps its own time. A sentence that opens by marking a
/// new topic ("Separately", "Meanwhile", "In other news") is about the event only when it names it.
/// </summary>
internal static class ScheduledTopics
{
    /// <summary>How many sentences after the announcement an act of the same country (not the same actor) is still about it.</summary>
    public const int Reach = 6;

    /// <summary>Nouns for an encounter that a definite phrase ("the talks", "their meeting", "this visit") refers back to.</summary>
    private static readonly FrozenSet<string> EncounterNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "meeting", "meetings", "talks", "visit", "trip", "tour", "summit", "session", "conference", "discussion", "discussions",
        "negotiations", "gathering", "forum", "call", "encounter", "sidelines", "margins", "ceremony", "hearing", "vote", "election");

    /// <summary>Words that make the noun after them (within two words) a reference back: "the two-day summit", "their first meeting".</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "this", "that", "these", "their", "his", "her", "its", "our", "'s", "’s");

    /// <summary>Sentence openers that mark a new topic.</summary>
    private static readonly FrozenSet<string> TopicShifts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Separately", "Meanwhile", "Elsewhere", "Separate");

    /// <summary>
    /// Whether the act with argument mentions <paramref name="source"/> and <paramref name="target"/> in
    /// <paramref name="sentence"/> (index <paramref name="current"/>) is about <paramref name="scheduled"/>, announced in
    /// sentence <paramref name="announced"/>.
    /// </summary>
    public static bool About(Document document, Sentence sentence, CodedEvent scheduled, int announced, int current, int[] source, int[] target)
    {
        if (NamesEncounter(document, sentence))
            return true;
        if (OpensNewTopic(document, sentence))
            return false;
        var near = current - announced <= Reach;
        foreach (var m in source.Concat(target))
        {
            var entity = document.Mentions[m].Entity;
            if (entity < 0)
                continue;
            foreach (var a in scheduled.Source.Concat(scheduled.Target))
            {
                if (a.Entity == entity)
                    return true;
                if (near && document.Entities[entity].Actor is { Country: { Length: 3 } country } && country != "---" && a.Code.Country == country)
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="scheduled"/> is still to come at publication: a future act dated before it ("Ghana expects
    /// Togo to hand over the suspects, the police said Monday" in Tuesday's story) was dated by its telling, and is
    /// no plan whose details later acts share.
    /// </summary>
    public static bool Ahead(CodedEvent scheduled, Publication? published) =>
        published is not { } p || TimeValue.Period(scheduled.Time.Value) is not { } period || period.Last >= p.Date;

    /// <summary>"at the meeting", "during their visit", "ahead of the talks": a definite encounter noun in the sentence.</summary>
    public static bool NamesEncounter(Document document, Sentence sentence)
    {
        var tokens = document.Tokens;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!EncounterNouns.Contains(document.Slice(tokens[t].Range).ToString()))
                continue;
            for (var d = t - 1; d >= sentence.FirstToken && d >= t - 3; d--)
                if (Determiners.Contains(document.Slice(tokens[d].Range).ToString()))
                    return true;
        }
        return false;
    }

    /// <summary>"Separately, ...", "Meanwhile, ...", "In other news, ...": the sentence turns to another matter.</summary>
    private static bool OpensNewTopic(Document document, Sentence sentence)
    {
        if (sentence.TokenCount == 0)
            return false;
        var tokens = document.Tokens;
        var first = document.Slice(tokens[sentence.FirstToken].Range);
        if (TopicShifts.Contains(first.ToString()))
            return true;
        return first is "In" && sentence.TokenCount > 2 && document.Slice(tokens[sentence.FirstToken + 1].Range) is "other" or "a"
            && document.Slice(tokens[sentence.FirstToken + 2].Range) is "news" or "separate";
    }
}
