using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Clashes broke out between Indian and Chinese troops ... India's army said 20 of its troops were killed in those clashes",
/// "... nine Chinese soldiers had been killed": a toll of combatants (soldiers, troops, fighters, militants) that names no
/// doer tells what the foe of their side did to it. Their side is the actor the victims' words name ("Chinese soldiers"),
/// or, for "its" or "their" soldiers, the one named last before them (the army that reports its own dead); the foe is the
/// other country of the latest violence of the story, told at most <see cref="Reach"/> sentences before, that had their
/// side on one of its two sides. Civilians killed name no foe (who killed them is not told), nor does a toll with no
/// violence before it: sides the text does not give are never made up.
/// </summary>
internal static class FallenSides
{
    /// <summary>How many sentences back the violence the toll belongs to may be told.</summary>
    public const int Reach = 4;

    /// <summary>How many words before the participle the combatants' noun may stand ("23 of its soldiers were killed").</summary>
    private const int NounReach = 8;

    /// <summary>The foe who struck and the side that fell, or null.</summary>
    public static (EventActor Attacker, EventActor Fallen)? Of(Document document, Sentence sentence, TriggerMatch trigger, int[] victims,
        DiscourseContext context, Func<int, EventActor?> resolve)
    {
        if (Combatants(document, sentence, trigger.FirstToken) is not var (noun, possessive))
            return null;
        var fallen = Side(document, sentence, victims, noun, possessive, resolve);
        if (fallen is null || fallen.Code.Country is not { Length: 3 } home || home is "IGO" or "NGO" or "MNC" or "---")
            return null;
        return FightSides.OtherSide(context, resolve, Reach, a => a.Code.Country == home, a => Foreign(a, home)) is { } foe
            ? (foe, fallen) : null;
    }

    private static bool Foreign(EventActor a, string home) => a.Code.Country is { Length: 3 } c && c != home && c is not ("---" or "IGO" or "NGO" or "MNC");

    /// <summary>The fallen side: a victims' mention that is an actor, else the actor named last before "its" or "their".</summary>
    private static EventActor? Side(Document document, Sentence sentence, int[] victims, int noun, bool possessive, Func<int, EventActor?> resolve)
    {
        foreach (var m in victims)
            if (resolve(m) is { } actor)
                return actor;
        // "its soldiers": the actor named last before them; "20 Chinese soldiers": a demonym inside the victims' phrase
        var mentions = document.Mentions;
        var from = possessive ? sentence.Range.Start : document.Tokens[Math.Max(sentence.FirstToken, noun - 3)].Start;
        EventActor? named = null;
        for (var m = 0; m < mentions.Length && mentions[m].Start < document.Tokens[noun].Start; m++)
            if (mentions[m].Start >= from && resolve(m) is { } actor)
                named = actor;
        return named;
    }

    /// <summary>The combatants' noun before the participle in its clause, and whether "its" or "their" owns it; null when none.</summary>
    private static (int Noun, bool Possessive)? Combatants(Document document, Sentence sentence, int participle)
    {
        for (var t = participle - 1; t >= sentence.FirstToken && t >= participle - NounReach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (RepressedPeople.ClauseEdgeBefore(word))
                return null;
            if (s_people.Contains(word))
                return null; // "soldiers and civilians were killed": who killed the civilians is not told
            if (!s_combatants.Contains(word))
                continue;
            var possessive = false;
            for (var p = t - 1; p >= sentence.FirstToken && p >= t - 3; p--)
                possessive |= document.Slice(document.Tokens[p].Range) is "its" or "their" or "our";
            return (t, possessive);
        }
        return null;
    }

    /// <summary>Nouns of those who bear arms for a side.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_combatants = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "soldier", "soldiers", "troops", "fighters", "militants", "servicemen", "personnel", "rebels", "insurgents", "guards",
        "peacekeepers", "militiamen", "commandos", "marines", "sailors", "pilots", "paratroopers", "policemen", "combatants")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> names unarmed people ("civilians", "passengers", "villagers"): no fight's side, those violence befalls.</summary>
    public static bool IsUnarmed(ReadOnlySpan<char> word) => s_people.Contains(word);

    /// <summary>Nouns of unarmed people: a toll that counts them names no fight's side.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_people = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "civilians", "people", "residents", "villagers", "children", "women", "passengers", "workers").GetAlternateLookup<ReadOnlySpan<char>>();
}
