using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Chile struck two villages in Bolivia. Peru fired rockets at Bolivian posts. Argentina condemned the strikes": the deed a
/// verdict's definite noun retells is, first, the story's latest act of its kinds told by a word of the noun's family
/// (<see cref="DeedFamilies"/>: Chile's "struck", not Peru's rockets), whatever that act was aimed at (a place, a thing); only
/// when none was is it the latest act of its kinds (<see cref="JudgedActs.LatestAuthor"/>).
/// </summary>
internal static class RetoldDeeds
{
    /// <summary>How many sentences back the act a deed noun retells may have been told.</summary>
    private const int Reach = 12;

    /// <summary>
    /// The doer's mentions of the act the deed noun at <paramref name="noun"/> retells, by another side than the judge's
    /// (<paramref name="judgeSide"/>) and against the victim the phrase names (<paramref name="fitsVictim"/>); [] when none.
    /// </summary>
    public static int[] Author(Document document, DiscourseContext context, int noun, string[] kinds, Func<int[], bool> judgeSide, Func<int[], bool> fitsVictim) =>
        Author(document, context, noun, kinds, null, judgeSide, fitsVictim);

    /// <summary>
    /// As above, with the act sought no more than <paramref name="reach"/> sentences back when given: a refused ask answers
    /// what a partner asked lately (<see cref="DiscourseContext.CounterpartReach"/>), not an ask the story has moved on from.
    /// </summary>
    public static int[] Author(Document document, DiscourseContext context, int noun, string[] kinds, int? reach, Func<int[], bool> judgeSide, Func<int[], bool> fitsVictim)
    {
        var key = DeedFamilies.Key(document.Slice(document.Tokens[noun].Range).ToString());
        var found = Named(document, context, kinds, judgeSide, fitsVictim, key) is { Length: > 0 } named ? named
            : JudgedActs.LatestAuthor(document, context, kinds, judgeSide, fitsVictim) is { Length: > 0 } latest ? latest
            : Aimed(document, context, kinds, judgeSide, fitsVictim);
        return found.Length > 0 && reach is { } r && context.Sentence - SentenceOf(document, context, found) > r ? [] : found;
    }

    /// <summary>The index of the sentence that holds the doer's first mention (the deed's own sentence: its source was read there).</summary>
    private static int SentenceOf(Document document, DiscourseContext context, int[] doer)
    {
        var start = document.Mentions[doer[0]].Start;
        for (var k = 0; k < document.Sentences.Length; k++)
            if (document.Sentences[k].Start <= start && start < document.Sentences[k].End)
                return k;
        return context.Sentence;
    }

    /// <summary>
    /// Round 47: the doer's mentions of the latest deed of <paramref name="kinds"/> within <see cref="Reach"/> sentences whose other
    /// side was found only once the sentence was read ("Chilean troops pressed on, battling gunmen in the camp": the gunmen are the
    /// foe the coder found, not the verb's object), so that the pair was never noted as an act; [] when none. Such a deed still
    /// counts only when it was aimed at a named side, as <see cref="JudgedActs.LatestAuthor"/> requires.
    /// </summary>
    private static int[] Aimed(Document document, DiscourseContext context, string[] kinds, Func<int[], bool> judgeSide, Func<int[], bool> fitsVictim)
    {
        for (var i = context.Deeds.Count - 1; i >= 0; i--)
        {
            var (e, sentence) = context.Deeds[i];
            if (context.Sentence - sentence > Reach)
                break;
            if (Array.IndexOf(kinds, e.Plover) < 0)
                continue;
            var (doer, struck) = (MentionsOf(document, e.Source), MentionsOf(document, e.Target));
            if (doer.Length > 0 && struck.Length > 0 && !judgeSide(doer) && fitsVictim(struck))
                return doer;
        }
        return [];
    }

    /// <summary>
    /// The doer's mentions of the latest deed of <paramref name="kinds"/> within <see cref="Reach"/> sentences told by a word of
    /// <paramref name="family"/>; a deed aimed at nobody named (a place, a building) counts too. The latest deed of the kinds told
    /// by another word is left to <see cref="JudgedActs.LatestAuthor"/>, which counts only deeds aimed at a named side: a deed
    /// of no named target and another word is too often background ("an airstrike on its consulate weeks ago").
    /// </summary>
    private static int[] Named(Document document, DiscourseContext context, string[] kinds, Func<int[], bool> judgeSide, Func<int[], bool> fitsVictim, string family)
    {
        for (var i = context.Deeds.Count - 1; i >= 0; i--)
        {
            var (e, sentence) = context.Deeds[i];
            if (context.Sentence - sentence > Reach)
                break;
            if (Array.IndexOf(kinds, e.Plover) < 0 || !DeedFamilies.Shares(document, e.Trigger, family))
                continue;
            // "struck a residential compound" then "condemned the strikes on Doha": a deed of the noun's family whose target was read
            // with no mention of its own (a place, a building) is not held to the victim the verdict names; its word already ties it
            var (doer, struck) = (MentionsOf(document, e.Source), MentionsOf(document, e.Target));
            if (doer.Length > 0 && !judgeSide(doer) && (struck.Length == 0 || fitsVictim(struck)))
                return doer;
        }
        return [];
    }

    /// <summary>The mentions the actors were read from (an actor with no mention of its own, such as a state inferred, is left out).</summary>
    private static int[] MentionsOf(Document document, IReadOnlyList<EventActor> actors)
    {
        var mentions = new List<int>(actors.Count);
        foreach (var a in actors)
        {
            var m = document.MentionOver(a.Range.Start, a.Range.End);
            if (m >= 0 && document.Mentions[m].Entity == a.Entity)
                mentions.Add(m);
        }
        return [.. mentions];
    }
}
