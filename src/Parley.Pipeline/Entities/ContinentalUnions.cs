using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// "Europe imposed tariffs", "... said Europe would retaliate": a continent that opens a clause acts through the union of
/// its states (CAMEO codes the European Union as IGO); "in Europe", "reaching Europe", "Europe's largest port" stay the place.
/// </summary>
internal static class ContinentalUnions
{
    /// <summary>Continent name → the knowledge-base organisation that acts for it.</summary>
    private static readonly FrozenDictionary<string, string> Unions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Europe"] = "EU",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Continents = FrozenSet.Create(StringComparer.Ordinal,
        "Africa", "Asia", "America", "Americas", "Australia", "Oceania", "Antarctica", "Eurasia");

    /// <summary>Words after which a name opens a clause as its subject.</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ",", ";", ":", "\"", "“", "and", "but", "that", "said", "says", "while", "when", "if", "because", "unless", "until", "whereas");

    /// <summary>The organisation the continent named by <paramref name="m"/> acts through as a clause's subject, or null.</summary>
    public static string? Acting(Document document, NameMatch m)
    {
        var tokens = document.Tokens;
        if (m.TokenCount != 1 || !Unions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(document.Slice(tokens[m.FirstToken].Range), out var union))
            return null;
        var sentence = document.Sentences[document.SentenceAt(m.Start)];
        if (m.FirstToken > sentence.FirstToken && !ClauseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(document.Slice(tokens[m.FirstToken - 1].Range)))
            return null;
        if (m.EndToken >= sentence.EndToken || MatchContext.IsPossessive(document, m))
            return null;
        var next = tokens[m.EndToken];
        // "Europe and Africa" (a heading, a tour): continents joined are the places.
        if (m.EndToken + 1 < sentence.EndToken && document.Slice(next.Range) is "and" or "or" && Continents.Contains(document.Slice(tokens[m.EndToken + 1].Range).ToString()))
            return null;
        // "Europe, Asia and Africa", "Europe. ": a list or a heading, not a subject before its verb.
        return next.Is(TokenShape.Word) && char.IsLower(document.Text[next.Start]) && document.Slice(next.Range) is not ("of" or "is" or "was") ? union : null;
    }
}
