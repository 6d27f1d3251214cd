using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Women marched in Kabul", "dozens of students walked out of their exams", "thousands of people took to the streets",
/// "nurses who had staged a sit-in": people named by who they are, the subject of a protest act (CAMEO root 14), act
/// together as protesters of the country where they act, like a public (see <c>Agent</c> in PlacedAgents.cs). The same
/// nouns as objects ("police dispersed the women") or as the subject of any other verb ("students sat their exams") stay
/// what they were.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>
    /// Whether the civilians, students, doctors or traders (or "people", "crowds") of <paramref name="agent"/>, a plural
    /// ending at token <paramref name="end"/>, are the subject of a protest act; civilians and people no other rule lets act
    /// ("women", "mothers", "people") then act as the opposition (OPP), others keep their own sector ("students" stay EDU,
    /// "residents" and "crowds" CVL).
    /// </summary>
    private bool ProtestingCrowd(Sentence sentence, ref AgentWord agent, int end)
    {
        if (!(agent.Kind == AgentKind.Agent && agent.Sector is "CVL" or "EDU" or "HLH" or "BUS" or "LAB" || agent is { Kind: AgentKind.Title, Sector: "CVL" })
            || agent.Country is not null || !Crowd(agent.Phrase) || !Protesting(sentence, end))
            return false;
        // Civilians that act as a body anyway ("miners", "crowds", "Indigenous groups") keep their sector.
        if (agent.Sector is "CVL" && !ActingCivilians.Contains(agent.Phrase) && !OrganisedCivilians(agent.Phrase))
            agent = agent with { Sector = "OPP", Kind = AgentKind.Agent };
        return true;
    }

    /// <summary>A plural names a crowd; "a student who joined the march" is one person, quoted, not a crowd acting.</summary>
    private static bool Crowd(string noun) =>
        noun.EndsWith('s') || noun.EndsWith("men", StringComparison.OrdinalIgnoreCase) || noun.EndsWith("people", StringComparison.OrdinalIgnoreCase);

    /// <summary>Verbs that are a protest act only with a protest noun after them ("staged a sit-in", "held a rally").</summary>
    private static readonly FrozenSet<string> ProtestSupportVerbs = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "staged", "stage", "staging", "held", "hold", "holding", "launched", "launch", "began", "begin", "started", "start",
        "joined", "join", "joining", "went", "go", "going", "organised", "organized", "mounted");

    /// <summary>Words that may stand between a subject and its verb: a relative pronoun, an adverb, an auxiliary.</summary>
    private static readonly FrozenSet<string> SubjectGap = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "who", "also", "then", "later", "again", "still", "have", "had", "has", "were", "are", "briefly", "reportedly", "angrily", "peacefully");

    /// <summary>
    /// Whether the words from token <paramref name="t"/>, right after an agent noun, are its protest act: a protest verb
    /// ("marched", "blocked"), a support verb with a protest noun ("staged a sit-in", "went on strike"), "walked out", or
    /// "took to the streets". A past participle after "were" is passive ("were blocked") and no act of theirs.
    /// </summary>
    private bool Protesting(Sentence sentence, int t)
    {
        var passive = false;
        for (var gap = 0; gap < 3 && t < sentence.EndToken && NameCues.Contains(SubjectGap, document.Slice(document.Tokens[t].Range)); gap++, t++)
            passive |= Is(t, "were");
        if (t >= sentence.EndToken)
            return false;
        var word = document.Slice(document.Tokens[t].Range);
        if (passive && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
            return false;
        if (NameCues.Contains(ProtestWords.Verbs, word))
            return true;
        if (t + 1 >= sentence.EndToken)
            return false;
        // "walked out of their exams", "took to the streets", "poured into the streets"
        if (word.StartsWith("walk", StringComparison.OrdinalIgnoreCase) && Is(t + 1, "out"))
            return true;
        if ((Is(t, "took") || Is(t, "take") || Is(t, "taking") || Is(t, "poured") || Is(t, "spilled")) && Streets(sentence, t + 1))
            return true;
        if (!NameCues.Contains(ProtestSupportVerbs, word))
            return false;
        // "staged a sit-in", "went on a hunger strike", "held a candlelight vigil": the protest noun within four words
        for (var n = t + 1; n < sentence.EndToken && n <= t + 4; n++)
            if (NameCues.Contains(ProtestWords.Acts, document.Slice(document.Tokens[n].Range)))
                return true;
        return false;
    }

    /// <summary>"to the streets", "into the streets of the capital": the streets as where a crowd goes.</summary>
    private bool Streets(Sentence sentence, int t) =>
        t + 2 < sentence.EndToken && (Is(t, "to") || Is(t, "into") || Is(t, "onto")) && Is(t + 1, "the") && (Is(t + 2, "streets") || Is(t + 2, "street"));
}
