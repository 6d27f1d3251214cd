using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The news agency's credit in a dateline: "LIMA, Peru (AP) -", "WASHINGTON, July 10 (Reuters) -". The agency wrote the
/// story and is no actor in it, so no name is read inside the parentheses (else "(Reuters) - Peru expelled ..." makes
/// Reuters the expeller).
/// </summary>
internal static class AgencyCredits
{
    /// <summary>Longest credit read: "(Thomson Reuters Foundation)".</summary>
    private const int MaxCreditTokens = 4;

    /// <summary>Marks the credit's tokens in <paramref name="marked"/> (made when null); returns it unchanged when the sentence opens no dateline with a credit.</summary>
    public static bool[]? Mark(Document document, Sentence sentence, bool[]? marked)
    {
        var tokens = document.Tokens;
        if (sentence.TokenCount < 4 || !tokens[sentence.FirstToken].Is(TokenShape.AllCaps))
            return marked; // a dateline opens with its place in capitals
        // The dateline before the credit: capitalised words, numbers, commas and periods ("NEW ORLEANS", "BERLIN, Oct. 3").
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken && t < sentence.FirstToken + 12; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (word is "(")
                return Credit(document, sentence, t) is var close and > 0 ? Marked(sentence, t + 1, close, marked) : marked;
            if (!(tokens[t].Is(TokenShape.Capitalized) || tokens[t].Is(TokenShape.Number) || word is "," or "."))
                return marked;
        }
        return marked;
    }

    /// <summary>The closing parenthesis of a credit opened at <paramref name="open"/> and followed by a dash; 0 when there is none.</summary>
    private static int Credit(Document document, Sentence sentence, int open)
    {
        var tokens = document.Tokens;
        for (var close = open + 2; close < sentence.EndToken - 1 && close <= open + MaxCreditTokens + 1; close++)
            if (document.Slice(tokens[close].Range) is ")")
                return document.Slice(tokens[close + 1].Range) is "-" or "--" or "–" or "—" ? close : 0;
        return 0;
    }

    private static bool[] Marked(Sentence sentence, int first, int end, bool[]? marked)
    {
        marked ??= new bool[sentence.TokenCount];
        for (var t = first; t < end; t++)
            marked[t - sentence.FirstToken] = true;
        return marked;
    }
}
