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
        // "the army chief" is no "foreign policy chief": a body the short title names must be in the full one.
        foreach (var range in shortTitle.SplitAny(' ', '-'))
            if (IsBody(shortTitle[range]) && !ContainsWord(fullTitle, shortTitle[range]))
                return false;
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

    /// <summary>Words for the body an office heads, which tell offices with the same head word apart.</summary>
    private static bool IsBody(ReadOnlySpan<char> word) =>
        word.Equals("army", StringComparison.OrdinalIgnoreCase) || word.Equals("military", StringComparison.OrdinalIgnoreCase)
        || word.Equals("police", StringComparison.OrdinalIgnoreCase) || word.Equals("navy", StringComparison.OrdinalIgnoreCase)
        || word.Equals("party", StringComparison.OrdinalIgnoreCase) || word.Equals("rebel", StringComparison.OrdinalIgnoreCase)
        || word.Equals("intelligence", StringComparison.OrdinalIgnoreCase) || word.Equals("opposition", StringComparison.OrdinalIgnoreCase)
        || word.Equals("militia", StringComparison.OrdinalIgnoreCase) || word.Equals("junta", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsWord(ReadOnlySpan<char> phrase, ReadOnlySpan<char> word)
    {
        foreach (var range in phrase.SplitAny(' ', '-'))
            if (phrase[range].Equals(word, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
