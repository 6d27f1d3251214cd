namespace Parley.Core;

/// <summary>
/// A Penn Treebank part-of-speech tag, one per token (<see cref="Document.Tags"/>). Punctuation marks share
/// <see cref="Punct"/>; currency and other symbols are <see cref="Sym"/>. <c>PRP$</c> and <c>WP$</c> are
/// <see cref="PRPS"/> and <see cref="WPS"/>. <see cref="None"/> marks "no tag" and is never assigned to a token.
/// </summary>
public enum PosTag : byte
{
    None, CC, CD, DT, EX, FW, IN, JJ, JJR, JJS, LS, MD, NN, NNS, NNP, NNPS, PDT, POS, PRP, PRPS, RB, RBR, RBS, RP, Sym,
    TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP, WPS, WRB, Punct,
}

/// <summary>Groups of tags the rules and the coder ask about.</summary>
public static class PosTags
{
    /// <summary>Parses a Penn tag as written in Penn files ("PRP$", "NN"); <see cref="PosTag.None"/> if unknown.</summary>
    public static PosTag Parse(ReadOnlySpan<char> tag) => tag switch
    {
        "PRP$" => PosTag.PRPS,
        "WP$" => PosTag.WPS,
        "SYM" or "$" or "#" => PosTag.Sym,
        "PUNCT" => PosTag.Punct,
        _ => Enum.TryParse<PosTag>(tag, ignoreCase: false, out var t) && t != PosTag.None ? t : PosTag.None,
    };

    /// <summary>The tag as Penn files write it ("PRP$").</summary>
    public static string Name(PosTag tag) => tag switch
    {
        PosTag.PRPS => "PRP$",
        PosTag.WPS => "WP$",
        PosTag.Sym => "SYM",
        PosTag.Punct => "PUNCT",
        _ => tag.ToString(),
    };

    public static bool IsVerb(PosTag tag) => tag is >= PosTag.VB and <= PosTag.VBZ;

    /// <summary>A verb that can head a clause on its own: VBD, VBP, VBZ.</summary>
    public static bool IsFinite(PosTag tag) => tag is PosTag.VBD or PosTag.VBP or PosTag.VBZ;

    public static bool IsNoun(PosTag tag) => tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;

    public static bool IsCommonNoun(PosTag tag) => tag is PosTag.NN or PosTag.NNS;

    public static bool IsAdjective(PosTag tag) => tag is PosTag.JJ or PosTag.JJR or PosTag.JJS;

    public static bool IsAdverb(PosTag tag) => tag is PosTag.RB or PosTag.RBR or PosTag.RBS;
}
