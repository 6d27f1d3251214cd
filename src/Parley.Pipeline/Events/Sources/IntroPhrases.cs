using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// A sentence-opening phrase whose act belongs to the main clause's subject: "Following talks with Ruto, Abiy flew
/// to Cairo", "During a visit to Beijing, Lula signed ...", "In announcing the sanctions on Iran, Rubio said ...".
/// </summary>
internal static class IntroPhrases
{
    private static readonly FrozenSet<string> Openers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "after", "following", "during", "in", "at", "on", "before", "ahead", "upon", "while", "when", "by");

    /// <summary>How far into the opening phrase its act may stand ("During a two-day state visit to").</summary>
    private const int TriggerWindow = 5;

    /// <summary>
    /// The main clause's subject when <paramref name="trigger"/> is the act of the sentence's opening phrase: a gerund
    /// ("In announcing"), or a meeting, visit or other cooperative noun ("Following talks with"). A hostile noun there
    /// ("After the attack on the base, Nigeria deployed troops") is usually what the subject answers, not its own act.
    /// </summary>
    public static ActorGroup? MainSubject(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var first = sentence.FirstToken;
        if (trigger.FirstToken <= first || trigger.FirstToken - first > TriggerWindow || !Openers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[first].Range)))
            return null;
        var gerund = Gerund(document, first + 1, trigger.FirstToken + 1);
        if (!gerund && trigger.Pattern.Plover is not ("CONSULT" or "AGREE" or "COOPERATE" or "AID" or "SUPPORT"))
            return null;
        var comma = -1;
        for (var t = first + 1; t < sentence.EndToken; t++)
        {
            if (document.Slice(document.Tokens[t].Range) is ",")
            {
                comma = t;
                break;
            }
        }
        if (comma < 0 || trigger.EndToken > comma)
            return null;
        // "..., Ethiopian Prime Minister Abiy Ahmed flew": titles and names may stand before the group's own first token.
        foreach (var g in groups)
        {
            if (g.FirstToken <= comma)
                continue;
            for (var t = comma + 1; t < g.FirstToken; t++)
                if (!document.Tokens[t].Is(TokenShape.Capitalized) && document.Slice(document.Tokens[t].Range) is not ("the" or "of" or "'s" or "’s"))
                    return null;
            return g;
        }
        return null;
    }

    /// <summary>"In announcing", "after meeting": an "-ing" word heads the phrase.</summary>
    private static bool Gerund(Document document, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (document.Tokens[t].Is(TokenShape.Word) && document.Slice(document.Tokens[t].Range).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                return t == from;
        return false;
    }
}
