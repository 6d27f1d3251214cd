using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Events;

/// <summary>
/// "A former army chief, General X, was arrested", "The 70-year-old, who ruled for a decade, was taken into custody",
/// "Five officers who were on duty have been detained": a subject's head may be followed by an aside before its verb —
/// an apposition or a relative clause set off by commas, or a relative clause with no commas. The head is the word before
/// the aside, where the one who underwent the act is read.
/// </summary>
internal static class AsideHeads
{
    /// <summary>How many tokens an aside set off by commas may run.</summary>
    private const int CommaReach = 16;

    /// <summary>How many tokens a relative clause with no commas may run before its verb group.</summary>
    private const int RelativeReach = 8;

    /// <summary>How many asides may stand in a row: "its former head, X, who was dismissed this week, had been detained".</summary>
    private const int MostAsides = 2;

    /// <summary>Words that open a relative clause on a people noun.</summary>
    private static readonly FrozenSet<string> Relatives = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "who", "whom", "whose");

    /// <summary>
    /// The words that may name the subject past the asides ending at <paramref name="last"/> (the token right before the verb
    /// group), nearest first: the head before each aside, and an apposition's last word ("General X"); empty when no aside
    /// ends there. An aside set off by commas opens with a relative pronoun, a determiner, a possessive, a title or a name; a
    /// comma-less relative opens with "who" right after its noun.
    /// </summary>
    public static List<int> Of(Document document, int floor, int last)
    {
        var heads = new List<int>(MostAsides * 2);
        for (var n = 0; n < MostAsides && last > floor; n++)
        {
            var comma = document.Slice(document.Tokens[last].Range) is ",";
            int? open = comma ? CommaOpening(document, floor, last) : RelativeOpening(document, floor, last);
            if (open is not { } start || start - 1 < floor)
                break;
            heads.Add(start - 1);
            if (comma && !Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(document.Tokens[start + 1].Range)))
                heads.Add(last - 1); // the apposition's own last word: "General X"
            last = start - 1;
        }
        return heads;
    }

    /// <summary>The comma opening the aside that the comma at <paramref name="close"/> closes, when the aside reads as one.</summary>
    private static int? CommaOpening(Document document, int floor, int close)
    {
        for (var t = close - 1; t > floor && t >= close - CommaReach; t--)
        {
            var text = document.Slice(document.Tokens[t].Range);
            if (text is ",")
                return t + 1 < close && OpensAside(document, t + 1) ? t : null;
            // A clause boundary or a quote inside the span: no aside of the subject.
            if (text is ";" or ":" or "\"" or "“" or "”" or "(" or ")")
                return null;
        }
        return null;
    }

    /// <summary>"officers who were on duty": the token before a comma-less "who" a few words back, with no punctuation between.</summary>
    private static int? RelativeOpening(Document document, int floor, int last)
    {
        for (var t = last; t > floor && t > last - RelativeReach; t--)
        {
            var token = document.Tokens[t];
            if (token.Is(TokenShape.Punctuation))
                return null;
            if (Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(token.Range)))
                return t > floor && document.Tokens[t - 1].Is(TokenShape.Word) ? t : null;
        }
        return null;
    }

    /// <summary>An apposition or a non-restrictive relative opens with a relative pronoun, a determiner, a possessive or a capital.</summary>
    private static bool OpensAside(Document document, int t)
    {
        var token = document.Tokens[t];
        var text = document.Slice(token.Range);
        return Relatives.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || text is "which" or "a" or "an" or "the" or "his" or "her" or "its" or "their"
            || token.Is(TokenShape.Capitalized) || token.Is(TokenShape.Number);
    }
}
