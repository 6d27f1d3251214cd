namespace Parley.Pipeline.Entities;

/// <summary>Whether "the minister", "the president" written later can stand for someone introduced with a fuller title.</summary>
public static class Offices
{
    /// <summary>
    /// The same office: the short title's head word is a word of the full title, and the full title has no rank word the
    /// short one lacks. "the minister" is the foreign minister, not the prime minister; "the president" is not the vice president.
    /// </summary>
    public static bool Same(ReadOnlySpan<char> fullTitle, ReadOnlySpan<char> shortTitle)
    {
        var space = shortTitle.LastIndexOf(' ');
        var head = shortTitle[(space + 1)..];
        var found = false;
        foreach (var range in fullTitle.SplitAny(' ', '-'))
        {
            var word = fullTitle[range];
            if (word.Equals(head, StringComparison.OrdinalIgnoreCase))
                found = true;
            else if (IsRank(word) && !ContainsWord(shortTitle, word))
                return false;
        }
        return found;
    }

    private static bool IsRank(ReadOnlySpan<char> word) =>
        word.Equals("prime", StringComparison.OrdinalIgnoreCase) || word.Equals("vice", StringComparison.OrdinalIgnoreCase)
        || word.Equals("deputy", StringComparison.OrdinalIgnoreCase) || word.Equals("assistant", StringComparison.OrdinalIgnoreCase)
        || word.Equals("under", StringComparison.OrdinalIgnoreCase) || word.Equals("chief", StringComparison.OrdinalIgnoreCase)
        || word.Equals("junior", StringComparison.OrdinalIgnoreCase) || word.Equals("former", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsWord(ReadOnlySpan<char> phrase, ReadOnlySpan<char> word)
    {
        foreach (var range in phrase.SplitAny(' ', '-'))
            if (phrase[range].Equals(word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
