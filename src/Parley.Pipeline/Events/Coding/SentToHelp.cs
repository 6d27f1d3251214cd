using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Canberra sent police and soldiers to help restore order at Honiara's request", "deployed troops at the government's
/// request", "sent troops to the east as part of a regional force": forces sent into another country to help it, at its
/// request or within a joint force, provide military protection (AID 074), not a mobilisation against someone (154). Reads the
/// sending rows (<c>mobilize.send-troops</c>, <c>mobilize.deploy</c>) when every target is of another country than every
/// source, and the rest of the clause after the trigger says help: "at ... request", "to help|support|assist|bolster|back",
/// "as part of". Forces sent at home "to help police" have no foreign target and stay 154.
/// </summary>
internal static class SentToHelp
{
    /// <summary>How many tokens after the trigger the clause is read for a sign of help.</summary>
    private const int Reach = 14;

    /// <summary>The protection (AID 074) a sending of forces is, or null when it stands as a mobilisation.</summary>
    public static (string Plover, string Cameo, string? Mode)? Recode(Document document, Sentence sentence, TriggerMatch trigger, string cameo, List<EventActor> source, List<EventActor> target)
    {
        if (cameo != "154" || source.Count == 0 || target.Count == 0
            || !(trigger.Pattern.Id.StartsWith("mobilize.send-troops.", StringComparison.Ordinal) || trigger.Pattern.Id.StartsWith("mobilize.deploy.", StringComparison.Ordinal)))
            return null;
        foreach (var t in target)
            if (t.Code.Country is not { Length: 3 } c || c is "---" || source.Exists(s => s.Code.Country == c))
                return null;
        var end = Math.Min(sentence.FirstToken + sentence.TokenCount, trigger.EndToken + Reach);
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" or "." or "but")
                break;
            if (word.Equals("request", StringComparison.OrdinalIgnoreCase) && At(document, t, trigger.EndToken)
                || word is "to" && t + 1 < end && document.Slice(document.Tokens[t + 1].Range) is "help" or "support" or "assist" or "bolster" or "back"
                || word is "as" && t + 2 < end && document.Slice(document.Tokens[t + 1].Range) is "part" && document.Slice(document.Tokens[t + 2].Range) is "of")
                return ("AID", "074", "peacekeeping");
        }
        return null;
    }

    /// <summary>"at Honiara's request", "at the request of": an "at" at most three tokens before the request.</summary>
    private static bool At(Document document, int request, int from)
    {
        for (var t = request - 1; t >= from && t >= request - 3; t--)
            if (document.Slice(document.Tokens[t].Range).Equals("at", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
