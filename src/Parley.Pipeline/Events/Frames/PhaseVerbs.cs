using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// Aspect verbs between a frame's "to" and its act: "vowed to keep attacking", "threatened to resume shelling", "pledged to
/// continue strikes", "urged Japan to step up pressure". They say when the act runs, not what it is, so the frame still
/// governs the act after them. (Verbs that end an act, "stop firing", are triggers of their own in events.tsv.)
/// </summary>
internal static class PhaseVerbs
{
    /// <summary>How far back from the act the "to" may stand: "to step up its military pressure".</summary>
    private const int Reach = 7;

    private static readonly FrozenSet<string> s_phases = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "keep", "keeps", "kept", "continue", "continues", "continued", "resume", "resumes", "resumed", "start", "starts", "started",
        "begin", "begins", "began", "step", "steps", "stepped", "intensify", "intensifies", "intensified", "ramp", "ramps", "ramped",
        "renew", "renews", "renewed", "restart", "restarts", "restarted", "carry", "carries", "carried", "press", "presses", "pressed",
        "go", "goes", "went", "push");

    /// <summary>Particles of a phrasal aspect verb: "step up", "carry on", "press ahead with", "go ahead with".</summary>
    private static readonly FrozenSet<string> s_particles = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "up", "on", "ahead", "with", "forward", "to");

    private static readonly FrozenSet<string> s_determiners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "its", "their", "his", "her", "our", "the", "a", "an");

    /// <summary>Words that cannot be a modifier of the act: they end the phrase.</summary>
    private static readonly FrozenSet<string> s_breaks = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "and", "or", "but", "that", "which", "who", "to", "not", "if", "unless", "while", "when");

    /// <summary>A word of an aspect phrase before an act ("keep", "up", "its"): it may stand between a modal and the act it announces.</summary>
    public static bool IsPart(ReadOnlySpan<char> word) =>
        s_phases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || word is "its" or "their" or "his" or "her" or "our";

    /// <summary>Whether every word of <paramref name="trigger"/> is an aspect verb or its particle: "press ahead", "press on with".</summary>
    public static bool IsPhrase(Document document, TriggerMatch trigger)
    {
        for (var t = trigger.FirstToken; t < trigger.EndToken; t++)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (!s_phases.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !s_particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
        }
        return true;
    }

    /// <summary>True when the tokens from <paramref name="from"/> to the act are "to", aspect verbs and at most a determiner and two modifiers.</summary>
    public static bool Reaches(Document document, int from, int act)
    {
        var to = -1;
        for (var t = act - 1; t >= Math.Max(0, from - 1) && t >= act - Reach; t--)
            if (document.Slice(document.Tokens[t].Range) is "to")
            {
                to = t;
                break;
            }
        return to >= 0 && Spans(document, to + 1, act);
    }

    /// <summary>
    /// True when the tokens from <paramref name="from"/> to the act are aspect verbs (at least one) with their particles, then
    /// at most a determiner and two modifiers: "keep attacking", "step up its attacks", "continue to strike".
    /// </summary>
    public static bool Spans(Document document, int from, int act)
    {
        var k = from;
        var verbs = 0;
        var phases = s_phases.GetAlternateLookup<ReadOnlySpan<char>>();
        var particles = s_particles.GetAlternateLookup<ReadOnlySpan<char>>();
        while (k < act && phases.Contains(document.Slice(document.Tokens[k].Range)))
        {
            verbs++;
            k++;
            while (k < act && particles.Contains(document.Slice(document.Tokens[k].Range)))
                k++;
        }
        if (verbs == 0)
            return false;
        if (k < act && s_determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[k].Range)))
            k++;
        // "step up military pressure", "resume its deadly attacks": at most two lower-case modifiers before the act.
        for (var modifiers = 0; k < act && modifiers < 2; k++, modifiers++)
        {
            var word = document.Slice(document.Tokens[k].Range);
            if (!document.Tokens[k].Is(TokenShape.Word) || !char.IsLower(word[0]) || s_breaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return false;
        }
        return k == act;
    }
}
