namespace Parley.Evaluation.Petrarch;

/// <summary>An agent: phrase, plural forms, and the code it adds to an actor (<c>~GOV</c> after, <c>NGO~</c> before).</summary>
public sealed record PetrarchAgent(string Phrase, IReadOnlyList<string> Plurals, string Code, bool CodeFirst);

/// <summary>
/// Reads a PETRARCH agents dictionary: <c>PHRASE {PLURALS} [~CODE]</c> (<c>{}</c>: the regular plural) and
/// <c>!SET! = A, B</c> substitution sets used inside phrases (<c>CONGRESS!PERSON!</c>).
/// </summary>
internal static class AgentDictionary
{
    public static List<PetrarchAgent> Read(string path)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var agents = new List<PetrarchAgent>();
        foreach (var (_, raw) in DictionaryLines.Read(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                var eq = line.IndexOf('=', StringComparison.Ordinal);
                sets[line[..eq].Trim()] = line[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            var (before, code) = DictionaryLines.SplitCode(line);
            if (code is null)
                continue;
            code = code.Replace(" ", "", StringComparison.Ordinal);
            var codeFirst = code.EndsWith('~');
            code = code.Trim('~');
            var brace = before.IndexOf('{', StringComparison.Ordinal);
            var phrase = (brace < 0 ? before : before[..brace]).Trim();
            string[]? plurals = null;
            if (brace >= 0)
            {
                var inside = before[(brace + 1)..before.IndexOf('}', brace)].Trim();
                plurals = inside.Length == 0 ? null : inside.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            }
            foreach (var expanded in Expand(phrase, sets))
                agents.Add(new PetrarchAgent(expanded, plurals ?? [VerbForms.Plural(expanded)], code, codeFirst));
        }
        return agents;
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> sets)
    {
        foreach (var (name, members) in sets)
            if (phrase.Contains(name, StringComparison.Ordinal))
            {
                foreach (var m in members)
                    foreach (var e in Expand(phrase.Replace(name, m, StringComparison.Ordinal), sets))
                        yield return e;
                yield break;
            }
        yield return phrase;
    }
}
