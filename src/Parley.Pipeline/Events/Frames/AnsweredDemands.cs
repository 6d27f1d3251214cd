using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// An agreement told as the answer to others' demands concedes (CAMEO 080): "agreed to hold a vote in response to demands
/// from the strikers", "agreed to free the prisoners, meeting a demand of the opposition". The phrase follows the act in its
/// sentence; the fronted form ("Bowing to pressure, X agreed") is <see cref="WhoActs"/>'.
/// </summary>
internal static class AnsweredDemands
{
    /// <summary>How many words after "in response to" or "meeting" the demand word may stand ("meeting a long-standing demand").</summary>
    private const int DemandReach = 4;

    /// <summary>
    /// The others' demands an act may answer: "demands", "pressure", "calls", "protests", "outcry", "criticism", one list for
    /// the answer after the act (here) and the fronted one ("Bowing to pressure, ...": <see cref="WhoActs"/>).
    /// </summary>
    internal static readonly FrozenSet<string> Demands = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "demand", "demands", "pressure", "pressures", "calls", "protests", "outcry", "ultimatum", "criticism");

    /// <summary>Verbs of a clause that answers a demand: "meeting", "heeding", "bowing to".</summary>
    private static readonly FrozenSet<string> s_answering = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "meeting", "heeding", "answering", "satisfying", "fulfilling", "bowing", "yielding", "caving", "succumbing");

    /// <summary>Whether the words after <paramref name="act"/> (the act, or the frame "agreed to" that governs it) in its sentence say it answers a demand or pressure.</summary>
    public static bool Answers(Document document, Sentence sentence, TriggerMatch act)
    {
        var demands = Demands.GetAlternateLookup<ReadOnlySpan<char>>();
        var answering = s_answering.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var t = act.EndToken; t < sentence.EndToken; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ";" or "." or ":")
                return false;
            var reply = answering.Contains(text)
                || text.Equals("response", StringComparison.OrdinalIgnoreCase) && t > act.EndToken && t + 1 < sentence.EndToken
                    && document.Slice(document.Tokens[t - 1].Range).Equals("in", StringComparison.OrdinalIgnoreCase)
                    && document.Slice(document.Tokens[t + 1].Range).Equals("to", StringComparison.OrdinalIgnoreCase);
            if (!reply)
                continue;
            for (var d = t + 1; d < sentence.EndToken && d <= t + 1 + DemandReach; d++)
                if (demands.Contains(document.Slice(document.Tokens[d].Range)))
                    return true;
        }
        return false;
    }
}
