namespace Parley.Pipeline.Entities;

/// <summary>
/// Latin letters without their accents, so that a name written once with them and once without is one name
/// ("Jovenel Moïse ... Moise said", "Recep Erdoğan ... Erdogan"). Covers Latin-1 and Latin Extended-A, where nearly all
/// accented letters of news names in Latin script are.
/// </summary>
internal static class Diacritics
{
    // One base letter per code point from U+00C0; '\0' keeps the character (×, ÷, Þ, ß, þ have no accent to drop).
    private const string Bases =
        "AAAAAAACEEEEIIII" + "DNOOOOO\0OUUUUY\0\0" + "aaaaaaaceeeeiiii" + "dnooooo\0ouuuuy\0y"
        + "AaAaAaCcCcCcCcDd" + "DdEeEeEeEeEeGgGg" + "GgGgHhHhIiIiIiIi" + "IiJjJjKkkLlLlLlL"
        + "lLlNnNnNnnNnOoOo" + "OoOoRrRrRrSsSsSs" + "SsTtTtTtUuUuUuUu" + "UuUuWwYyYZzZzZzs";

    /// <summary>The letter without its accent, or the character itself.</summary>
    public static char Fold(char c)
    {
        var i = c - '\u00C0';
        return i >= 0 && i < Bases.Length && Bases[i] != '\0' ? Bases[i] : c;
    }

    /// <summary>Whether the two spans hold the same letters once accents are dropped.</summary>
    public static bool SameLetters(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i]))
                return false;
        return true;
    }
}
