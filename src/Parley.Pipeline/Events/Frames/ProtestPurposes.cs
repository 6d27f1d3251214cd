using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A protest told with its purpose: "went on strike, demanding that the government free ...", "rallied in the square to
/// demand the withdrawal of foreign troops", "camped outside parliament, denouncing the vote count". CAMEO and PLOVER code
/// one event, the protest; the demand or the denunciation is its content, and the one it addresses is the protest's target.
/// </summary>
internal static class ProtestPurposes
{
    /// <summary>How far after the protest its purpose may start ("rallied in Beirut's main square on Monday, a month after ..., to demand").</summary>
    private const int Window = 30;

    /// <summary>Verbs that tell what a protest is for or against, bare (after "to") or as a participle (after a comma).</summary>
    private static readonly FrozenSet<string> s_purposes = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "demand", "demanding", "press", "pressing", "protest", "protesting", "denounce", "denouncing", "condemn", "condemning",
        "call", "calling", "urge", "urging", "insist", "insisting", "accuse", "accusing", "seek", "seeking", "pressure", "pressuring",
        "oppose", "opposing", "reject", "rejecting", "decry", "decrying", "criticise", "criticising", "criticize",
        "criticizing", "blame", "blaming", "petition", "petitioning", "appeal", "appealing");

    /// <summary>Types a purpose is coded as when read alone: what is asked, blamed, rejected or protested.</summary>
    private static bool PurposeType(string plover) => plover is "REQUEST" or "ACCUSE" or "REJECT" or "PROTEST";

    /// <summary>
    /// The index of the trigger that tells the purpose of protest trigger <paramref name="protest"/>: the first trigger after it
    /// in its sentence that is a purpose verb after "to" or after a comma ("-ing"), with no new clause of someone else's between;
    /// null when the protest is told without one.
    /// </summary>
    public static int? Of(Document document, Sentence sentence, List<TriggerMatch> triggers, int protest)
    {
        var from = triggers[protest].EndToken;
        var end = Math.Min(sentence.EndToken, from + Window);
        for (var k = protest + 1; k < triggers.Count && k < 64; k++)
        {
            var next = triggers[k];
            if (next.FirstToken < from)
                continue;
            if (next.FirstToken >= end || Boundary(document, from, next.FirstToken))
                return null;
            if (next.Pattern.IsBlocker || !PurposeType(next.Pattern.Plover) || next.FirstToken < 1)
                continue;
            var word = document.Slice(document.Tokens[next.FirstToken].Range);
            if (!s_purposes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                continue;
            var before = document.Slice(document.Tokens[next.FirstToken - 1].Range);
            // "to demand", "in order to press", ", demanding", ", stranding tourists and demanding": a purpose; "and demanded",
            // "who demanded" tell acts of their own.
            if (before is "to" && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
                || before is "," or "and" && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                return k;
        }
        return null;
    }

    /// <summary>Participles of blame and condemnation: a verdict the protesters voice, which no 14x code carries.</summary>
    private static readonly FrozenSet<string> s_verdicts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "accusing", "blaming", "denouncing", "condemning", "criticising", "criticizing", "decrying");

    /// <summary>
    /// "rallied outside parliament, accusing the president of betraying the army", "camped outside the ministry, blaming it for
    /// the shortages": a protest's CAMEO code (141x-145x) carries what the protesters want, so a demand told as its purpose is
    /// its content; a verdict they voice on someone while protesting is an act of its own (11x), coded beside the protest (it
    /// still names the protest's target). A purpose infinitive ("to denounce the vote") says what the protest is for, and stays content.
    /// </summary>
    public static bool VoicedVerdict(Document document, TriggerMatch purpose) =>
        purpose.Pattern.Plover == "ACCUSE" && purpose.FirstToken > 0
        && s_verdicts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[purpose.FirstToken].Range));

    /// <summary>
    /// Whether the protest's target was only inferred (its location, its country's government, none at all), so that the one its
    /// purpose addresses is the better target; a target its own words name ("picketed the U.S. embassy") stays.
    /// </summary>
    public static bool WeakTarget(CodedEvent protest) =>
        protest.Target.Count == 0 || protest.Rule.Contains("+target.", StringComparison.Ordinal);

    /// <summary>The token after a purpose verb and its "that", where the one it asks may be named ("demanding that the government ...").</summary>
    public static int AddresseeStart(Document document, TriggerMatch purpose) =>
        purpose.EndToken < document.Tokens.Length && document.Slice(document.Tokens[purpose.EndToken].Range) is "that" ? purpose.EndToken + 1 : purpose.EndToken;

    /// <summary>The protest's rule with its inferred target suffix ("+target.location") replaced by "+target.purpose".</summary>
    public static string Retargeted(string rule)
    {
        var start = rule.IndexOf("+target.", StringComparison.Ordinal);
        if (start < 0)
            return rule + "+target.purpose";
        var end = rule.IndexOf('+', start + 1);
        return string.Concat(rule.AsSpan(0, start), end < 0 ? "" : rule.AsSpan(end), "+target.purpose");
    }

    /// <summary>The addressees of a purpose that are not the protesters themselves; empty when it names none of its own.</summary>
    public static List<EventActor> Addressees(CodedEvent protest, IReadOnlyList<EventActor> asked, string rule)
    {
        var addressed = new List<EventActor>(asked.Count);
        // A purpose aimed only at where it was voiced names no addressee.
        if (rule.Contains("+target.location", StringComparison.Ordinal))
            return addressed;
        foreach (var t in asked)
            // the protesters' own words read again ("Greek taxi drivers" as Greece) are not whom they address
            if (!protest.Source.Any(s => s.Code == t.Code || s.Range.Start == t.Range.Start) && !addressed.Exists(a => a.Code == t.Code))
                addressed.Add(t);
        return addressed;
    }

    /// <summary>A semicolon, a reporting verb or a quote between the protest and a later verb ends the protest's sentence part.</summary>
    private static bool Boundary(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Slice(document.Tokens[t].Range) is ";" or ":" or "\"" or "“" or "”" or "said" or "says" or "told" or "who" or "which" or "while" or "but" or "whereas")
                return true;
        return false;
    }
}
