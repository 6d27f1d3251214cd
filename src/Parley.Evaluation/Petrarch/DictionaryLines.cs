namespace Parley.Evaluation.Petrarch;

/// <summary>
/// The meaningful lines of a PETRARCH/TABARI dictionary: <c>&lt;!-- ... --&gt;</c> blocks (which may span lines) and
/// <c>#</c> comments removed, trailing space trimmed. Blank lines are kept: they end synonym blocks.
/// </summary>
internal static class DictionaryLines
{
    public static IEnumerable<(int Number, string Text)> Read(string path)
    {
        var inComment = false;
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw;
            if (inComment)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                    continue;
                inComment = false;
                line = line[(close + 3)..];
            }
            if (line.TrimStart().StartsWith("<!", StringComparison.Ordinal))
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    inComment = true;
                    continue;
                }
                line = line[(close + 3)..];
            }
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
                line = line[..hash];
            yield return (number, line.TrimEnd());
        }
    }

    /// <summary>The text inside the first <c>[...]</c> of a line, and the line before it; null when there is none.</summary>
    public static (string Before, string? Code) SplitCode(string line)
    {
        var open = line.IndexOf('[', StringComparison.Ordinal);
        var close = open < 0 ? -1 : line.IndexOf(']', open);
        return close < 0 ? (line, null) : (line[..open], line[(open + 1)..close].Trim());
    }

    /// <summary>A dictionary phrase as words: <c>MINAS_TIRITH</c> → ["MINAS", "TIRITH"].</summary>
    public static string[] Words(string phrase) =>
        phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"MINAS_TIRITH" → "Minas Tirith"; "AL-QAEDA" → "Al-Qaeda" (names match all-caps text regardless).</summary>
    public static string Title(string phrase)
    {
        var words = Words(phrase);
        for (var i = 0; i < words.Length; i++)
        {
            var chars = words[i].ToLowerInvariant().ToCharArray();
            for (var c = 0; c < chars.Length; c++)
                if (c == 0 || chars[c - 1] is '-' or '.' or '\'')
                    chars[c] = char.ToUpperInvariant(chars[c]);
            words[i] = new string(chars);
        }
        return string.Join(' ', words);
    }
}
