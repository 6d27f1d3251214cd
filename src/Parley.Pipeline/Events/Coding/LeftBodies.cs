using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Mali withdrew from ECOWAS", "the country retreated from the alliance": a side withdrawing from an international body
/// (an IGO actor, named or not) leaves it, which reduces relations (SANCTION 161, as <c>sanction.leave-bloc.v1</c> codes the
/// body named by a noun), not a pull-back of forces (RETREAT 0874). Troops (a military source) withdrawing stay 0874.
/// </summary>
internal static class LeftBodies
{
    public static (string Plover, string Cameo, string? Mode)? Recode(string plover, string cameo, List<EventActor> source, List<EventActor> target) =>
        plover == "RETREAT" && cameo == "0874" && target.Count > 0 && target.TrueForAll(a => a.Code.Country == "IGO")
        && !source.Exists(a => a.Code.Sector == "MIL")
            ? ("SANCTION", "161", "withdraw")
            : null;
}
