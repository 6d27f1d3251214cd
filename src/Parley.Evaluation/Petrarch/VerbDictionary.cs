using Parley.Core;

namespace Parley.Evaluation.Petrarch;

/// <summary>A verb of a group: its words (lower case), the index of the word that inflects, irregular forms, and its own code.</summary>
public sealed record PetrarchVerb(IReadOnlyList<string> Words, int Head, IReadOnlyList<string> Irregular, string? Code);

/// <summary>A pattern line: <c>- SAID * TO ATTEND [082]</c>.</summary>
public sealed record PetrarchPattern(string Text, string? Code);

/// <summary>A <c>--- NAME [CODE] ---</c> block: its verbs and patterns.</summary>
public sealed record PetrarchVerbGroup(string Name, string? Code, IReadOnlyList<PetrarchVerb> Verbs, IReadOnlyList<PetrarchPattern> Patterns);

/// <summary>
/// Reads a PETRARCH verbs dictionary: <c>&amp;SET</c> synonym sets (<c>+MEMBER</c> lines), <c>--- GROUP [CODE] ---</c>
/// blocks with verb lines (<c>VERB {IRREGULAR FORMS} [CODE]</c>, <c>+SYNONYM</c>) and pattern lines (<c>- ... * ... [CODE]</c>).
/// </summary>
internal static class VerbDictionary
{
    public static (List<PetrarchVerbGroup> Groups, Dictionary<string, List<string>> Sets) Read(string path)
    {
        var groups = new List<PetrarchVerbGroup>();
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? set = null;
        (string Name, string? Code, List<PetrarchVerb> Verbs, List<PetrarchPattern> Patterns)? group = null;
        foreach (var (number, raw) in DictionaryLines.Read(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                set = null;
                continue;
            }
            if (line.StartsWith('&'))
            {
                set = sets[SetName(line)] = [];
                continue;
            }
            if (set is not null && line.StartsWith('+'))
            {
                set.Add(line[1..].Trim());
                continue;
            }
            set = null;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                Flush();
                var (name, code) = DictionaryLines.SplitCode(line.Trim('-', ' '));
                group = (name.Trim(), Code(code), [], []);
                continue;
            }
            if (group is not { } g)
                ErrorCodes.Throw(ErrorCodes.BadUserData, $"{path} line {number}: '{line}' is outside any --- GROUP [CODE] --- block.");
            else if (line.StartsWith('-'))
            {
                var (text, code) = DictionaryLines.SplitCode(line[1..]);
                g.Patterns.Add(new PetrarchPattern(text.Trim(), Code(code)));
            }
            else
                g.Verbs.Add(Verb(line.TrimStart('+'), g.Verbs.Count > 0 && line.StartsWith('+') ? g.Verbs[^1].Code : null));
        }
        Flush();
        return (groups, sets);

        void Flush()
        {
            if (group is { } g)
                groups.Add(new PetrarchVerbGroup(g.Name, g.Code, g.Verbs, g.Patterns));
            group = null;
        }
    }

    /// <summary>"&amp;PREPOSIT1_" and "&amp;PREPOSIT1" name the same set.</summary>
    internal static string SetName(string token) => token.TrimStart('&').Trim().TrimEnd('_').ToUpperInvariant();

    /// <summary>"013:012" → "013" (the part after the colon is for the reversed dyad); "---" and "" → null.</summary>
    internal static string? Code(string? code)
    {
        if (code is null)
            return null;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var main = (colon < 0 ? code : colon == 0 ? code[1..] : code[..colon]).Trim();
        return main.Length == 0 || main == "---" ? null : main;
    }

    private static PetrarchVerb Verb(string line, string? inherited)
    {
        var (before, code) = DictionaryLines.SplitCode(line);
        var brace = before.IndexOf('{', StringComparison.Ordinal);
        var phrase = brace < 0 ? before : before[..brace];
        var irregular = new List<string>();
        if (brace >= 0)
        {
            var close = before.IndexOf('}', brace);
            foreach (var form in before[(brace + 1)..(close < 0 ? before.Length : close)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                irregular.Add(form.Replace("+", "", StringComparison.Ordinal).Replace('_', ' ').ToLowerInvariant());
        }
        var words = DictionaryLines.Words(phrase);
        var head = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
        var clean = words.Select(w => w.TrimStart('+').ToLowerInvariant()).ToArray();
        return new PetrarchVerb(clean, head, irregular, Code(code) ?? inherited);
    }
}
