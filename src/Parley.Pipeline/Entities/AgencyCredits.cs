using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The news agency's credit in a dateline (<see cref="Datelines"/>): "LIMA, Peru (AP) -", "WASHINGTON, July 10 (Reuters) -".
/// The agency wrote the story and is no actor in it, so no name is read inside the parentheses (else "(Reuters) - Peru
/// expelled ..." makes Reuters the expeller).
/// </summary>
internal static class AgencyCredits
{
    /// <summary>Longest credit read: "(Thomson Reuters Foundation)".</summary>
    private const int MaxCreditTokens = 4;

    /// <summary>Marks the credit's tokens in <paramref name="marked"/> (made when null); returns it unchanged when the sentence opens no dateline with a credit.</summary>
    public static bool[]? Mark(Document document, Sentence sentence, bool[]? marked)
    {
        var close = Datelines.Dash(document, sentence) - 1;
        if (close < sentence.FirstToken || document.Slice(document.Tokens[close].Range) is not ")")
            return marked;
        for (var open = close - 2; open >= sentence.FirstToken + 1 && open >= close - MaxCreditTokens - 1; open--)
            if (document.Slice(document.Tokens[open].Range) is "(")
            {
                marked ??= new bool[sentence.TokenCount];
                for (var t = open + 1; t < close; t++)
                    marked[t - sentence.FirstToken] = true;
                return marked;
            }
        return marked;
    }
}
