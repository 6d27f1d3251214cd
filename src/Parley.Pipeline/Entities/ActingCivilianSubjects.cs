using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Residents have long accused the mine of fouling the river", "In the north, villagers blocked the road", "..., and farmers
/// said the rains had failed": civilians who act as a body (<see cref="ActingCivilians"/>: residents, villagers, workers,
/// farmers, prisoners ...) written as a bare plural that opens its clause and is followed by its finite verb are the doers of
/// that clause, and belong to the country the sentence, the scene before it or the story places them in, as bare police and
/// protesters do. A plural after a verb or a preposition ("police dispersed residents", "talks with farmers"), one a
/// determiner, count or adjective qualifies ("some residents", "foreign workers") and one with no verb after it stays
/// unplaced, as before (civilians named by class are where they live, not actors), and so do witnesses: civilians who
/// report, say or saw what others did ("residents reported air strikes") are the sources of no act.
/// </summary>
internal sealed partial class Coreference
{
    /// <summary>Whether the acting civilians at [<paramref name="first"/>, <paramref name="end"/>) are the bare subject of their clause.</summary>
    private bool ActingCivilianSubject(Sentence sentence, int first, int end, ReadOnlySpan<char> phrase)
    {
        if (!ActingCivilians.Contains(phrase) || ActingCivilians.IsPublic(phrase) || end >= sentence.EndToken)
            return false;
        var last = document.Slice(document.Tokens[end - 1].Range);
        if (last.Length < 3 || last[^1] != 's' || last[^2] == 's')
            return false;
        var opens = first == sentence.FirstToken
            || first - 1 == sentence.FirstToken && IsThe(first - 1)
            || AfterComma(sentence, first) && AfterScene(sentence, first - 1)
            || OpensInnerClause(sentence, first, end);
        // "residents reported air strikes", "villagers said troops had come": witnesses telling what others did are no doers.
        return opens && VerbAt(end) && !Witnessing(end);
    }

    /// <summary>Whether the verb at <paramref name="t"/> (past an auxiliary) tells what was seen or said: "reported", "said", "described", "saw".</summary>
    private bool Witnessing(int t)
    {
        var word = document.Slice(document.Tokens[t].Range);
        if (word is "have" or "had" or "has" or "were" or "are" or "also" or "later" or "then" or "again" && t + 1 < document.Tokens.Length)
            word = document.Slice(document.Tokens[t + 1].Range);
        return ReportingVerbs.IsSay(word) || word is "reported" or "report" or "reports" or "reporting" or "described" or "describe" or "saw" or "see"
            or "heard" or "hear" or "told" or "tell" or "recalled" or "recount" or "recounted" or "witnessed" or "fled" or "feared" or "fear";
    }
}
