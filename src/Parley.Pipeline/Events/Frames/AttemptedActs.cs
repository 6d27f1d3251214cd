using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// An act named as the aim of an attempt is not reported as done: "any attempt to impose sanctions" (no particular act),
/// "in an effort to arrest the leader", "in a bid to oust him" (a purpose, not an outcome).
/// </summary>
internal static class AttemptedActs
{
    /// <summary>How far an attempt noun may stand before its act: "any move by Taipei toward formal independence".</summary>
    private const int Reach = 6;

    private static readonly FrozenSet<string> s_attempts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "attempt", "attempts", "effort", "efforts", "bid", "bids", "move", "moves", "push", "drive", "plan", "plans", "plot", "plots", "scheme", "try");

    /// <summary>
    /// True when the word at <paramref name="token"/> opens an attempt at the act at <paramref name="trigger"/>: "any" before an
    /// attempt noun ("any attempt to", "any move toward"), or an attempt noun after "in a"/"in an" ("in an effort to").
    /// </summary>
    public static bool Opens(Document document, int token, ReadOnlySpan<char> text, int trigger)
    {
        if (trigger - token > Reach || trigger <= token + 1)
            return false;
        var attempts = s_attempts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (text.Equals("any", StringComparison.OrdinalIgnoreCase))
            return attempts.Contains(document.Slice(document.Tokens[token + 1].Range)) && Aims(document, token + 2, trigger);
        return attempts.Contains(text) && token >= 2 && document.Slice(document.Tokens[token - 1].Range) is "a" or "an"
            && document.Slice(document.Tokens[token - 2].Range).Equals("in", StringComparison.OrdinalIgnoreCase) && Aims(document, token + 1, trigger);
    }

    /// <summary>"to", "toward", "towards" or "at" opens the aim within the window, with no clause break before the act.</summary>
    private static bool Aims(Document document, int from, int trigger)
    {
        var aimed = false;
        for (var t = from; t < trigger; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "," or ";" or ":" or "." or "and" or "but" or "which" or "that")
                return false;
            aimed |= text is "to" or "toward" or "towards" or "at" or "by";
        }
        return aimed || from == trigger;
    }
}
