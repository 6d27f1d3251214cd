using System.Collections.Frozen;
using System.Text;

namespace Parley.Evaluation.Ner;

/// <summary>
/// Lays gold tokens out as the running text Parley reads, so the recognizer is scored on prose rather than on
/// "China 's Foreign Ministry , said" token soup: the sentence's own text when the file carries it (UNER <c># text =</c>)
/// and every token is found there in order; otherwise tokens joined by newswire spacing (no space before closing
/// punctuation and clitics, none after opening brackets and quotes).
/// </summary>
public static class TokenLayout
{
    private static readonly FrozenSet<string> Closing = FrozenSet.Create(StringComparer.Ordinal,
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "”", "’", "...", "…", "/",
        "'s", "’s", "'S", "’S", "n't", "n’t", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m");

    private static readonly FrozenSet<string> Opening = FrozenSet.Create(StringComparer.Ordinal,
        "(", "[", "{", "“", "‘", "$", "#", "/");

    /// <summary>The text and each token's start offset in it.</summary>
    public static (string Text, int[] Starts) Layout(IReadOnlyList<string> tokens, string? original = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (original is not null && Align(tokens, original) is { } starts)
            return (original, starts);
        return Join(tokens);
    }

    /// <summary>Each token's offset in <paramref name="text"/>, found in order with only whitespace between; null when they do not line up.</summary>
    public static int[]? Align(IReadOnlyList<string> tokens, string text)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(text);
        var starts = new int[tokens.Count];
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
                at++;
            if (string.CompareOrdinal(text, at, tokens[i], 0, tokens[i].Length) != 0)
                return null;
            starts[i] = at;
            at += tokens[i].Length;
        }
        return starts;
    }

    /// <summary>Tokens joined with newswire spacing; straight double quotes alternate between opening and closing.</summary>
    public static (string Text, int[] Starts) Join(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var text = new StringBuilder();
        var starts = new int[tokens.Count];
        var quoteOpen = false;
        var glueNext = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var isQuote = token == "\"";
            var glue = glueNext || Closing.Contains(token) || (isQuote && quoteOpen);
            if (!glue)
                text.Append(' ');
            starts[i] = text.Length;
            text.Append(token);
            glueNext = Opening.Contains(token) || (isQuote && !quoteOpen);
            if (isQuote)
                quoteOpen = !quoteOpen;
        }
        return (text.ToString(), starts);
    }
}
