using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Whom a closed border or airspace shuts out decides its code: "Burundi closed its border with Rwanda", "the two countries
/// closed their airspace to each other's aircraft" cut a state off, an embargo on it (CAMEO 163, a reduction of relations),
/// where "the junta closed the country's borders" during a coup restricts its own people's movement (172, as
/// <c>coerce.close-border.v1</c> codes it). Reads the pattern's id and the sides already found; PLOVER stays COERCE.
/// </summary>
internal static class ClosedBorders
{
    /// <summary>The CAMEO code for a border or airspace closure aimed at a foreign state, or null when it stands.</summary>
    public static string? Recode(TriggerMatch trigger, string cameo, List<EventActor> source, List<EventActor> target) =>
        cameo == "172" && trigger.Pattern.Id.StartsWith("coerce.close-border", StringComparison.Ordinal)
        && source.Count > 0 && target.Count > 0 && target.TrueForAll(ViolenceCodes.IsStateForce)
        && target.Exists(t => source.Exists(s => s.Code.Country != t.Code.Country))
            ? "163"
            : null;
}
