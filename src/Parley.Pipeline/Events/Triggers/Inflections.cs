using System.Collections.Frozen;

namespace Parley.Pipeline.Events;

/// <summary>
/// Expands a pattern word written with a trailing <c>+</c> into its inflected forms: a verb's -s, -ed and -ing forms
/// (irregular pasts from a table), a noun's plural. Over-generation ("visitted") is harmless: such forms never occur.
/// </summary>
public static class Inflections
{
    /// <summary>Irregular verbs: base, then the past and participle forms that differ from the regular ones.</summary>
    private static readonly FrozenDictionary<string, string[]> s_irregular = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["meet"] = ["met"], ["hold"] = ["held"], ["give"] = ["gave", "given"], ["send"] = ["sent"], ["speak"] = ["spoke", "spoken"],
        ["strike"] = ["struck", "stricken"], ["shoot"] = ["shot"], ["fight"] = ["fought"], ["take"] = ["took", "taken"],
        ["break"] = ["broke", "broken"], ["cut"] = ["cut"], ["set"] = ["set"], ["lead"] = ["led"], ["leave"] = ["left"],
        ["withdraw"] = ["withdrew", "withdrawn"], ["throw"] = ["threw", "thrown"], ["blow"] = ["blew", "blown"], ["beat"] = ["beat", "beaten"],
        ["put"] = ["put"], ["make"] = ["made"], ["bring"] = ["brought"], ["sell"] = ["sold"], ["tell"] = ["told"], ["say"] = ["said"],
        ["win"] = ["won"], ["lose"] = ["lost"], ["flee"] = ["fled"], ["shut"] = ["shut"], ["swear"] = ["swore", "sworn"],
        ["forbid"] = ["forbade", "forbidden"], ["overrun"] = ["overran"], ["begin"] = ["began", "begun"], ["keep"] = ["kept"],
        ["lend"] = ["lent"], ["pay"] = ["paid"], ["hit"] = ["hit"], ["lay"] = ["laid"], ["go"] = ["went", "gone"],
        ["come"] = ["came"], ["run"] = ["ran"], ["draw"] = ["drew", "drawn"], ["drive"] = ["drove", "driven"],
        ["forgive"] = ["forgave", "forgiven"], ["freeze"] = ["froze", "frozen"], ["overthrow"] = ["overthrew", "overthrown"],
        ["seek"] = ["sought"], ["hang"] = ["hung", "hanged"], ["have"] = ["had", "has"], ["do"] = ["did", "done", "does"],
        ["undertake"] = ["undertook", "undertaken"], ["stand"] = ["stood"], ["sit"] = ["sat"], ["shed"] = ["shed"],
        ["spread"] = ["spread"], ["upset"] = ["upset"], ["bid"] = ["bid"], ["rebuild"] = ["rebuilt"], ["build"] = ["built"],
        ["rise"] = ["rose", "risen"], ["arise"] = ["arose", "arisen"], ["sink"] = ["sank", "sunk"], ["shake"] = ["shook", "shaken"],
        ["write"] = ["wrote", "written"], ["ride"] = ["rode", "ridden"], ["steal"] = ["stole", "stolen"],
        ["see"] = ["saw", "seen"], ["feel"] = ["felt"], ["find"] = ["found"], ["bind"] = ["bound"],
        ["mislead"] = ["misled"], ["deal"] = ["dealt"], ["withhold"] = ["withheld"], ["uphold"] = ["upheld"],
        ["fly"] = ["flew", "flown"], ["sweep"] = ["swept"], ["slay"] = ["slew", "slain"], ["tear"] = ["tore", "torn"],
        ["catch"] = ["caught"], ["light"] = ["lit"], ["fall"] = ["fell", "fallen"], ["buy"] = ["bought"], ["mistake"] = ["mistook", "mistaken"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Irregular past and participle forms that differ from their base ("froze", "struck"; not "cut" or "has").</summary>
    private static readonly FrozenSet<string> s_irregularPasts = s_irregular
        .SelectMany(kv => kv.Value.Where(f => f != kv.Key && f is not ("has" or "does")))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"The IMF froze aid": an irregular past is a verb where a bare form would head a noun ("the IMF loan").</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => s_irregularPasts.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A past form: ends in "-ed" (any case) or is an irregular past or participle ("met", "held", "flown").</summary>
    public static bool IsPastForm(ReadOnlySpan<char> word) => word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IsIrregularPast(word);

    /// <summary>The forms of <paramref name="word"/>: itself, or for <c>word+</c> its inflections as a verb or noun.</summary>
    public static IEnumerable<string> Expand(string word, bool verb)
    {
        if (!word.EndsWith('+') || word.Length < 2)
            return [word];
        var stem = word[..^1];
        var forms = new HashSet<string>(StringComparer.Ordinal) { stem, ThirdPerson(stem) };
        if (!verb)
            return forms;
        if (s_irregular.TryGetValue(stem, out var irregular))
            forms.UnionWith(irregular);
        forms.Add(Past(stem));
        forms.Add(Ing(stem));
        if (DoublesFinal(stem))
        {
            forms.Add(stem + stem[^1] + "ed");
            forms.Add(stem + stem[^1] + "ing");
        }
        return forms;
    }

    private static string ThirdPerson(string stem) =>
        stem.EndsWith('s') || stem.EndsWith('x') || stem.EndsWith('z') || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal) ? stem + "es"
        : ConsonantY(stem) ? stem[..^1] + "ies"
        : stem + "s";

    private static string Past(string stem) =>
        stem.EndsWith('e') ? stem + "d" : ConsonantY(stem) ? stem[..^1] + "ied" : stem + "ed";

    private static string Ing(string stem) =>
        stem.EndsWith("ee", StringComparison.Ordinal) || stem.EndsWith("ye", StringComparison.Ordinal) || !stem.EndsWith('e') ? stem + "ing"
        : stem.EndsWith("ie", StringComparison.Ordinal) ? stem[..^2] + "ying"
        : stem[..^1] + "ing";

    private static bool ConsonantY(string stem) => stem.Length > 1 && stem[^1] == 'y' && !IsVowel(stem[^2]);

    /// <summary>Consonant-vowel-consonant endings may double ("ban" → "banned", "admit" → "admitted").</summary>
    private static bool DoublesFinal(string stem) =>
        stem.Length >= 3 && !IsVowel(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y') && IsVowel(stem[^2]) && !IsVowel(stem[^3]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
