using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Rockets fired by Hamas hit Sderot", "a bomb planted by the IRA exploded", "mortar shells fired by Serb forces": a weapon
/// named with the participle of its use and "by" is its user's attack. The one named after "by" is the attacker, never the
/// target of the weapon's blow.
/// </summary>
internal static class WeaponAgents
{
    private static readonly FrozenSet<string> Weapons = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bomb", "bombs", "rocket", "rockets", "missile", "missiles", "shell", "shells", "mortar", "mortars", "grenade", "grenades",
        "mine", "mines", "landmine", "landmines", "drone", "drones", "explosive", "explosives", "device", "devices", "IED", "IEDs",
        "projectile", "projectiles", "bullet", "bullets", "artillery", "munitions", "torpedo", "torpedoes");

    /// <summary>Participles of a weapon's use; "set" takes "off" after it.</summary>
    private static readonly FrozenSet<string> Uses = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fired", "launched", "planted", "set", "detonated", "dropped", "thrown", "lobbed", "placed", "hurled", "laid", "used", "triggered", "flown", "sent");

    /// <summary>How far after the weapon word its "by" may stand: "shells fired from the hills by Serb forces".</summary>
    private const int ByReach = 6;

    /// <summary>The group after "by" that used the weapon of trigger <paramref name="trigger"/>'s clause, or null.</summary>
    public static ActorGroup? Of(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups, int clauseStart)
    {
        for (var w = Math.Max(clauseStart, sentence.FirstToken); w < trigger.EndToken && w + 2 < sentence.EndToken; w++)
            // the user is named before the act it struck with ("Rockets fired by Hamas hit"), or inside its words, not in an object after the verb
            if (UserAt(document, w, sentence.EndToken, groups) is { } user && (user.EndToken <= trigger.EndToken || w >= trigger.FirstToken))
                return user;
        return null;
    }

    /// <summary>
    /// The group named after "by" when token <paramref name="w"/> is a weapon told with the participle of its use ("rockets
    /// fired by Hamas", "a bomb planted in the market by rebels"); null when it is not.
    /// </summary>
    public static ActorGroup? UserAt(Document document, int w, int end, List<ActorGroup> groups)
    {
        if (w + 2 >= end || !Weapons.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[w].Range))
            || !Uses.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[w + 1].Range)))
            return null;
        for (var by = w + 2; by < end && by <= w + ByReach; by++)
        {
            var word = document.Slice(document.Tokens[by].Range);
            if (word is "," or ";" or ".")
                return null;
            if (word is "by")
                return GroupSearch.GroupStartingNear(groups, by + 1, 2);
        }
        return null;
    }
}
