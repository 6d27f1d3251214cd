using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Cues that an act is told as a habit or a purpose, not as one act that happened: "the group frequently conducts
/// bombings", "militias routinely detain travellers", "a plane used to share intelligence", "the jail used to hold
/// captured fighters". CAMEO codes events, one act at one time; a habit or what a thing serves for is neither.
/// </summary>
internal static class HabitsAndUses
{
    /// <summary>Adverbs of frequency: what they qualify happens again and again, at no one time. "repeatedly" is left
    /// out: "has repeatedly violated the truce" reports acts that were done.</summary>
    private static readonly FrozenSet<string> s_habitual = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "frequently", "often", "routinely", "regularly", "usually", "typically", "habitually", "customarily", "normally",
        "commonly", "traditionally", "sometimes", "occasionally", "periodically");

    /// <summary>How far before the trigger a frequency adverb still qualifies it: "often publicly criticises".</summary>
    private const int HabitReach = 3;

    /// <summary>How far before the trigger "used to" still names its purpose: "used to let pilots talk and swap maps".</summary>
    private const int UseReach = 6;

    /// <summary>
    /// Stems of verbs that state a position: "routinely deny harbouring militants", "often criticises Beijing". A stance
    /// said again and again is a position held now, and CAMEO codes it; a deed done again and again is no one event.
    /// </summary>
    private static readonly string[] s_stanceStems =
        ["deny", "deni", "reject", "critic", "condemn", "denounc", "accus", "blam", "dismiss", "oppos", "insist", "urg", "demand",
         "warn", "prais", "call", "say", "said", "refus", "support", "back", "welcom", "appeal", "ask", "threat", "rail"];

    public static bool Stance(ReadOnlySpan<char> verb)
    {
        foreach (var stem in s_stanceStems)
            if (verb.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Whether the word at <paramref name="token"/> (before the trigger) makes the trigger a habit or a purpose.</summary>
    public static bool Marks(Document document, int token, ReadOnlySpan<char> text, int trigger)
    {
        if (trigger - token <= HabitReach && s_habitual.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return !Stance(document.Slice(document.Tokens[trigger].Range));
        // "used to" with no "is"/"was" before it is a thing's purpose ("a plane used to spy") or a past habit ("Iran
        // used to fund them"); "was used to" is the same purpose. "used the base to hold" has "used" with an object: left alone.
        return trigger - token <= UseReach && text.Equals("used", StringComparison.OrdinalIgnoreCase)
            && token + 1 < trigger && document.Slice(document.Tokens[token + 1].Range).Equals("to", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Participles of a casualty count: "have been killed", "had been wounded".</summary>
    private static readonly FrozenSet<string> s_tollWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "killed", "injured", "wounded", "maimed");

    /// <summary>How far before or after the trigger the span of a running toll may be named: "since October 2023", "in the last 15 months".</summary>
    private const int TollSpanReach = 12;

    /// <summary>
    /// "More than 900 people have been killed since the war began", "In the past two years, 300 soldiers have been wounded":
    /// a perfect passive of a casualty count over a span ("since", "in the last/past") is a running toll, a statistic
    /// summed over many acts, not one act. "Five soldiers were killed on Monday" stays one act.
    /// </summary>
    public static bool RunningToll(Document document, int trigger, int clauseStart)
    {
        if (trigger < 2 || !s_tollWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[trigger].Range))
            || document.Slice(document.Tokens[trigger - 1].Range) is not "been"
            || document.Slice(document.Tokens[trigger - 2].Range) is not ("have" or "has" or "had"))
            return false;
        for (var t = trigger + 1; t < document.Tokens.Length && t <= trigger + TollSpanReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "by")
                return false; // an agent is named: "have been killed by troops since ..." is the troops' act
            if (text is "." or ";" or "?" or "!")
                break;
            if (text.Equals("since", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        // a fronted span may stand before the clause's own start: "In the past year, 80 rebels have been killed"
        for (var t = trigger - 3; t >= Math.Max(0, Math.Min(clauseStart, trigger - 3) - TollSpanReach) && t >= trigger - 2 * TollSpanReach; t--)
        {
            if (document.Slice(document.Tokens[t].Range) is "." or ";" or "?" or "!")
                return false;
            if (document.Slice(document.Tokens[t].Range).Equals("in", StringComparison.OrdinalIgnoreCase)
                && document.Slice(document.Tokens[t + 1].Range) is "the" or "The" && t + 2 < trigger
                && document.Slice(document.Tokens[t + 2].Range) is "last" or "past")
                return true;
        }
        return false;
    }

    /// <summary>Words of a share of a whole: "40 percent of", "half of", "under 5 million of the 80 million".</summary>
    private static readonly FrozenSet<string> s_shares = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "percent", "%", "half", "third", "quarter", "share", "fraction", "million", "billion", "thousand");

    /// <summary>How far after the trigger a statistic's words may stand: "grow under 5 million of the ...".</summary>
    private const int StatisticReach = 8;

    /// <summary>
    /// "West African farms grow under 5 million of the goats eaten", "Russia supplies 40 percent of
    /// Europe's gas", "the city has suffered more attacks than any other": a share of a whole given in the present, or a
    /// comparison with all others, is a statistic about a state of affairs, not one act.
    /// </summary>
    public static bool Statistic(Document document, int trigger)
    {
        var word = document.Slice(document.Tokens[trigger].Range);
        var present = !Inflections.IsPastForm(word)
            && (trigger == 0 || document.Slice(document.Tokens[trigger - 1].Range) is not ("will" or "would" or "to" or "could" or "may" or "might"));
        for (var t = trigger + 1; t + 1 < document.Tokens.Length && t <= trigger + StatisticReach; t++)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is "." or ";" or "," or "?" or "!")
                return false;
            if (text is "than" && document.Slice(document.Tokens[t + 1].Range) is "any" && t + 2 < document.Tokens.Length
                && document.Slice(document.Tokens[t + 2].Range) is "other" or "others")
                return true;
            if (present && s_shares.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) && document.Slice(document.Tokens[t + 1].Range) is "of")
                return true;
        }
        return false;
    }
}
