using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Violence by a crowd is a riot, not an assault: when those who attack, storm, burn or ransack are named as a civilian
/// crowd (crowds, a mob, protesters, demonstrators, rioters, students, supporters, farmers, residents), CAMEO codes the
/// act as violent protest (145, PLOVER PROTEST) whatever place or office it strikes (an embassy, a police station, a
/// party's offices, a palace). Armed men, police, troops and settlers are no crowd and keep 18x/19x or 17x; an act on
/// people's bodies (killing, shooting, lynching) and violence aimed only at unarmed people (villagers, journalists,
/// refugees) stay assault, which is what the codebook calls them. Part of <see cref="WhoActs"/>, which calls it first.
/// </summary>
internal static class CrowdViolence
{
    /// <summary>The riot the act is when a crowd does it, or null when the act keeps its own code.</summary>
    public static (string Plover, string Cameo, string? Mode)? Riot(Document document, TriggerMatch trigger, string plover, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (source.Count == 0 || !(plover == "ASSAULT" && cameo is not ("181" or "186") || plover == "COERCE" && cameo.StartsWith("171", StringComparison.Ordinal)))
            return null;
        if (!source.TrueForAll(a => IsCrowd(document, a)))
            return null;
        if (target.Count > 0 && target.TrueForAll(a => a.Code.Sector is { } sector && s_people.Contains(sector)))
            return null; // "protesters beat up two journalists": violence against unarmed people is assault, not protest
        for (var t = trigger.FirstToken; t < trigger.EndToken; t++)
            if (s_bodily.Contains(document.Slice(document.Tokens[t].Range)))
                return null; // "a mob lynched a suspect", "rioters killed a policeman": harm to bodies stays assault
        return ("PROTEST", "145", "riot");
    }

    /// <summary>
    /// A side named as a crowd: its words hold a crowd noun and it bears no arms (no forces, police, rebels or unidentified
    /// gunmen: "supporters of the militia" are REB and fight).
    /// </summary>
    private static bool IsCrowd(Document document, EventActor actor)
    {
        if (Sectors.IsArmed(actor.Code.Sector) || Sectors.IsState(actor.Code.Sector))
            return false;
        var words = document.Slice(actor.Range);
        while (!words.IsEmpty)
        {
            var end = words.IndexOfAny(' ', '-', ',');
            var word = end < 0 ? words : words[..end];
            if (s_crowds.Contains(word))
                return true;
            words = end < 0 ? [] : words[(end + 1)..];
        }
        return false;
    }

    /// <summary>Nouns that name a civilian crowd as the doer.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_crowds = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        [.. ProtestWords.Crowds, "crowd", "crowds", "mob", "mobs", "supporters", "students", "youths", "farmers", "residents"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Sectors of unarmed people: violence aimed only at them is an assault on them.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_people = FrozenSet.Create(StringComparer.Ordinal,
        "CVL", "REF", "REL", "JRN", "MED", "HLH", "HRI", "EDU", "LAB", "AGR").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of harm to people's bodies.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_bodily = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "kill", "kills", "killed", "killing", "murder", "murdered", "murdering", "lynch", "lynched", "lynching", "behead", "beheaded",
        "shoot", "shot", "shooting", "stab", "stabbed", "stabbing", "wound", "wounded", "wounding", "injure", "injured", "injuring",
        "massacre", "massacred", "rape", "raped", "beat", "beaten", "beating", "hack", "hacked").GetAlternateLookup<ReadOnlySpan<char>>();
}
