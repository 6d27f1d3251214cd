namespace Parley.Pipeline;

/// <summary>
/// The CAMEO sector codes the coder groups, one place for each group: who is the state ("the Chilean police", "the
/// defence ministry", "a Supreme Court judge"), who bears arms ("troops", "rebels", "unidentified gunmen"). Every check that
/// asks "is this side the state?" or "is it armed?" reads these instead of writing its own list; a check that needs a
/// narrower group uses the named variant that says why (<see cref="IsStateAgency"/> leaves out the legislature).
/// A null or empty sector (a country or person named with no sector) is in no group: callers that count it say so.
/// </summary>
internal static class Sectors
{
    /// <summary>The state: government, military, police, courts, legislature, intelligence.</summary>
    public static bool IsState(string? sector) => sector is "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY";

    /// <summary>
    /// The state's agencies, without its legislature: government, military, police, courts, intelligence. A parliament or
    /// its members speak for parties and voters, not for the state's own acts ("MPs condemned the police raid" judges the
    /// police from outside, "the ministry praised its police" from within).
    /// </summary>
    public static bool IsStateAgency(string? sector) => sector is "GOV" or "MIL" or "COP" or "JUD" or "SPY";

    /// <summary>
    /// Who takes part in a country's dealings with others, so that the partner the country last dealt with is theirs too: its
    /// government, forces, intelligence and legislature, the country named with no sector ("Kenya", "Nairobi"), and armed
    /// groups, whose foreign counterpart is the enemy or the backer of their war as often as not (round 54). A court, a party,
    /// an opposition or civil society do not ("the government met Chinese envoys ... the opposition rejected the draft": the
    /// opposition answers at home, not China).
    /// </summary>
    public static bool ConductsForeignDealings(string? sector) =>
        string.IsNullOrEmpty(sector) || sector is "GOV" or "MIL" or "COP" or "SPY" or "LEG" || IsIrregular(sector);

    /// <summary>The government and the forces it sends against people: government, military, police ("police fired on crowds").</summary>
    public static bool IsGovernmentOrForce(string? sector) => sector is "GOV" or "MIL" or "COP";

    /// <summary>The state's armed forces: military, police, intelligence.</summary>
    public static bool IsForce(string? sector) => sector is "MIL" or "COP" or "SPY";

    /// <summary>Armed groups outside the state: rebels, unidentified armed forces, insurgents.</summary>
    public static bool IsIrregular(string? sector) => sector is "REB" or "UAF" or "INS";

    /// <summary>
    /// Bodies of a country below its state that act at home (the domestic-target convention, <c>DomesticSides</c>: the gold's
    /// X -> X outweighs X -> Y for each): opposition, parties, civilians, police, courts, legislature, labour, education,
    /// religion, criminals, farmers, unidentified armed forces.
    /// </summary>
    public static bool ActsAtHome(string? sector) =>
        sector is "OPP" or "PTY" or "CVL" or "COP" or "JUD" or "LEG" or "LAB" or "EDU" or "REL" or "CRM" or "AGR" or "UAF";

    /// <summary>Whoever bears arms: the state's forces and the irregular groups.</summary>
    public static bool IsArmed(string? sector) => IsForce(sector) || IsIrregular(sector);
}
