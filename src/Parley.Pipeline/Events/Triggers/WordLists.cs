using System.Collections.Frozen;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Pipeline.Events;

/// <summary>
/// Named word lists a pattern's trigger refers to as <c>@name</c> (<c>data/lexicon/evaluation-words.tsv</c>): the
/// evaluative adjectives, nouns and degree words that many constructions share ("is @negative-adjective", "called X
/// @negative-adjective") are kept once, so a word added there reaches every row that names the list.
/// </summary>
public static class WordLists
{
    public const string File = "lexicon/evaluation-words.tsv";

    private static readonly string[] Header = ["list", "words"];

    /// <summary>The lists shipped with Parley.</summary>
    public static FrozenDictionary<string, string[]> Default { get; } = Load(KnowledgeFiles.Embedded.Open(File), File);

    public static FrozenDictionary<string, string[]> Load(TextReader reader, string source)
    {
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        using (reader)
            foreach (var c in Tsv.Rows(reader, source, Header))
                if (!lists.TryAdd(c[0], Tsv.List(c[1])))
                    ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: the word list '{c[0]}' is defined twice.");
        return lists.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>One trigger element's alternatives with every <c>@name</c> replaced by the list's words.</summary>
    public static IEnumerable<string> Expand(string element, FrozenDictionary<string, string[]> lists, string patternId, string source)
    {
        foreach (var form in element.Split('|'))
        {
            if (!form.StartsWith('@'))
            {
                yield return form;
                continue;
            }
            if (!lists.TryGetValue(form[1..], out var words))
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{source}: pattern '{patternId}' names the word list '{form}', which {File} does not define.");
            foreach (var w in words!)
                yield return w;
        }
    }
}
