using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Time;

/// <summary>
/// The tense a time expression is read in: the nearest tense cue to it in its clause ("will", "plans", "met",
/// "said", a lower-case "-ed" verb), so "said on Friday it will meet on Monday" reads Friday as past and Monday as future.
/// </summary>
internal static class TenseCues
{
    /// <summary>Past verbs of intention whose "to" complement looks ahead: "agreed to meet in September".</summary>
    private static readonly FrozenSet<string> Intent = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "agreed", "decided", "vowed", "promised", "pledged", "planned", "threatened", "voted", "urged", "asked",
        "offered", "proposed", "resolved", "sought", "hoped", "intended", "prepared", "aimed", "expected", "scheduled",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentLookup = Intent.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Tense Around(in TimeScan s, int first, int end)
    {
        bool leftOpen = true, rightOpen = true;
        for (var d = 1; d < 24; d++)
        {
            var left = first - d;
            var right = end - 1 + d;
            leftOpen = leftOpen && left >= s.First && !IsClauseBreak(s, left);
            rightOpen = rightOpen && right < s.End && !IsClauseBreak(s, right) && !OpensRelativeClause(s, right);
            if (!leftOpen && !rightOpen)
                break;
            if (leftOpen && Cue(s, left) is var l and not Tense.None)
                return l == Tense.Past && s.Is(left + 1, "to") && IntentLookup.Contains(s.Word(left)) ? Tense.Future : l;
            if (rightOpen && Cue(s, right) is var r and not Tense.None)
                return r;
        }
        return Tense.None;
    }

    /// <summary>The tense cue of one token, if it is one.</summary>
    public static Tense Cue(in TimeScan s, int i) => s.Lex[i].Kind switch
    {
        LexKind.Future when PlanNoun(s, i) => Tense.None,
        LexKind.Future => Tense.Future,
        LexKind.Prospective => Tense.Prospective,
        LexKind.Past or LexKind.Ago => Tense.Past,
        LexKind.Preposition when s.Is(i, "since") => Tense.Past, // "since a phone call in January"
        LexKind.None => IsPastParticiple(s, i) ? Tense.Past : Tense.None,
        _ => Tense.None,
    };

    /// <summary>Words that make a following "plan"/"plans" a noun: "the administration's plans for ...", "its plan".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NounMarkers = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["the", "a", "its", "their", "his", "her", "our", "these", "those", "new", "such", "'s", "\u2019s"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// "plans"/"plan" as a noun ("as part of his government's plans for reform"): a noun tells no tense, so a month after
    /// it keeps the clause's own tense ("first raised the idea ... of the plans for a wall after taking office in January").
    /// </summary>
    private static bool PlanNoun(in TimeScan s, int i)
    {
        if (!s.Is(i, "plans") && !s.Is(i, "plan"))
            return false;
        var before = s.Word(i - 1);
        return NounMarkers.Contains(before) || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPastParticiple(in TimeScan s, int i)
    {
        var t = s.Tokens[i];
        if (!t.Is(TokenShape.Word) || t.Is(TokenShape.Capitalized))
            return false;
        var w = s.Word(i);
        return w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal);
    }

    private static bool IsClauseBreak(in TimeScan s, int i) => s.Word(i) is ";" or ":";

    /// <summary>"signed a decree Thursday that will serve ...": the tense after "that/which/who" is the clause's own.</summary>
    private static bool OpensRelativeClause(in TimeScan s, int i) => s.Is(i, "that") || s.Is(i, "which") || s.Is(i, "who");
}
