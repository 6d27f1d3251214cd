using Parley.Core;

namespace Parley.Pipeline.Text;

/// <summary>
/// The tags of a word the lexicon lacks, from its shape and ending: a digit makes it CD ("F-35"), a capital NNP
/// ("Zelenskyy"), a hyphen JJ ("cross-border"), then "-ing" VBG, "-ed" VBD, "-ly" RB, "-tion/-ment/-ness/-er..." NN,
/// "-able/-ous/-ive/-al..." JJ, "-s" NNS, else NN. The first tag is the guess; the others are the readings the
/// contextual rules may move it to ("shelled" VBD, also VBN and JJ). data/tools/build-pos-lexicon.mjs drops the lexicon
/// entries whose one tag this guess gives, so the two must stay in step (its test pins the same cases).
/// </summary>
public static class PosGuesser
{
    private static readonly string[] NounEndings = ["ness", "ment", "tion", "sion", "ity", "ism", "ship", "ance", "ence", "hood", "er", "or", "ist"];
    private static readonly string[] AdjectiveEndings = ["able", "ible", "ous", "ive", "ful", "less", "ic", "al", "ish", "ary"];

    public static PosReadings Guess(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAnyInRange('0', '9') >= 0)
            return PosReadings.Of(PosTag.CD);
        if (word.Length > 0 && char.IsUpper(word[0]))
            return PosReadings.Of(PosTag.NNP);
        if (word.Contains('-'))
            return PosReadings.Of(PosTag.JJ);
        if (Ends(word, "ing"))
            return PosReadings.Of(PosTag.VBG, PosTag.NN, PosTag.JJ);
        if (Ends(word, "ed"))
            return PosReadings.Of(PosTag.VBD, PosTag.VBN, PosTag.JJ);
        if (Ends(word, "ly"))
            return PosReadings.Of(PosTag.RB);
        foreach (var e in NounEndings)
            if (Ends(word, e))
                return PosReadings.Of(PosTag.NN);
        foreach (var e in AdjectiveEndings)
            if (Ends(word, e))
                return PosReadings.Of(PosTag.JJ);
        if (Ends(word, "s") && !Ends(word, "ss") && !Ends(word, "us") && !Ends(word, "is"))
            return PosReadings.Of(PosTag.NNS, PosTag.VBZ);
        return NoEnding;
    }

    /// <summary>The guess for a word no shape or ending tells: a noun that may be a verb.</summary>
    public static readonly PosReadings NoEnding = PosReadings.Of(PosTag.NN, PosTag.VB, PosTag.VBP);

    // As the build tool: the ending plus at least three letters before it.
    private static bool Ends(ReadOnlySpan<char> word, string ending) =>
        word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal);
}
