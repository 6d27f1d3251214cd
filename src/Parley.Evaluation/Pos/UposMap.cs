using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Evaluation.Pos;

/// <summary>
/// Penn tags to Universal POS tags, as Universal Dependencies English converts them (the table is in
/// docs/evaluation-pos.md): NN/NNS NOUN, NNP/NNPS PROPN, VB* VERB, MD AUX, JJ* ADJ, RB* ADV, IN ADP, DT/PDT DET, PRP/PRP$/WP/WP$/WDT/EX PRON,
/// CC CCONJ, CD NUM, TO PART, POS PART, RP ADP, UH INTJ, FW/LS X, SYM SYM, marks PUNCT. UD decides some by the word or
/// its neighbour, and so do we: indefinite pronouns ("something", Penn NN) are PRON; forms of "be" are AUX, of "have" and "do" AUX before a verb; "not/n't" PART; IN is SCONJ for
/// the subordinators ("that", "if", "because"...); "to" before a base verb is PART, else ADP.
/// </summary>
public static class UposMap
{
    private static readonly FrozenSet<string> Be = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m");
    private static readonly FrozenSet<string> HaveDo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "have", "has", "had", "having", "'ve", "'d", "do", "does", "did");
    private static readonly FrozenSet<string> Subordinators = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "that", "if", "because", "whether", "although", "though", "while", "unless", "whereas", "so", "once", "whilst");

    /// <summary>Penn's NN for indefinite pronouns ("something", "anyone"), which UD calls PRON.</summary>
    private static readonly FrozenSet<string> Indefinites = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "something", "anything", "nothing", "everything", "someone", "anyone", "everyone", "no-one", "somebody", "anybody", "nobody", "everybody");

    /// <summary>The UPOS of word <paramref name="i"/> (its form <paramref name="word"/>) among <paramref name="tags"/>.</summary>
    public static string Upos(ReadOnlySpan<PosTag> tags, int i, string word)
    {
        var head = word;
        if (head.EndsWith("n't", StringComparison.OrdinalIgnoreCase) && head.Length > 3) head = head[..^3];
        var tag = tags[i];
        if (word is "not" or "n't" or "Not" or "NOT")
            return "PART";
        if (PosTags.IsVerb(tag))
        {
            if (Be.Contains(head))
                return "AUX";
            if (HaveDo.Contains(head) && VerbFollows(tags, i))
                return "AUX";
            return "VERB";
        }
        return tag switch
        {
            PosTag.NN or PosTag.NNS => Indefinites.Contains(head) ? "PRON" : "NOUN",
            PosTag.NNP or PosTag.NNPS => "PROPN",
            PosTag.MD => "AUX",
            PosTag.JJ or PosTag.JJR or PosTag.JJS => "ADJ",
            PosTag.RB or PosTag.RBR or PosTag.RBS or PosTag.WRB => "ADV",
            PosTag.IN => Subordinators.Contains(head) ? "SCONJ" : "ADP",
            PosTag.DT or PosTag.PDT => "DET",
            PosTag.PRP or PosTag.PRPS or PosTag.WP or PosTag.WPS or PosTag.WDT or PosTag.EX => "PRON",
            PosTag.CC => "CCONJ",
            PosTag.CD => "NUM",
            PosTag.TO => i + 1 < tags.Length && tags[i + 1] == PosTag.VB ? "PART" : "ADP",
            PosTag.POS => "PART",
            PosTag.RP => "ADP",
            PosTag.UH => "INTJ",
            PosTag.Sym => "SYM",
            PosTag.Punct => "PUNCT",
            _ => "X",
        };
    }

    /// <summary>A verb within the next three words, adverbs, "not" and a subject pronoun skipped ("has not yet said", "did they say").</summary>
    private static bool VerbFollows(ReadOnlySpan<PosTag> tags, int i)
    {
        for (var k = i + 1; k < tags.Length && k <= i + 3; k++)
        {
            if (PosTags.IsVerb(tags[k]))
                return true;
            if (!PosTags.IsAdverb(tags[k]) && tags[k] != PosTag.PRP)
                return false;
        }
        return false;
    }
}
