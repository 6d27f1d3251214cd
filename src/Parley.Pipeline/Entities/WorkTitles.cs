using System.Collections.Frozen;
using Parley.Core;

namespace Parley.Pipeline.Entities;

/// <summary>
/// The quoted title of a work: "her novel “The Salt Road”", "the memoir by Ana Ruiz, “Letters to Lima”". Its words name
/// the work, not the people and places in them, so no name is read inside the quotes.
/// </summary>
internal static class WorkTitles
{
    /// <summary>Nouns for a work with a title, and the verbs that give one.</summary>
    private static readonly FrozenSet<string> s_workNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "book", "books", "novel", "novels", "memoir", "memoirs", "film", "films", "movie", "movies", "documentary", "song", "songs",
        "poem", "poems", "album", "albums", "titled", "entitled");

    private static readonly FrozenSet<string> s_speech = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "says", "say", "told", "tells", "asked", "asks", "added", "wrote", "writes", "saying", "stated");

    /// <summary>Marks the tokens of each work title in the sentence; null when it has none (the common case).</summary>
    public static bool[]? Mark(Document document, Sentence sentence)
    {
        bool[]? titles = null;
        var tokens = document.Tokens;
        if (sentence.TokenCount < 3 || document.Text.AsSpan(tokens[sentence.FirstToken].Start, tokens[sentence.EndToken - 1].End - tokens[sentence.FirstToken].Start).IndexOfAny('"', '“') < 0)
            return null; // most sentences quote nothing
        for (var q = sentence.FirstToken + 1; q + 1 < sentence.EndToken; q++)
        {
            if (document.Slice(tokens[q].Range) is not ("\"" or "“") || !tokens[q + 1].Is(TokenShape.Capitalized) || !AfterWorkNoun(document, sentence, q))
                continue;
            var close = q + 1;
            while (close < sentence.EndToken && close < q + 25 && document.Slice(tokens[close].Range) is not ("\"" or "”"))
                close++;
            if (close >= sentence.EndToken || close >= q + 25)
                continue;
            titles ??= new bool[sentence.TokenCount];
            for (var t = q + 1; t < close; t++)
                titles[t - sentence.FirstToken] = true;
            q = close;
        }
        return titles;
    }

    /// <summary>A work's noun up to eight words before the opening quote at <paramref name="quote"/>, with no speech verb or other quote between.</summary>
    private static bool AfterWorkNoun(Document document, Sentence sentence, int quote)
    {
        for (var t = quote - 1; t >= sentence.FirstToken && t >= quote - 8; t--)
        {
            var word = document.Slice(document.Tokens[t].Range);
            if (s_workNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return true;
            if (s_speech.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || word is "\"" or "“" or "”")
                return false;
        }
        return false;
    }
}
