using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "vowed to crush what he called a foreign plot", "swore that his men would hunt the raiders down", "vowing harsh
/// punishment": a vow whose act no pattern names is, in news, a threat (CAMEO 130), not a promise to cooperate (030).
/// Vowing is the word of a pledge made against someone; a cooperative act vowed has a trigger of its own ("vowed to work
/// closely with", "vowed to support") and is coded by it (03x). Reads the head word of an AGREE 030 trigger with no act
/// after it ("vow", "vowed", "vowing", "swear", "swore"): "promised", "pledged" and "committed" stay promises, and "sworn"
/// (mostly "sworn in") is left alone (round 58).
/// </summary>
internal static class VowedThreats
{
    /// <summary>The rule id the event's trace starts with: <c>threaten.bare-vow.v1+frame.pledge.v1</c>.</summary>
    public const string Rule = "threaten.bare-vow.v1";

    /// <summary>The threat a vow with no act of its own is coded as.</summary>
    public static readonly FramedCode Threat = new("THREATEN", "130", null);

    /// <summary>Whether <paramref name="trigger"/> is a bare vow: a generic intent (AGREE 030) headed by a form of "vow" or "swear".</summary>
    public static bool IsBareVow(Document document, TriggerMatch trigger)
    {
        if (trigger.Pattern.Plover != "AGREE" || trigger.Pattern.Cameo != "030" || trigger.Pattern.Kind == TriggerKind.Noun)
            return false;
        // "vowed not to interfere", "swore never to": a vow to refrain promises restraint
        for (var t = trigger.FirstToken + 1; t < trigger.EndToken; t++)
            if (document.Slice(document.Tokens[t].Range) is "not" or "never")
                return false;
        var head = document.Slice(document.Tokens[trigger.FirstToken].Range);
        return head.StartsWith("vow", StringComparison.OrdinalIgnoreCase)
            || head.Equals("swear", StringComparison.OrdinalIgnoreCase) || head.Equals("swears", StringComparison.OrdinalIgnoreCase)
            || head.Equals("swore", StringComparison.OrdinalIgnoreCase) || head.Equals("swearing", StringComparison.OrdinalIgnoreCase);
    }
}
