using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "The northern state fired two ballistic missiles that splashed down in the sea", "the air force answered by firing three
/// missiles into the sea near the line": a missile launch aimed at no one, told with its splash-down, a test or a drill, is a
/// show of military force (CAMEO 150, PLOVER MOBILIZE), not an attack with heavy weapons (194). Reads the words of the
/// <c>assault.fire-missiles</c> rows and the rest of the trigger's clause: a launch "at", "toward", "against" or "on"
/// something, or into anything but the sea, is aimed and keeps its code; with no sign of a show (sea, waters, splash,
/// test, drill, exercise) it keeps it too, since an overnight barrage on a country at war names its target elsewhere.
/// An intercontinental missile is always a show: no news launch of one has struck anyone.
/// </summary>
internal static class MissileShows
{
    /// <summary>How many tokens after the trigger the clause is read for an aim or a sign of a show.</summary>
    private const int Reach = 20;

    /// <summary>Prepositions that aim a launch at someone or something: "fired missiles at", "toward southern towns".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_aimed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "at", "toward", "towards", "against", "onto", "targeting", "hitting", "striking").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words that tell a launch made to be seen: where it fell (the sea) or what it was (a test, a drill).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_show = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "sea", "seas", "waters", "ocean", "splashed", "splashdown", "test", "tests", "test-fired", "test-firing", "drill", "drills",
        "exercise", "exercises").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Days and months after "on", "in" or "into" that make it a time, not an aim: "fired a missile on Thursday".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_times = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.", "the", "early", "late", "morning", "evening", "night").GetAlternateLookup<ReadOnlySpan<char>>();

    public const string Cameo = "150";

    /// <summary>The show of force (MOBILIZE, 150) a missile launch by <paramref name="trigger"/> is, or null when it stands as an attack.</summary>
    public static (string Plover, string Cameo, string? Mode)? Recode(Document document, Sentence sentence, TriggerMatch trigger, string cameo)
    {
        if (cameo != "194" || !trigger.Pattern.Id.StartsWith("assault.fire-missiles.", StringComparison.Ordinal))
            return null;
        var missile = false;
        var intercontinental = false;
        for (var t = trigger.FirstToken; t < trigger.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            missile |= word.Equals("missile", StringComparison.OrdinalIgnoreCase) || word.Equals("missiles", StringComparison.OrdinalIgnoreCase);
            intercontinental |= word.Equals("intercontinental", StringComparison.OrdinalIgnoreCase) || word.Equals("ICBM", StringComparison.OrdinalIgnoreCase);
        }
        if (!missile)
            return null;
        var end = Math.Min(sentence.FirstToken + sentence.TokenCount, trigger.EndToken + Reach);
        var shown = intercontinental;
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (word is ";" || word is "," && !shown && t > trigger.EndToken + 8)
                break;
            if (s_show.Contains(word))
                shown = true;
            else if (s_aimed.Contains(word))
                return null; // "fired missiles at ships": aimed
            else if (word is "on" or "into" && t + 1 < end && !TimeOrSea(document, t + 1, end))
                return null; // "fired missiles on the city", "into Ukraine": aimed; "on Thursday", "into the sea" are not
        }
        return shown ? ("MOBILIZE", Cameo, null) : null;
    }

    /// <summary>"on Thursday", "into the sea", "into waters off ...": a time or the sea follows, no aim.</summary>
    private static bool TimeOrSea(Document document, int t, int end)
    {
        var word = document.Slice(document.Tokens[t].Range);
        if (word is "the" && t + 1 < end)
        {
            var next = document.Slice(document.Tokens[t + 1].Range);
            return s_show.Contains(next) || s_times.Contains(next)
                || t + 2 < end && s_show.Contains(document.Slice(document.Tokens[t + 2].Range));
        }
        return s_show.Contains(word) || s_times.Contains(word);
    }
}
