using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Saleh has been ordered to appear before a judge", "Kenya was asked to send troops", "the minister was urged to resign",
/// "she was warned that ...": a frame that directs another (an order, an appeal, pressure, a call on someone, a warning) told
/// as a form of "be" and its participle is a passive even with no by-phrase: its subject is the one directed, never the one
/// who directs. (A stance told the same way, "was determined to", "is committed to", "was prepared to", is an adjective:
/// the subject's own, and stays active.)
/// </summary>
internal static class DirectedPassives
{
    /// <summary>True when <paramref name="trigger"/> is a directing frame whose first word is a participle ("ordered", "asked",
    /// "urged", "pressed", "called on", "warned").</summary>
    public static bool Directs(Document document, TriggerMatch trigger)
    {
        if (trigger.Pattern.Kind != TriggerKind.Frame)
            return false;
        var word = document.Slice(document.Tokens[trigger.FirstToken].Range);
        if (!word.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            return false;
        return trigger.Pattern.Plover == "REQUEST" || word.Equals("warned", StringComparison.OrdinalIgnoreCase) || word.Equals("cautioned", StringComparison.OrdinalIgnoreCase);
    }
}
