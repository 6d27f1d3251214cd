using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Dozens of people were killed by riot police", "police shot dead six of its members": the police killing or
/// wounding people that no actor names (a count of people, civilians, supporters, residents) repress the police's own
/// people (CAMEO 175), as they do when they fire on named protesters; the victims are that country's civilians. Troops do
/// so only in a sentence that tells a protest (soldiers also fight armed men). Victims named as armed (militants, gunmen,
/// soldiers, suspects) are no civilians: the act is left to its sides.
/// </summary>
internal static class RepressedPeople
{
    /// <summary>How many words the victims' noun may stand from the act ("at least eight of its supporters had been shot dead").</summary>
    private const int Reach = 8;

    /// <summary>The civilians of the forces' country the act struck, named by the victims' noun, or null.</summary>
    public static EventActor? Victims(Document document, Sentence sentence, TriggerMatch act, List<EventActor> source)
    {
        if (source.Count == 0 || !source.TrueForAll(a => a.Code.Sector is "COP" or "MIL" && ViolenceCodes.IsStateForce(a)))
            return null;
        var country = source[0].Code.Country;
        if (!source.TrueForAll(a => a.Code.Country == country) || !source.TrueForAll(a => a.Code.Sector == "COP") && !ViolenceCodes.ProtestTold(document, sentence))
            return null;
        if ((Undergoers.IsPassive(document, act) ? Before(document, sentence, act.FirstToken) : After(document, sentence, act.EndToken)) is not { } noun)
            return null;
        var range = document.Tokens[noun].Range;
        return new EventActor(range, Jurisdictions.StateEntity(document, country) ?? source[0].Entity, document.TextOf(range), new ActorCode(country, "CVL"), null);
    }

    /// <summary>The passive's victims before the act, in its clause: "700 people had been killed".</summary>
    private static int? Before(Document document, Sentence sentence, int act)
    {
        int? found = null;
        for (var t = act - 1; t >= sentence.FirstToken && t >= act - Reach; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (ClauseEdgeBefore(word))
                break;
            if (s_armed.Contains(word))
                return null;
            found ??= s_people.Contains(word) ? t : null;
        }
        return found;
    }

    /// <summary>
    /// A word that ends a passive's clause read back from its participle ("police said | 700 people had been killed"): a
    /// comma, a colon or semicolon, a verb of saying, "that", or a conjunction of time. Also read by <see cref="FallenSides"/>.
    /// </summary>
    internal static bool ClauseEdgeBefore(ReadOnlySpan<char> word) =>
        word is "," or ";" or ":" or "that" or "when" or "after" or "while" || ReportingVerbs.IsSay(word);

    /// <summary>The active's victims after the act, in its clause: "shot dead six of its members".</summary>
    private static int? After(Document document, Sentence sentence, int end)
    {
        for (var t = end; t < sentence.EndToken && t < end + Reach; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is "," or ";" or ":" or "." or "in" or "during" or "on" or "at" or "near" or "after" or "as" or "when" or "while" or "and" or "with")
                return null;
            if (s_armed.Contains(word))
                return null;
            if (s_people.Contains(word))
                return t;
        }
        return null;
    }

    /// <summary>Nouns of unarmed people counted as victims.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_people = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "people", "persons", "civilians", "protesters", "protestors", "demonstrators", "marchers", "supporters", "members", "students",
        "residents", "villagers", "worshippers", "mourners", "activists", "children", "women", "youths", "bystanders", "voters",
        "farmers", "workers", "teenagers", "pupils").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Nouns of people who bear arms or are hunted as criminals: their killing is no repression of civilians.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_armed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "soldiers", "troops", "militants", "fighters", "gunmen", "rebels", "insurgents", "jihadists", "attackers", "assailants", "suspects",
        "criminals", "gangsters", "robbers", "bandits", "terrorists", "militiamen", "combatants", "officers", "policemen", "guards",
        "armed", "gang", "gangs", "kidnappers", "smugglers", "traffickers").GetAlternateLookup<ReadOnlySpan<char>>();
}
