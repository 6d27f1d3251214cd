using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Who acts decides what a blockade, an occupation or a fight is: a state's forces blocking a road or a state cutting off
/// access restrict movement (191) and occupying a building seize it (192), where unarmed people setting up roadblocks
/// obstruct in protest (144), unarmed crowds massing or occupying a building demonstrate (141), and protesters, students or
/// strikers burning property or fighting the police riot (145); troops marching into a town seize it (192).
/// An agreement made by one bowing to pressure concedes (080).
/// </summary>
internal static class WhoActs
{
    /// <summary>The type, code and mode the act takes for who does it, or null when the pattern's own stand.</summary>
    public static (string Plover, string Cameo, string? Mode)? Recode(Document document, TriggerMatch trigger, string plover, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (source.Count == 0)
            return null;
        if (CrowdViolence.Riot(document, trigger, plover, cameo, source, target) is { } riot)
            return riot; // "crowds attacked the embassy": a crowd's violence is a riot (145)
        // "Bowing to international pressure, Habibie agreed to let ...": an agreement wrung out by pressure is a concession (080).
        if (plover == "AGREE" && BowsToPressure(document, trigger.FirstToken))
            return ("CONCEDE", "080", null);
        // "Amnesty charged the army with torture", "London charged a Russian agent with the murder": only a state's own courts,
        // prosecutors or police indict its people (173); anyone else charging someone with a deed accuses (112).
        if (cameo == "173" && StartsWith(document, trigger, "charg") && !Indicts(source, target))
            return ("ACCUSE", "112", "accuse");
        if (plover == "PROTEST")
        {
            var forces = source.TrueForAll(a => Sectors.IsForce(a.Code.Sector));
            // "Hungary blocked the border crossings": a state's forces or government blocking passage restricts movement (191);
            // only people who hold no power obstruct in protest (144)
            if (cameo == "144" && (forces || source.TrueForAll(IsState) || CutsOffAccess(document, trigger, source)))
                return ("COERCE", "191", "restrict");
            if (forces && StartsWith(document, trigger, "occup"))
                return ("COERCE", "192", "seize");
            // "Russian troops marched into Gori", "soldiers paraded through the capital": armed men marching into a place seize it
            // (192); marching or parading elsewhere shows force (150). Only crowds, students or workers march in protest.
            if (cameo == "141" && source.TrueForAll(a => Sectors.IsForce(a.Code.Sector) || a.Code.Sector is "REB") && (StartsWith(document, trigger, "march") || StartsWith(document, trigger, "parad")))
                return Into(document, trigger) ? ("COERCE", "192", "seize") : ("MOBILIZE", "150", null);
            return null;
        }
        // "police set up checkpoints on the roads out of the city": a state's own police or troops posting checkpoints at home show
        // police or military power (153, 150), where gunmen posting them, or forces posting them among another country's people,
        // restrict movement (191, the row's code).
        if (cameo == "191" && StateCheckpoints.AtHome(document, trigger, source, target) is { } posted)
            return posted;
        var unarmed = source.TrueForAll(a => a.Code.Sector is "OPP" or "EDU" or "LAB" or "CVL" or "AGR" or "REL");
        // "Hundreds of thousands of Filipinos massed outside the camps": unarmed crowds massing demonstrate (141); troops massing
        // mobilise. Migrants massed at a border are trying to cross it, not protesting.
        if (plover == "MOBILIZE" && unarmed && StartsWith(document, trigger, "mass") && !AtBorder(document, trigger))
            return ("PROTEST", "141", "demonstrate");
        if (plover is not ("COERCE" or "ASSAULT") || !unarmed)
            return null;
        if (cameo == "191" || trigger.Pattern.Id.StartsWith("coerce.close-border", StringComparison.Ordinal))
            return ("PROTEST", "144", "obstruct"); // "protesters shut the border crossing": unarmed people closing a border obstruct
        // "Kurdish protesters occupied Greek embassies", "villagers seized the mine": unarmed people occupying a place protest
        // in it (141); soldiers or rebels occupying it seize it (192).
        if (cameo == "192" && (StartsWith(document, trigger, "occup") || StartsWith(document, trigger, "seiz") || StartsWith(document, trigger, "storm")))
            return ("PROTEST", "141", "demonstrate");
        // Settlers or villagers (CVL) burning offices coerce; the riot is the protesters', students' or strikers'.
        var protesters = source.TrueForAll(a => a.Code.Sector is "OPP" or "EDU" or "LAB");
        return protesters && (cameo.StartsWith("171", StringComparison.Ordinal) || cameo == "190" && target.Count > 0 && target.TrueForAll(a => a.Code.Sector is "COP"))
            ? ("PROTEST", "145", "riot") : null;
    }

    /// <summary>A state or its government: a country code (no body, group or company) with no sector, or its government's.</summary>
    private static bool IsState(EventActor a) =>
        a.Code.Sector is null or "GOV" && a.Code.Country is { Length: 3 } c && c is not ("IGO" or "NGO" or "MNC" or "IMG" or "---");

    /// <summary>
    /// Whether the chargers can indict the charged: a state's actors (its government, courts, prosecutors, police; no group,
    /// party, press or body) charging people of their own country or of no country named. Not an NGO, IGO, party or rebel.
    /// </summary>
    private static bool Indicts(List<EventActor> source, List<EventActor> target)
    {
        foreach (var a in source)
        {
            if (a.Code.Country is not { Length: 3 } country || country is "NGO" or "IGO" or "MNC" or "---" || a.Code.Sector is not null && !Sectors.IsState(a.Code.Sector))
                return false;
            foreach (var t in target)
                if (t.Code.Country is { Length: 3 } charged && charged != "---" && charged != country)
                    return false;
        }
        return true;
    }

    private static bool StartsWith(Document document, TriggerMatch trigger, string stem) =>
        document.Slice(document.Tokens[trigger.FirstToken].Range).StartsWith(stem, StringComparison.OrdinalIgnoreCase);

    /// <summary>"marched into the town": the word after the verb takes the marchers inside a place.</summary>
    private static bool Into(Document document, TriggerMatch trigger) =>
        trigger.FirstToken + 1 < document.Tokens.Length && document.Slice(document.Tokens[trigger.FirstToken + 1].Range) is "into";

    /// <summary>"massed at the border", "massing along the frontier": a crowd at a border, a few words after the trigger.</summary>
    private static bool AtBorder(Document document, TriggerMatch trigger)
    {
        for (var t = trigger.EndToken; t < document.Tokens.Length && t < trigger.EndToken + 4; t++)
            if (document.Slice(document.Tokens[t].Range) is "border" or "borders" or "frontier" or "crossing" or "crossings" or "fence")
                return true;
        return false;
    }

    /// <summary>"Israel blocked access to the compound": a state (not a body or a group) blocking access restricts movement.</summary>
    private static bool CutsOffAccess(Document document, TriggerMatch trigger, List<EventActor> source) =>
        document.Slice(document.Tokens[trigger.EndToken - 1].Range) is "access" or "entrance"
        && source.TrueForAll(a => a.Code.Sector is null or "GOV" && a.Code.Country is { Length: 3 } c && c is not ("IGO" or "NGO" or "MNC" or "---"));

    /// <summary>How far before the act an introducing "bowing to pressure" phrase may start.</summary>
    private const int PressureReach = 14;

    private static readonly FrozenSet<string> s_bowing = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "bowing", "bowed", "yielding", "yielded", "caving", "caved", "succumbing", "succumbed", "bending", "relenting", "relented");

    /// <summary>"Bowing to international pressure, ...", "Under pressure from Washington, ...": a phrase before the act's clause saying it yields.</summary>
    private static bool BowsToPressure(Document document, int trigger)
    {
        var bowing = false;
        var pressure = false;
        var comma = false;
        for (var t = trigger - 1; t >= 0 && t >= trigger - PressureReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "!" or "?" or ":")
                break;
            comma |= text is ",";
            if (!comma)
                continue;
            pressure |= AnsweredDemands.Demands.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
            bowing |= s_bowing.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text.Equals("under", StringComparison.OrdinalIgnoreCase) && pressure;
        }
        return bowing && pressure;
    }
}
