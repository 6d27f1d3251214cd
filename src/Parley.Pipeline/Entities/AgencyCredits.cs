using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The news agency's credit in a dateline (<see cref="Datelines"/>): "LIMA, Peru (AP) -", "WASHINGTON, July 10 (Reuters) -".
/// The agency is a name like any other (an organisation, for the recogniser and NER), but it wrote the story and is no
/// actor in it: the event coder takes no actor from inside the parentheses (else "(Reuters) - Peru expelled ..." makes
/// Reuters the expeller).
/// </summary>
internal static class AgencyCredits
{
    /// <summary>Longest credit read: "(Thomson Reuters Foundation)".</summary>
    private const int MaxCreditTokens = 4;

    /// <summary>
    /// The tokens inside the credit's parentheses as [First, End) when <paramref name="sentence"/> is the document's first and
    /// opens with a dateline that credits an agency; (-1, -1) otherwise (every later sentence costs one comparison).
    /// </summary>
    public static (int First, int End) Span(Document document, Sentence sentence)
    {
        if (sentence.FirstToken != document.Sentences[0].FirstToken)
            return (-1, -1);
        var close = Datelines.Dash(document) - 1;
        if (close < sentence.FirstToken || document.Slice(document.Tokens[close].Range) is not ")")
            return (-1, -1);
        for (var open = close - 2; open >= sentence.FirstToken + 1 && open >= close - MaxCreditTokens - 1; open--)
            if (document.Slice(document.Tokens[open].Range) is "(")
                return (open + 1, close);
        return (-1, -1);
    }
}
