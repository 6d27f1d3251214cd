using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// The CAMEO root of violence by the codebook, decided once the sides are known. CAMEO draws the line between 18 ASSAULT
/// (unconventional violence) and 19 FIGHT (conventional military force) by the means and the actors, not by the verb:
/// <list type="bullet">
/// <item>the means named at the act: an air strike or a drone (195) and shelling, rockets or artillery (194) are weapons of
/// war whoever uses them; a bomb, a blast or a grenade is a non-military bombing (183, 1831 with a suicide attacker) unless a
/// state's forces drop it (195);</item>
/// <item>an attack named as terror ("a terrorist attack") is unconventional violence (180) by its name;</item>
/// <item>a state's police or troops striking, firing on or clashing with its own protesters use violent repression (175);</item>
/// <item>otherwise an attack, a killing or a shooting that strikes only people who bear no arms (civilians, the press,
/// students, clergy, workers) is unconventional violence (180), and so is one by militants, gunmen or unidentified attackers
/// (REB, UAF) that strikes no armed side; between armed sides it stays the pattern's 190 or 193.</item>
/// </list>
/// Combat words (clash, fight, battle, offensive, invasion, hostilities) always name conventional fighting and are left
/// alone, as is any pattern whose own code already names the means (181 abduct, 182 beat, 186 assassinate, 192 occupy).
/// A violent act told again by a definite nominal ("the bombing killed 11 people") is no new event (<see cref="ViolenceRetold"/>).
/// </summary>
internal static class ViolenceCodes
{
    /// <summary>
    /// The code <paramref name="cameo"/> becomes for its means and its sides, or null when the act only tells again violence
    /// the story already reported. <paramref name="act"/> is the trigger that names the violence (a frame's act, or the trigger).
    /// </summary>
    public static string? Decide(Document document, int s, Sentence sentence, TriggerMatch act, bool framed, string plover, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (plover != "ASSAULT")
            return cameo;
        if (!framed && ViolenceRetold.Retold(document, s, sentence, act))
            return null;
        if (cameo is not ("190" or "193"))
            return cameo;
        // "claimed responsibility for the kidnapping", "took credit for the assassination": the act named is the code.
        if (NamedAct(document, act) is { } named)
            return named;
        // "security forces clashed with protesters", "police shot dead two demonstrators": a state's forces turning violence on its
        // own protesters is violent repression (175), whatever the verb; an air strike or shelling keeps its means below.
        if (Repression(document, sentence, act, source, target))
            return "175";
        // "dozens of people were killed by riot police", "police shot dead five of its members": the police's killing of
        // people no actor names is repression of the police's own people, aimed at them (175; RepressedPeople).
        // A target with no sector (a place of the scene, "in Conakry", or the story's state read for no one named) stands for the people struck there.
        if (target.TrueForAll(a => a.Code.Sector is null) && RepressedPeople.Victims(document, sentence, act, source) is { } people
            && target.TrueForAll(a => a.Code.Country == people.Code.Country))
        {
            target.Clear();
            target.Add(people);
            return "175";
        }
        // "the navy said it downed two hostile drones" ("shot down"): downing an aircraft is air defence, conventional force whoever
        // flies it (the aircraft's country is no unarmed victim); a passenger plane shot down stays with the sides below.
        if (ShotDown(document, sentence, act))
            return "190";
        if (!IsStrike(document, act))
            return WeaponSent(document, act) ?? cameo;
        // "coast guard crews armed with knives and axes boarded the boats, injuring a sailor", "beat them with clubs": blades,
        // clubs and stones are no weapons of war; their violence is physical assault (182; a killing with them 1823)
        if (Melee(document, sentence, act))
            return document.Slice(document.Tokens[act.FirstToken].Range).StartsWith("kill", StringComparison.OrdinalIgnoreCase) ? "1823" : "182";
        var stateSide = source.Count > 0 && source.TrueForAll(IsStateForce);
        switch (Means(document, sentence, act, source.Count == 0))
        {
            case Weapon.Strike when stateSide:
                return cameo; // "Israeli strikes on Gaza killed 20 people": a state's military strike is conventional force
            case Weapon.Aerial:
                return "195";
            case Weapon.Heavy:
                return "194";
            case Weapon.Suicide when !stateSide:
                return "1831";
            case Weapon.Bomb when stateSide:
                return "195"; // "Israeli jets bombed", "the army bombed rebel positions": a state's bombing is from the air
            case Weapon.Bomb or Weapon.Blast when !stateSide:
                return "183";
            case Weapon.Terror:
                return "180"; // "a terrorist attack", "terror strikes": violence named as terror is unconventional by its name
        }
        // "militants attacked two army posts", "attacked several Turkish border posts": a target named by a military holding (a
        // post, a base, a convoy) is an armed side, whatever sector its demonym reads with; so is an object naming a holding of
        // the state's force or power ("gunmen attacked a military camp", "stormed the presidential compound", "attacked a prison")
        // when the target was read from the place
        if (target.Exists(a => MilitaryHoldings.Named(document, sentence, a)) || MilitaryHoldings.InObject(document, sentence, act))
            return cameo;
        if (target.Count > 0 && target.TrueForAll(IsUnarmed))
            return "180";
        return source.Count > 0 && source.TrueForAll(IsIrregular) && !target.Exists(IsArmed) ? "180" : cameo;
    }

    /// <summary>
    /// The sources are all one state's police or forces (not its government: "his supporters attacked" names no force), the targets all people of that state who bear no arms, and
    /// the targets are named as a crowd of dissent ("protesters", "demonstrators", "marchers") or the sentence tells a protest.
    /// </summary>
    private static bool Repression(Document document, Sentence sentence, TriggerMatch act, List<EventActor> source, List<EventActor> target)
    {
        if (source.Count == 0 || target.Count == 0 || !source.TrueForAll(a => a.Code.Sector is "MIL" or "COP" && IsStateForce(a)))
            return false;
        var country = source[0].Code.Country;
        if (!source.TrueForAll(a => a.Code.Country == country) || !target.TrueForAll(a => a.Code.Country == country && (IsUnarmed(a) || IsPlainPerson(document, a))))
            return false;
        if (Means(document, sentence, act, false) is Weapon.Aerial or Weapon.Heavy)
            return false;
        // "police opened fire on crowds", "officers beat a street vendor": the police turning violence on unarmed people at home
        // repress them with no protest told; troops, or a person named with no sector, need the protest in the sentence.
        if (source.TrueForAll(a => a.Code.Sector == "COP") && target.TrueForAll(IsUnarmed))
            return true;
        foreach (var a in target)
            if (ProtestWords.Mentions(document.Slice(a.Range)))
                return true;
        return ProtestTold(document, sentence);
    }

    /// <summary>Whether a word of the sentence tells a protest (<see cref="ProtestWords.Mentions"/>): "during a rally", "on demonstrators".</summary>
    internal static bool ProtestTold(Document document, Sentence sentence)
    {
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            if (ProtestWords.Mentions(document.Slice(document.Tokens[t].Range)))
                return true;
        return false;
    }

    /// <summary>A person the text names who holds no office or arms: no sector, a person entity ("killed Juan Perez, a taxi driver").</summary>
    private static bool IsPlainPerson(Document document, EventActor a) =>
        a.Code.Sector is null && a.Entity >= 0 && a.Entity < document.Entities.Length && document.Entities[a.Entity].Type == EntityType.Person;

    /// <summary>Means of violence, least to most particular: a drone's missile is aerial (195), a bomb dropped or planted a bombing.</summary>
    private enum Weapon : byte { None, Strike, Terror, Heavy, Aerial, Blast, Bomb, Suicide }

    /// <summary>The code of a claimed act named by its own noun (abduction 181, assassination 186), or null.</summary>
    private static string? NamedAct(Document document, TriggerMatch act)
    {
        for (var t = act.FirstToken; t < act.EndToken; t++)
            if (s_named.TryGetValue(document.Slice(document.Tokens[t].Range), out var code))
                return code;
        return null;
    }

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["kidnapping"] = "181", ["kidnappings"] = "181", ["abduction"] = "181", ["abductions"] = "181", ["hijacking"] = "181",
        ["hijackings"] = "181", ["assassination"] = "186", ["assassinations"] = "186",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far before the act a means word may stand ("A car bomb blast killed", "a suicide bomber attacked").</summary>
    private const int MeansReach = 3;

    /// <summary>
    /// The weapon named in the act's words or just before them (no comma between), or in an instrument phrase after them; with no
    /// actor, anywhere before the act in its sentence, whose subject is then the weapon ("Coordinated airstrikes by ... have killed").
    /// </summary>
    private static Weapon Means(Document document, Sentence sentence, TriggerMatch act, bool agentless)
    {
        var found = Weapon.None;
        var floor = agentless ? sentence.FirstToken : Math.Max(sentence.FirstToken, act.FirstToken - MeansReach);
        var from = act.FirstToken;
        for (var t = act.FirstToken - 1; t >= floor; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            // "fled by military helicopter as protesters stormed her residence": a means in another clause is not this act's
            if (text is ";" or ":" or "." || !agentless && text is "," or "and" or "but" or "as" or "while" or "when" or "after" or "before")
                break;
            from = t;
        }
        for (var t = from; t < act.EndToken; t++)
            if (s_means.TryGetValue(document.Slice(document.Tokens[t].Range), out var weapon) && weapon > found
                && !(weapon == Weapon.Terror && t > sentence.FirstToken && document.Slice(document.Tokens[t - 1].Range) is "-" or "anti" or "counter"))
                found = weapon; // the most particular means wins: "a drone fired missiles" is aerial, "a suicide bomber" a suicide bombing
        return found == Weapon.None ? Instrument(document, sentence, act.EndToken) : found;
    }

    /// <summary>How far after the act its instrument phrase may start ("killed 50 militants in airstrikes").</summary>
    private const int InstrumentReach = 8;

    /// <summary>The weapon of an instrument phrase after the act, in its clause: "killed ... in airstrikes", "wounded by shelling", "attacked with rockets".</summary>
    private static Weapon Instrument(Document document, Sentence sentence, int after)
    {
        var end = Math.Min(sentence.EndToken, after + InstrumentReach);
        for (var t = after; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or ":" or "." or "and" or "but" or "while" or "as" or "after")
                return Weapon.None;
            if (text is not ("in" or "with" or "by" or "using"))
                continue;
            for (var m = t + 1; m < end && m <= t + 3; m++)
                if (s_means.TryGetValue(document.Slice(document.Tokens[m].Range), out var weapon))
                    return weapon;
        }
        return Weapon.None;
    }

    /// <summary>
    /// "sent swarms of drones over the border", "launched rockets across the border": an attack told by the weapon its words
    /// send, with no combat word, is coded by that weapon (195 aerial, 194 heavy), as a strike is; null when no such weapon is named.
    /// </summary>
    private static string? WeaponSent(Document document, TriggerMatch act)
    {
        var found = Weapon.None;
        for (var t = act.FirstToken; t < act.EndToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_combat.Contains(text))
                return null;
            // a weapon named by its noun; "air operations" names a campaign, left to the row's own code
            if (s_means.TryGetValue(text, out var weapon) && weapon is Weapon.Aerial or Weapon.Heavy && weapon > found
                && !text.Equals("air", StringComparison.OrdinalIgnoreCase) && !text.Equals("aerial", StringComparison.OrdinalIgnoreCase))
                found = weapon;
        }
        return found switch { Weapon.Aerial => "195", Weapon.Heavy => "194", _ => null };
    }

    /// <summary>How many words after "armed with" or the act's "with" a hand weapon may be named ("armed with knives and axes").</summary>
    private const int MeleeReach = 4;

    /// <summary>
    /// Whether the doers are "armed with" hand weapons before the act, or the act is done "with" them after it, and no firearm
    /// or heavier weapon is named with them.
    /// </summary>
    private static bool Melee(Document document, Sentence sentence, TriggerMatch act)
    {
        var melee = false;
        for (var t = sentence.FirstToken; t < sentence.EndToken - 1; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            var opens = t < act.FirstToken ? word.Equals("armed", StringComparison.OrdinalIgnoreCase) && document.Slice(document.Tokens[t + 1].Range) is "with"
                : t >= act.EndToken && t <= act.EndToken + InstrumentReach && word is "with";
            if (!opens)
                continue;
            for (var m = t + 1; m < sentence.EndToken && m <= t + 1 + MeleeReach; m++)
            {
                var weapon = document.Slice(document.Tokens[m].Range);
                if (s_firearms.Contains(weapon) || s_means.ContainsKey(weapon))
                    return false;
                melee |= s_melee.Contains(weapon);
            }
        }
        return melee;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_melee = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "knife", "knives", "axe", "axes", "machete", "machetes", "club", "clubs", "stick", "sticks", "batons", "baton", "stones", "rocks",
        "iron", "bars", "hammers", "sword", "swords", "spears", "cudgels").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_firearms = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "gun", "guns", "rifle", "rifles", "firearms", "pistols", "pistol", "weapons", "ammunition", "bullets", "rounds").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far after "down" the aircraft may be named ("shot down two of its unmanned drones").</summary>
    private const int AircraftReach = 5;

    /// <summary>
    /// Whether the act shoots down ("shot down", "shooting down") a military or unmanned aircraft named after it; a passenger
    /// plane or an airliner is left to the sides.
    /// </summary>
    private static bool ShotDown(Document document, Sentence sentence, TriggerMatch act)
    {
        var down = -1;
        for (var t = act.FirstToken; t < act.EndToken; t++)
            if (document.Slice(document.Tokens[t].Range).Equals("down", StringComparison.OrdinalIgnoreCase)
                && t > act.FirstToken && document.Slice(document.Tokens[act.FirstToken].Range).StartsWith("sh", StringComparison.OrdinalIgnoreCase))
                down = t;
        if (down < 0)
            return false;
        var civilian = false;
        var end = Math.Min(sentence.EndToken, down + 1 + AircraftReach);
        for (var t = act.FirstToken + 1; t < end; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (t > down && text is "," or ";" or ":" or "." or "and" or "but" or "as" or "after" or "while")
                break;
            if (text.Equals("passenger", StringComparison.OrdinalIgnoreCase) || text.StartsWith("airliner", StringComparison.OrdinalIgnoreCase)
                || text.Equals("civilian", StringComparison.OrdinalIgnoreCase))
                civilian = true;
            if (s_aircraft.Contains(text))
                return !civilian;
        }
        return false;
    }

    /// <summary>What is shot down from the sky.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_aircraft = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "aircraft", "plane", "planes", "jet", "jets", "warplane", "warplanes", "drone", "drones", "helicopter", "helicopters", "fighter",
        "fighters", "missile", "missiles", "UAV", "UAVs", "bomber", "bombers", "airliner", "airliners").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the act's words name a strike on someone (attack, kill, storm, shoot, bomb), not combat between sides.</summary>
    private static bool IsStrike(Document document, TriggerMatch act)
    {
        var strike = false;
        for (var t = act.FirstToken; t < act.EndToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (s_combat.Contains(text))
                return false; // "exchanged fire", "hit back": fire traded between sides is combat
            strike |= s_strikes.Contains(text);
        }
        return strike;
    }

    private static bool IsUnarmed(EventActor a) => a.Code.Sector is { } sector && Unarmed.Contains(sector);

    /// <summary>
    /// An armed side: forces, police, spies, rebels, or a state named as one (its GOV code). A country with no sector is where the
    /// violence struck or a thing there ("a hotel", "a train"), not its forces.
    /// </summary>
    private static bool IsArmed(EventActor a) => Sectors.IsArmed(a.Code.Sector) || a.Code.Sector is "GOV";

    private static bool IsIrregular(EventActor a) => Sectors.IsIrregular(a.Code.Sector);

    internal static bool IsStateForce(EventActor a) => (a.Code.Sector is null || Sectors.IsGovernmentOrForce(a.Code.Sector)) && a.Code.Country is { Length: 3 } c && c is not ("IGO" or "NGO" or "MNC" or "IMG" or "---");

    /// <summary>Sectors of people who bear no arms: civilians, the press, schools, parties, clergy, workers, business, health, refugees.</summary>
    private static readonly FrozenSet<string> Unarmed = FrozenSet.Create(StringComparer.Ordinal,
        "CVL", "MED", "JRN", "EDU", "OPP", "REL", "LAB", "BUS", "HLH", "REF", "AGR", "HRI", "ENV", "NGO");

    /// <summary>Whether <paramref name="word"/> is a word of a strike on someone or of combat ("fired", "stormed", "clashed"); CasualtyTolls reads it too.</summary>
    internal static bool IsViolenceWord(ReadOnlySpan<char> word) => s_strikes.Contains(word) || s_combat.Contains(word);

    /// <summary>Words of a strike on someone: CAMEO codes these by their means and sides, where combat words are 19x by themselves.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_strikes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "attack", "attacks", "attacked", "attacking", "strike", "strikes", "struck", "striking", "storm", "storms", "stormed", "storming",
        "raid", "raids", "raided", "raiding", "ambush", "ambushes", "ambushed", "ambushing", "assault", "assaults", "assaulted", "assaulting",
        "hit", "hits", "hitting", "kill", "kills", "killed", "killing", "killings", "wound", "wounds", "wounded", "wounding",
        "injure", "injures", "injured", "injuring", "murder", "murders", "murdered", "murdering", "massacre", "massacres", "massacred",
        "massacring", "slay", "slays", "slew", "slain", "slaying", "behead", "beheads", "beheaded", "beheading", "shoot", "shoots",
        "shot", "shooting", "shootings", "fire", "fires", "fired", "firing", "gun", "guns", "gunned", "gunning", "mow", "mowed", "mowing",
        "bomb", "bombs", "bombed", "bombing", "bombings", "shell", "shells", "shelled", "shelling", "bombard", "bombarded", "bombarding",
        "strafe", "strafed", "strafing", "siege", "airstrike", "airstrikes").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words of fire traded or returned: combat between sides, 19x whatever else the act says.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_combat = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "exchange", "exchanges", "exchanged", "exchanging", "trade", "trades", "traded", "trading", "back", "clash", "clashes", "clashed",
        "fight", "fighting", "fought", "battle", "battles", "battled", "hostilities", "offensive", "gunfight", "firefight").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Means of violence named at the act, by the codebook's distinctions (195 aerial, 194 heavy, 183 bombing, 1831 suicide).</summary>
    private static readonly FrozenDictionary<string, Weapon>.AlternateLookup<ReadOnlySpan<char>> s_means = new Dictionary<string, Weapon>(StringComparer.OrdinalIgnoreCase)
    {
        ["airstrike"] = Weapon.Aerial, ["airstrikes"] = Weapon.Aerial, ["air"] = Weapon.Aerial, ["aerial"] = Weapon.Aerial,
        ["drone"] = Weapon.Aerial, ["drones"] = Weapon.Aerial, ["warplane"] = Weapon.Aerial, ["warplanes"] = Weapon.Aerial,
        ["helicopter"] = Weapon.Aerial, ["helicopters"] = Weapon.Aerial, ["jets"] = Weapon.Aerial, ["strafed"] = Weapon.Aerial,
        ["strike"] = Weapon.Strike, ["strikes"] = Weapon.Strike, ["terrorist"] = Weapon.Terror, ["terror"] = Weapon.Terror,
        ["shell"] = Weapon.Heavy, ["shells"] = Weapon.Heavy, ["shelled"] = Weapon.Heavy, ["shelling"] = Weapon.Heavy,
        ["artillery"] = Weapon.Heavy, ["mortar"] = Weapon.Heavy, ["mortars"] = Weapon.Heavy, ["rocket"] = Weapon.Heavy,
        ["rockets"] = Weapon.Heavy, ["missile"] = Weapon.Heavy, ["missiles"] = Weapon.Heavy, ["tank"] = Weapon.Heavy,
        ["tanks"] = Weapon.Heavy, ["bombard"] = Weapon.Heavy, ["bombarded"] = Weapon.Heavy, ["bombarding"] = Weapon.Heavy,
        ["bomb"] = Weapon.Bomb, ["bombs"] = Weapon.Bomb, ["bombed"] = Weapon.Bomb, ["bombing"] = Weapon.Bomb, ["bombings"] = Weapon.Bomb,
        ["bomber"] = Weapon.Bomb, ["bombers"] = Weapon.Bomb,
        ["blast"] = Weapon.Blast, ["blasts"] = Weapon.Blast, ["explosion"] = Weapon.Blast, ["explosions"] = Weapon.Blast,
        ["explosive"] = Weapon.Blast, ["explosives"] = Weapon.Blast, ["grenade"] = Weapon.Blast, ["grenades"] = Weapon.Blast,
        ["IED"] = Weapon.Blast, ["IEDs"] = Weapon.Blast,
        ["suicide"] = Weapon.Suicide,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
