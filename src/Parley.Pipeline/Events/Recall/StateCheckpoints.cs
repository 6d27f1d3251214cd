using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Police set up checkpoints at the entrances to the neighbourhoods", "soldiers set up extra checkpoints on the road to the
/// capital": a state's own forces posting checkpoints at home raise their police or military presence (MOBILIZE: 153 when
/// only police post them, else 150), not a restriction of movement against someone (191). Gunmen, militias or any side that
/// is no state force keep 191, and so do forces whose target is another country's ("troops set up checkpoints around the
/// occupied town"). Only the checkpoint words of <c>coerce.checkpoints</c>: roadblocks and barricades are left as they are.
/// </summary>
internal static class StateCheckpoints
{
    /// <summary>The show of power (MOBILIZE 153 or 150) a checkpoint row is for a state's forces at home, or null when it stands.</summary>
    public static (string Plover, string Cameo, string? Mode)? AtHome(Document document, TriggerMatch trigger, List<EventActor> source, List<EventActor> target)
    {
        if (source.Count == 0 || !trigger.Pattern.Id.StartsWith("coerce.checkpoints.", StringComparison.Ordinal))
            return null;
        var checkpoint = false;
        for (var t = trigger.FirstToken; t < trigger.EndToken; t++)
            checkpoint |= document.Slice(document.Tokens[t].Range).StartsWith("checkpoint", StringComparison.OrdinalIgnoreCase);
        if (!checkpoint || !source.TrueForAll(a => Sectors.IsForce(a.Code.Sector) && a.Code.Country is { Length: 3 } c && c is not ("IGO" or "NGO" or "MNC" or "---")))
            return null;
        var home = source[0].Code.Country;
        if (!source.TrueForAll(a => a.Code.Country == home) || !target.TrueForAll(a => a.Code.Country == home))
            return null;
        return source.TrueForAll(a => a.Code.Sector is "COP") ? ("MOBILIZE", "153", "police") : ("MOBILIZE", "150", "troops");
    }
}
