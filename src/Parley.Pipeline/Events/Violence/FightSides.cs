using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Gunmen stormed a border post. Two of them died in the ensuing firefight with the guards.": a fight told by its noun
/// (a gunfight, clashes, fighting: the symmetric violence nouns whose sides come "between" or "with") that names only its
/// "with" side is fought by the one the story's violent act just told paired that side with; "the ensuing clashes", naming no
/// side at all, are fought by both sides of that act. The act must be violence coded with both sides in this sentence or one
/// or two before: sides the text does not give are never made up.
/// </summary>
internal static class FightSides
{
    /// <summary>How many sentences back the violent act may be told (0 is the fight's own sentence).</summary>
    public const int Reach = 2;

    /// <summary>Words that make an unnamed fight follow the act just told: "the ensuing firefight", "subsequent clashes".</summary>
    private static readonly FrozenSet<string> Following = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ensuing", "subsequent", "resulting", "ensued");

    /// <summary>True for a symmetric violence noun: an ASSAULT noun whose sides come "between" them.</summary>
    public static bool IsFightNoun(EventPattern pattern) =>
        pattern.Kind == TriggerKind.Noun && pattern.Plover == "ASSAULT" && pattern.Source == SourceSlot.Between;

    /// <summary>
    /// The side the recent violent act set against <paramref name="withSide"/> (the fight's named side), or null when no
    /// violent act of the last <see cref="Reach"/> sentences had that side (same entity, or same country and sector) and another.
    /// </summary>
    public static EventActor? Foe(IReadOnlyList<EventActor> withSide, DiscourseContext context, Func<int, EventActor?> resolve)
    {
        if (withSide.Count == 0)
            return null;
        return OtherSide(context, resolve, Reach, a => Same(a, withSide), a => !Same(a, withSide));
    }

    /// <summary>
    /// The side set against <paramref name="ours"/> in the latest violent act of the last <paramref name="reach"/> sentences
    /// that had one side <paramref name="ours"/> accepts and, on the other, one <paramref name="theirs"/> accepts; null if none.
    /// </summary>
    internal static EventActor? OtherSide(DiscourseContext context, Func<int, EventActor?> resolve, int reach, Predicate<EventActor> ours,
        Predicate<EventActor> theirs)
    {
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var (source, target, plover, sentence) = context.Acts[i];
            if (context.Sentence - sentence > reach)
                return null;
            if (plover != "ASSAULT")
                continue;
            var sides = (Sides(source, resolve), Sides(target, resolve));
            if (sides.Item1.Exists(ours) && sides.Item2.Find(theirs) is { } foe)
                return foe;
            if (sides.Item2.Exists(ours) && sides.Item1.Find(theirs) is { } attacker)
                return attacker;
        }
        return null;
    }

    /// <summary>
    /// "the ensuing clashes", "in the subsequent fighting": a fight that follows, naming no side, is fought by both sides of the
    /// violent act told last (in this sentence or the <see cref="Reach"/> before), or null.
    /// </summary>
    public static (EventActor First, EventActor Second)? Ensuing(Document document, Sentence sentence, TriggerMatch trigger, DiscourseContext context, Func<int, EventActor?> resolve)
    {
        if (!AfterFollowing(document, sentence, trigger.FirstToken))
            return null;
        for (var i = context.Acts.Count - 1; i >= 0; i--)
        {
            var (source, target, plover, s) = context.Acts[i];
            if (context.Sentence - s > Reach)
                return null;
            if (plover != "ASSAULT")
                continue;
            var first = Sides(source, resolve).FirstOrDefault();
            var second = first is null ? null : Sides(target, resolve).Find(a => !Same(a, [first]));
            return second is null ? null : (first!, second);
        }
        return null;
    }

    /// <summary>"the ensuing firefight", "the ensuing heavy fighting": a word of following at most two words before the noun.</summary>
    private static bool AfterFollowing(Document document, Sentence sentence, int noun)
    {
        for (var t = noun - 1; t >= sentence.FirstToken && t >= noun - 2; t--)
            if (Following.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>The actors a group of mentions resolves to, in order (those that resolve to none left out).</summary>
    private static List<EventActor> Sides(int[] mentions, Func<int, EventActor?> resolve)
    {
        var sides = new List<EventActor>(mentions.Length);
        foreach (var m in mentions)
            if (resolve(m) is { } actor)
                sides.Add(actor);
        return sides;
    }

    /// <summary>
    /// The same side: one code ("police" and "special police units" of one country), and one entity when the code has no
    /// country. "Chadian rebels" and "the Chadian army" share an entity, the country, but are two sides.
    /// </summary>
    private static bool Same(EventActor actor, IReadOnlyList<EventActor> side)
    {
        foreach (var a in side)
            if (a.Code == actor.Code && (a.Code.Country.Length > 0 || a.Entity == actor.Entity))
                return true;
        return false;
    }
}
