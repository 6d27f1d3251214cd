using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "Jon Reyes, head of the dockers' union, accused the government ...", "The Liberty Front, the largest of the exile groups,
/// rejected the decree": a comma right before the trigger most often opens a participle on a victim ("leaders of the group,
/// killed in a strike"), which <see cref="SubjectPlaces.Passive"/> reads as a passive; but when it closes the apposition of a
/// name that opens the clause ("Name , apposition ,") and the tagger reads the trigger as a finite verb with no "by" after it,
/// the name is the verb's subject (round 55). Read by the uncoded-subject step only (coded names already find their verbs), and
/// kept there only when the name gets a country (a name of unknown country past such a comma stays uncoded).
/// </summary>
internal static class AppositionSubjects
{
    /// <summary>Longest apposition, in tokens, between the name's comma and the trigger's.</summary>
    private const int AppositionReach = 14;

    /// <summary>Whether the comma before <paramref name="triggerToken"/> closes the apposition of a name opening the clause at <paramref name="clauseStart"/>.</summary>
    public static bool ClosesApposition(Document document, int clauseStart, int triggerToken)
    {
        if (triggerToken - 1 <= clauseStart || document.Slice(document.Tokens[triggerToken - 1].Range) is not ",")
            return false;
        var tags = document.Tags;
        if (tags.Length <= triggerToken || !(PosTags.IsFinite(tags[triggerToken]) || tags[triggerToken] == PosTag.VBN && ObjectAfter(document, triggerToken + 1)))
            return false;
        if (triggerToken + 1 < document.Tokens.Length && document.Slice(document.Tokens[triggerToken + 1].Range) is "by")
            return false; // "..., praised by the council" is a participle after all
        // The name's comma: the first comma after the clause start, a name's last token right before it.
        var comma = -1;
        for (var t = clauseStart; t < triggerToken - 1; t++)
            if (document.Slice(document.Tokens[t].Range) is ",")
            {
                comma = t;
                break;
            }
        if (comma <= clauseStart || triggerToken - 1 - comma > AppositionReach || triggerToken - 1 - comma < 2)
            return false;
        for (var t = comma + 1; t < triggerToken - 1; t++)
            if (document.Slice(document.Tokens[t].Range) is "," or ";" or "who" or "which" or "that")
                return false; // one apposition, not a list or a relative clause
        var nameEnd = document.Tokens[comma - 1].End;
        for (var m = document.FirstMentionFrom(document.Tokens[clauseStart].Start); m < document.Mentions.Length && document.Mentions[m].Start < nameEnd; m++)
            if (document.Mentions[m].End == nameEnd && document.Mentions[m].Kind == MentionKind.Name)
                return true;
        return false;
    }

    /// <summary>
    /// "accused the government", "urged ministers", "rejected Ankara's offer": a direct object right after the verb (past a particle:
    /// "called on the army") shows an active verb the tagger took for a participle; "arrested the day before" does not.
    /// </summary>
    private static bool ObjectAfter(Document document, int next)
    {
        if (next < document.Tokens.Length && document.Slice(document.Tokens[next].Range) is "for" or "on" or "off" or "up")
            next++;
        if (next + 1 >= document.Tokens.Length || document.Tags.Length <= next + 1)
            return false;
        var tag = document.Tags[next];
        if (tag is PosTag.NNP or PosTag.NNPS or PosTag.PRPS || tag == PosTag.NNS && !document.Tokens[next].Is(TokenShape.Capitalized))
            return true;
        return tag == PosTag.DT && document.Slice(document.Tokens[next].Range) is "the" or "a" or "an" or "its" or "their" or "his" or "her"
            && document.Slice(document.Tokens[next + 1].Range) is not ("day" or "week" or "month" or "year" or "night" or "morning" or "same" or "next" or "following");
    }
}
