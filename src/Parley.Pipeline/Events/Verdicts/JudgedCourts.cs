using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Round 67: "welcomed the ruling", "criticised the verdict", "condemned the sentences", "denounced the trial": a judgement whose
/// object is a court's decision and names no one is aimed at the court that gave it (the read sets' gold codes the court's
/// country in all 29 such verdicts it codes). The court is the latest one the story named before the trigger
/// (<see cref="EventCoder"/>'s <c>JudgedCourt</c>, suffix <c>+target.court</c>); with no court named nothing is lent.
/// </summary>
internal static class JudgedCourts
{
    /// <summary>Nouns of what a court decides or holds.</summary>
    private static readonly FrozenSet<string> s_decisions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "ruling", "rulings", "verdict", "verdicts", "judgment", "judgments", "judgement", "judgements", "sentence", "sentences",
        "sentencing", "acquittal", "acquittals", "conviction", "convictions", "trial", "trials");

    /// <summary>How many modifiers may stand between the determiner and the decision noun: "the long-awaited appeal ruling".</summary>
    private const int ModifierReach = 3;

    /// <summary>How many sentences back the court may have been named.</summary>
    public const int CourtReach = 10;

    /// <summary>
    /// Whether the judgement's object, right after its verb (or inside a trigger that spans it: "called the verdict a ..."), is a
    /// definite phrase whose noun is a court's decision and which names no actor of its own ("the court's ruling" is read as written).
    /// </summary>
    public static bool OnDecision(Document document, Sentence sentence, TriggerMatch trigger, List<ActorGroup> groups)
    {
        var end = sentence.EndToken;
        var at = trigger.EndToken - trigger.FirstToken > 1 && IsDeterminer(Word(document, trigger.FirstToken + 1))
            ? trigger.FirstToken + 1 : Targets.ObjectStart(document, trigger);
        if (at >= end || !IsDeterminer(Word(document, at)))
            return false;
        for (var t = at + 1; t < end && t <= at + ModifierReach + 1; t++)
        {
            if (document.Tokens[t].Is(TokenShape.Punctuation) && Word(document, t) is not "-")
                return false;
            foreach (var g in groups)
                if (g.FirstToken == t)
                    return false;
            if (s_decisions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(document, t)))
                return t + 1 >= end || Word(document, t + 1) is not ("of" or "by" or "against" or "on");
        }
        return false;
    }

    /// <summary>The words a court's mention ends in: a prosecutor or a lawyer gives no ruling ("the court prosecutor" is no court).</summary>
    private static readonly FrozenSet<string> s_courts = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "court", "courts", "tribunal", "tribunals", "judge", "judges", "justices", "bench", "chamber");

    /// <summary>Whether <paramref name="mention"/> names a court or its judges by its last word ("the Supreme Court", "a judge", "the tribunal").</summary>
    public static bool IsCourt(Document document, Mention mention)
    {
        var text = document.Slice(mention.Range).TrimEnd();
        var space = text.LastIndexOf(' ');
        return s_courts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(space < 0 ? text : text[(space + 1)..]);
    }

    private static bool IsDeterminer(ReadOnlySpan<char> word) => word is "the" or "this" or "that" or "these" or "those";

    private static ReadOnlySpan<char> Word(Document document, int token) => document.Slice(document.Tokens[token].Range);
}
