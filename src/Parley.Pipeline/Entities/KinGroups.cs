using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Parents of the twelve miners who died in Sonora demanded ...", "relatives of the missing sailors sued the navy": kin named
/// by those they stand for act as a body (they demand, march and sue for them), unlike civilians named by a class they merely
/// belong to. They act for the country where their people were lost, else the story's.
/// </summary>
internal sealed partial class Coreference
{
    private static readonly FrozenSet<string> KinNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "relatives", "families", "parents", "mothers", "fathers", "widows");

    /// <summary>
    /// Whether the agent phrase is a kin noun followed by "of" that opens the sentence ("Parents of ...", "The families of
    /// ..."): kin as an object ("met the families of soldiers killed in Gaza") are the actor's own people, not placed by the loss.
    /// </summary>
    private bool IsKinOf(Sentence sentence, int first, ReadOnlySpan<char> phrase, int end) =>
        NameCues.Contains(KinNouns, phrase) && end + 1 < sentence.EndToken && Is(end, "of")
        && (OpensClauseAt(sentence.FirstToken, first) || AfterOpeningPhrase(sentence, first));

    private bool OpensClauseAt(int clauseStart, int first) =>
        first == clauseStart || first == clauseStart + 1 && (Is(clauseStart, "the") || Is(clauseStart, "The")) || CountedAt(clauseStart, first);

    /// <summary>"Dozens of mothers of ...", "Hundreds of Tamil relatives of ...": a count, "of" and at most a people's adjective open the clause.</summary>
    private bool CountedAt(int clauseStart, int first) =>
        (first == clauseStart + 2 || first == clauseStart + 3 && document.Tokens[clauseStart + 2].Is(TokenShape.Capitalized))
        && document.Slice(document.Tokens[clauseStart].Range) is "Dozens" or "Hundreds" or "Thousands" or "Scores" or "dozens" or "hundreds" or "thousands" or "scores"
        && Is(clauseStart + 1, "of");

    /// <summary>Prepositions that open a sentence's scene phrase: "At a vigil in Abuja, parents of ...".</summary>
    private static readonly FrozenSet<string> SceneOpeners = FrozenSet.Create(StringComparer.Ordinal,
        "At", "In", "On", "Outside", "During", "Across", "Throughout", "Near", "Inside");

    /// <summary>"At a vigil in Abuja on Monday, parents of ...": the kin open the main clause after a comma-closed scene phrase.</summary>
    private bool AfterOpeningPhrase(Sentence sentence, int first)
    {
        if (!SceneOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[sentence.FirstToken].Range)))
            return false;
        for (var t = sentence.FirstToken + 1; t < first; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
                return OpensClauseAt(t + 1, first);
        return false;
    }

    /// <summary>How far the phrase of those the kin stand for may run: "of the 43 students who vanished in Guerrero state".</summary>
    private const int KinPhraseReach = 12;

    /// <summary>
    /// Codes kin of someone with the country of the place their own phrase names after a locative ("who died in Sonora",
    /// "drowned near Murmansk"), else the story's country, else where the sentence says they act ("at a vigil in Abuja"); false
    /// when none (a country named later, "demanded that Serbia open its archives", is whom they press, not theirs).
    /// </summary>
    private bool KinGroup(Sentence sentence, AgentWord agent, int first, int end)
    {
        var tokens = document.Tokens;
        if ((LostIn(sentence, end) ?? StoryCountry(tokens[first].Start) ?? SentencePlace(sentence, tokens[end - 1].End)) is not { } home)
            return false;
        table.Mention(tokens[first].Start, tokens[end - 1].End, table.Group(agent, home), MentionKind.Agent);
        return true;
    }

    /// <summary>The country of the first place after a locative in the kin's "of" phrase, which a comma or semicolon ends.</summary>
    private string? LostIn(Sentence sentence, int end)
    {
        var tokens = document.Tokens;
        var last = Math.Min(sentence.EndToken, end + KinPhraseReach);
        for (var t = end; t < last; t++)
            if (document.Slice(tokens[t].Range) is "," or ";" or ":")
            {
                last = t;
                break;
            }
        var limit = tokens[last - 1].End;
        foreach (var m in table.Mentions)
            if (m.Start >= tokens[end].Start && m.End <= limit && m.Kind == MentionKind.Name && AfterLocative(m.Start) && CountryOf(m.Entity) is { } country)
                return country;
        return null;
    }
}
