using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "A court sentenced the editor, a critic of the government, to six years in prison", "sentenced five activists who had
/// organised the march to prison terms": a sentence to a term of prison, jail or house arrest imposes detention (173), as
/// <c>coerce.sentence-term.v1</c> codes it when the term follows within its gaps. A long object (an apposition between
/// commas, a relative clause) puts the term past those gaps, so the bare verb row (<c>coerce.sentence.v1</c>, the verdict,
/// 116) read it. Reads the rest of the clause after the bare verb for "to" and a term word in the next words; a sentence
/// "to death" first stays the verdict (116), as the gold sets code it.
/// </summary>
internal static class SentencedTerms
{
    /// <summary>How many tokens after the verb the clause is read for the term.</summary>
    private const int Reach = 24;

    /// <summary>How many tokens after "to" may hold the term word ("to more than 26 years", "to three and a half years").</summary>
    private const int TermReach = 6;

    private static readonly HashSet<string> TermWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "prison", "jail", "gaol", "years", "year", "months", "month", "life", "imprisonment", "detention", "term", "terms",
        "colony", "labour", "labor", "house",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        ";", ":", ".", "but", "while", "whereas", "although", "though", "because", "before", "after", "since", "sentenced",
        "sentence", "sentences",
    };

    /// <summary>True when the bare sentencing verb names a term of detention further in its clause (173, not 116).</summary>
    public static bool ToTerm(Document document, Sentence sentence, TriggerMatch trigger, string cameo)
    {
        if (cameo != "116" || !trigger.Pattern.Id.StartsWith("coerce.sentence.", StringComparison.Ordinal))
            return false;
        var last = sentence.FirstToken + sentence.TokenCount;
        var end = Math.Min(last, trigger.EndToken + Reach);
        for (var t = trigger.EndToken; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Range).ToString();
            if (Stops.Contains(word))
                return false;
            if (!word.Equals("to", StringComparison.OrdinalIgnoreCase))
                continue;
            var next = t + 1 < last ? document.Slice(document.Tokens[t + 1].Range).ToString() : "";
            if (next.Equals("death", StringComparison.OrdinalIgnoreCase) || next.Equals("be", StringComparison.OrdinalIgnoreCase))
                return false; // "to death", "to be hanged": the verdict stays
            for (var u = t + 1; u < Math.Min(last, t + 1 + TermReach); u++)
            {
                var term = document.Slice(document.Tokens[u].Range).ToString();
                if (term is "," or ";" or "." || term.Equals("to", StringComparison.OrdinalIgnoreCase))
                    break;
                if (TermWords.Contains(term))
                    return true;
            }
        }
        return false;
    }
}
