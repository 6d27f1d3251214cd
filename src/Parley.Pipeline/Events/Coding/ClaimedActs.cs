using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The rebels claimed responsibility for the ambush": one phrase tells two events, the rebels' claim (CAMEO 015, acknowledge
/// or claim responsibility) and the ambush it names them as having carried out (18x/19x). The <c>assault.claim-attack</c> row
/// codes the attack (<see cref="ViolenceCodes"/> picks its code by its kind); the claim is made here from that coded attack,
/// with the same sides, factuality, time and place, and the words up to "responsibility" or "credit" as its trigger. PLOVER
/// has no type for statements; a claim acknowledges an act, so it is typed CONCEDE, as an admission is.
/// </summary>
internal static class ClaimedActs
{
    /// <summary>The rule id of a claim made from a coded attack (suffixes of the attack's rule follow it).</summary>
    public const string Rule = "disclose.claim-responsibility.v1";

    public const string Cameo = "015";

    /// <summary>True for a row that names its subject as the doer of an attack by a claim ("claimed responsibility for").</summary>
    public static bool Claims(EventPattern pattern) => pattern.Id.StartsWith("assault.claim-attack.", StringComparison.Ordinal);

    /// <summary>The claim told by <paramref name="trigger"/>, made from <paramref name="attack"/>, the event its row coded; null for another row or an attack with no doer.</summary>
    public static CodedEvent? Of(Document document, TriggerMatch trigger, CodedEvent attack, KnowledgeBase kb)
    {
        if (!Claims(trigger.Pattern) || attack.Plover != "ASSAULT" || attack.Source.Count == 0)
            return null;
        var end = trigger.FirstToken + 1;
        while (end < trigger.EndToken && document.Slice(document.Tokens[end - 1].Range) is not ("responsibility" or "credit"))
            end++;
        var plus = attack.Rule.IndexOf('+', StringComparison.Ordinal);
        var entry = kb.CameoOf(Cameo);
        return attack with
        {
            Plover = "CONCEDE",
            Mode = null,
            Cameo = Cameo,
            Goldstein = entry?.Goldstein ?? 0,
            Quad = entry?.Quad ?? 1,
            Trigger = new TextRange(document.Tokens[trigger.FirstToken].Start, document.Tokens[end - 1].End),
            Rule = plus < 0 ? Rule : Rule + attack.Rule[plus..],
        };
    }
}
