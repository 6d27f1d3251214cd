using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A guard on the story-level finishers (<c>+target.story</c>, <c>+target.unnamed</c>, <c>+target.victim</c>): a state does
/// not expel, deport, sanction or cut its ties with its own country as a whole. "Immigration agents deported the men" in a
/// story about the United States, "the president waged a tariff fight" with no partner named: the finisher would give the
/// source's own country as the target (a bare country, or the state's own name coded as its people), which says nothing
/// about whom the act is aimed at. The target is left empty instead (a missing target is no wrong side).
/// </summary>
/// <remarks>
/// Only acts that cross a border by what they are: expulsion and deportation (174), embargoes, sanctions and tariffs (163)
/// and the other cuts in relations (16x). Other acts of a state at home are left alone: coders of the read sets give "the
/// government imposed a curfew", "police detained 400", "the ministry denied the charges" a target of the same country
/// (its people, its opposition), which the bare country finds at country level (71 found events of this shape on the 42
/// read sets, against 17 whose gold names another side). Only a mention of the state itself, bare (no sector) or coded as
/// its people ("the United States" read as USACVL), is taken away: a side with a sector, people named by what they are
/// ("the senator was expelled from her party", "several people were deported": a coder gives them their country) and any
/// act of a non-state source stay. Round 18's <c>+target.self</c> advice (never make the source its own target) in the
/// form round 19 of the VOA review proposed, kept to the act families where the read sets never code it so.
/// </remarks>
internal static class OwnStateTargets
{
    /// <summary>The rule suffixes of the story-level finishers this guard reads after.</summary>
    private static readonly string[] StoryFinishers = ["+target.story", "+target.unnamed", "+target.victim"];

    /// <summary>
    /// Removes from <paramref name="target"/> each side that is <paramref name="source"/>'s own country as a whole, when the act
    /// (<paramref name="cameo"/>) crosses a border by what it is, every source is that one state (a state body or the bare
    /// country) and <paramref name="rule"/> says a story-level finisher filled the target; returns how many it removed.
    /// </summary>
    public static int Strip(Document document, List<EventActor> source, List<EventActor> target, string rule, string cameo)
    {
        if (target.Count == 0 || source.Count == 0 || !CrossesBorder(cameo) || !FilledByStory(rule)
            || source[0].Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "IMG" or "---"
            || !source.TrueForAll(a => a.Code.Country == home && (a.Code.Sector is null || Sectors.IsState(a.Code.Sector))))
            return 0;
        return target.RemoveAll(t => t.Code.Country == home && t.Code.Sector is null or "CVL" && NamesState(document, t));
    }

    /// <summary>Expelling or deporting (174) and reducing relations (16x: cutting ties, aid, talks; embargoes, sanctions, tariffs).</summary>
    private static bool CrossesBorder(string cameo) =>
        cameo.StartsWith("174", StringComparison.Ordinal) || cameo.StartsWith("16", StringComparison.Ordinal);

    /// <summary>Whether a story-level finisher gave a side in <paramref name="rule"/>.</summary>
    private static bool FilledByStory(string rule)
    {
        foreach (var suffix in StoryFinishers)
            if (rule.Contains(suffix, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>
    /// "the United States", bare or coded as its people: the side's words are a mention of the state itself, not a people
    /// word or a title ("measures against women", "the senator" keep their side, though they resolve to the state too).
    /// </summary>
    private static bool NamesState(Document document, EventActor actor)
    {
        if (document.Entities[actor.Entity].KbKey?.StartsWith("country:", StringComparison.Ordinal) != true)
            return false;
        foreach (var m in document.Mentions)
            if (m.Entity == actor.Entity && m.Start >= actor.Range.Start && m.End <= actor.Range.End) // "the United States" holds "United States"
                return true;
        return false;
    }
}
