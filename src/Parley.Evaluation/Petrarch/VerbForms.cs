namespace Parley.Evaluation.Petrarch;

/// <summary>Regular English inflection for dictionary verbs and agent nouns (irregular forms come from the dictionary).</summary>
public static class VerbForms
{
    /// <summary>The base, third person, past and -ing forms, lower case: "agree" → agree, agrees, agreed, agreeing.</summary>
    public static string[] Regular(string verb)
    {
        var v = verb.ToLowerInvariant();
        var past = v.EndsWith('e') ? v + "d" : ConsonantY(v) ? v[..^1] + "ied" : v + "ed";
        var ing = v.EndsWith('e') && !v.EndsWith("ee", StringComparison.Ordinal) && v.Length > 2 ? v[..^1] + "ing" : v + "ing";
        return [.. new[] { v, Plural(v), past, ing }.Distinct()];
    }

    /// <summary>"minister" → "ministers", "authority" → "authorities", "press" → "presses" (case kept).</summary>
    public static string Plural(string noun)
    {
        var lower = noun.ToLowerInvariant();
        var upper = noun.Length > 0 && char.IsUpper(noun[^1]);
        string suffix;
        if (ConsonantY(lower))
            return noun[..^1] + (upper ? "IES" : "ies");
        suffix = lower.EndsWith('s') || lower.EndsWith('x') || lower.EndsWith('z') || lower.EndsWith("ch", StringComparison.Ordinal)
            || lower.EndsWith("sh", StringComparison.Ordinal) || lower.EndsWith('o') ? "es" : "s";
        return noun + (upper ? suffix.ToUpperInvariant() : suffix);
    }

    private static bool ConsonantY(string v) => v.Length > 1 && v[^1] == 'y' && "aeiou".IndexOf(v[^2], StringComparison.Ordinal) < 0;
}
