using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The dateline a wire story opens with: "NAIROBI, Kenya —", "NEW ORLEANS (AP) -", "WASHINGTON, July 10 (Reuters) -": a
/// place in capitals, then capitalised words, numbers, commas, periods and an agency's credit in parentheses, up to a dash.
/// </summary>
internal static class Datelines
{
    /// <summary>Longest dateline read, in tokens before the dash: "SAN JOSE, Costa Rica, Oct. 3 (Thomson Reuters Foundation) -".</summary>
    private const int MaxTokens = 16;

    /// <summary>The dash that ends the dateline opening the document (its first sentence); -1 when it opens with none.</summary>
    public static int Dash(Document document)
    {
        var tokens = document.Tokens;
        if (document.Sentences.Length == 0 || document.Sentences[0] is not { TokenCount: >= 4 } sentence || !tokens[sentence.FirstToken].Is(TokenShape.AllCaps))
            return -1;
        for (var t = sentence.FirstToken + 1; t < sentence.EndToken - 1 && t <= sentence.FirstToken + MaxTokens; t++)
        {
            var word = document.Slice(tokens[t].Range);
            if (word is "-" or "--" or "–" or "—")
                return t;
            if (!(tokens[t].Is(TokenShape.Capitalized) || tokens[t].Is(TokenShape.Number) || word is "," or "." or "(" or ")"))
                return -1;
        }
        return -1;
    }

    /// <summary>Where the document's dateline ends (the start of its dash); 0 when the document opens with none.</summary>
    public static int End(Document document) => Dash(document) is var dash and >= 0 ? document.Tokens[dash].Start : 0;
}
