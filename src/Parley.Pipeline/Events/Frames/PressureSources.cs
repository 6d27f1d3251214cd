using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "bowed to pressure from Western donors", "refused to freeze settlements despite pressure from Washington", "ruled out a
/// pardon, brushing aside calls from Britain": a refusal or a concession that names no one answers the one whose pressure,
/// calls or demands its sentence names.
/// </summary>
internal static class PressureSources
{
    /// <summary>Words that name pressure put on someone, before the "from" or "by" of whoever put it.</summary>
    private static readonly FrozenSet<string> Pressures = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "pressure", "pressures", "calls", "call", "demands", "demand", "appeals", "appeal", "requests", "request", "pleas", "plea",
        "urging", "entreaties", "ultimatum", "objections", "protests", "criticism", "insistence");

    /// <summary>How many words a pressure word may stand before its "from" or "by" ("pressure to quit from inside the cabinet" is not one).</summary>
    private const int Reach = 1;

    /// <summary>
    /// The actors named after "pressure from", "calls by", ... in the sentence (a group, or a capital left as a place: "pressure
    /// from Washington"), other than the source's; null when there are none.
    /// </summary>
    public static int[]? Of(Document document, KnowledgeBase kb, Sentence sentence, List<ActorGroup> groups, int[] source, List<EventActor> sourceActors, out EventActor? capital)
    {
        capital = null;
        for (var t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
        {
            if (!Pressures.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                continue;
            for (var p = t + 1; p <= t + Reach && p + 1 < sentence.EndToken; p++)
            {
                if (document.Slice(document.Tokens[p].Range) is not ("from" or "by"))
                    continue;
                if (GroupSearch.GroupOrWhole(document, groups, p + 1, 3) is { } g && !g.Mentions.Any(source.Contains))
                    return g.Mentions;
                if ((capital = TargetCapitals.At(document, kb, document.Tokens[p + 1].Start, sourceActors, out _)) is not null)
                    return [];
            }
        }
        return null;
    }

    /// <summary>
    /// "turned down a request from the regional government", "rejected calls by Quebec's premier": the one who pressed, named
    /// by what it is after "pressure from", "calls by", ...; null when no such phrase follows a pressure word.
    /// </summary>
    public static EventActor? Unnamed(Document document, KnowledgeBase kb, Sentence sentence, string plover, List<EventActor> source)
    {
        // A presser of the source's own country and sector is still another side ("the regional government" asking the national
        // one), so the source is passed without its sector: only its country places the phrase.
        var placing = source.ConvertAll(a => a with { Code = a.Code with { Sector = null } });
        var pressures = Pressures.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
            if (pressures.Contains(document.Slice(document.Tokens[t].Range)) && document.Slice(document.Tokens[t + 1].Range) is "from" or "by"
                && UnnamedTargets.PhraseAt(document, kb, sentence, t + 2, plover, placing) is { } presser)
                return presser;
        return null;
    }
}
