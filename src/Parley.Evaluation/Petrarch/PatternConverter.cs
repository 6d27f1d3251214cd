namespace Parley.Evaluation.Petrarch;

/// <summary>One row of a Parley patterns file (format of data/patterns/events.tsv).</summary>
public sealed record PatternRow(string Id, string Trigger, string Plover, string Cameo, string Source, string Target)
{
    public string ToTsv() => string.Join('\t', Id, Trigger, "verb", Plover, "", Cameo, Source, Target);
}

/// <summary>
/// Turns PETRARCH verb groups into Parley pattern rows. In a PETRARCH pattern <c>*</c> is the verb, <c>_</c> joins
/// adjacent words and a space allows words in between (Parley's <c>*</c> gap); <c>$</c> marks the source, <c>+</c> the
/// target, <c>%</c> a compound actor, <c>^</c> a skipped phrase, <c>&amp;SET</c> a synonym set.
/// </summary>
internal static class PatternConverter
{
    private const int MaxVariants = 16;

    /// <summary>The rows of one group; <paramref name="prefix"/> starts their ids, <paramref name="skipped"/> counts what could not be said.</summary>
    public static List<PatternRow> From(PetrarchVerbGroup group, string prefix, IReadOnlyDictionary<string, List<string>> sets, Dictionary<string, int> skipped)
    {
        var rows = new List<PatternRow>();
        foreach (var verb in group.Verbs)
        {
            var forms = Forms(verb);
            Add(forms, verb.Code ?? group.Code, "subject", "-");
            foreach (var pattern in group.Patterns)
                AddPattern(pattern, forms, sets);
        }
        return rows;

        void AddPattern(PetrarchPattern pattern, string forms, IReadOnlyDictionary<string, List<string>> sets)
        {
            var tokens = pattern.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var parts = tokens.SelectMany(t => t.Split('_', StringSplitOptions.RemoveEmptyEntries)).ToArray();
            var verbAt = Array.IndexOf(parts, "*");
            if (verbAt < 0)
            {
                Skip(skipped, "pattern without the verb (*)");
                return;
            }
            // Parley's source is the clause subject: a target before the verb or a source after it (passives) cannot be said.
            if (parts.Take(verbAt).Contains("+") || parts.Skip(verbAt + 1).Contains("$"))
            {
                Skip(skipped, "pattern with source and target reversed");
                return;
            }
            var compound = parts.Contains("%");
            var target = compound ? "with|between" : TargetOf(tokens);
            foreach (var trigger in Triggers(tokens, forms, sets))
                Add(trigger, pattern.Code, compound ? "between" : "subject", target);
        }

        void Add(string trigger, string? cameo, string source, string target)
        {
            if (cameo is null)
            {
                Skip(skipped, "no CAMEO code (---)");
                return;
            }
            if (CameoPlover.Map(cameo) is not { } plover)
            {
                Skip(skipped, cameo.All(char.IsAsciiDigit) && cameo.Length is >= 2 and <= 4 ? "CAMEO root without a PLOVER type" : "not a CAMEO code");
                return;
            }
            rows.Add(new PatternRow($"{prefix}.{rows.Count + 1}.v1", trigger, plover, cameo, source, target));
        }
    }

    /// <summary>The verb's token(s): "agree|agrees|agreed|agreeing", or for "break down" "break|broke|broken down".</summary>
    internal static string Forms(PetrarchVerb verb)
    {
        var alternatives = verb.Words.Select(w => new List<string> { w }).ToArray();
        if (verb.Irregular.Count == 0)
            alternatives[verb.Head] = [.. VerbForms.Regular(verb.Words[verb.Head])];
        foreach (var form in verb.Irregular)
        {
            var words = form.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == verb.Words.Count)
                for (var i = 0; i < words.Length; i++)
                    if (!alternatives[i].Contains(words[i]))
                        alternatives[i].Add(words[i]);
        }
        return string.Join(' ', alternatives.Select(a => string.Join('|', a)));
    }

    /// <summary>The preposition right before the target marker after the verb ("* WITH +" → with); else the object.</summary>
    private static string TargetOf(string[] tokens)
    {
        var parts = tokens.SelectMany(t => t.Split('_', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var plus = Array.LastIndexOf(parts, "+");
        return plus > 0 && parts[plus - 1] is not "*" and not "^" && !parts[plus - 1].StartsWith('&') && parts[plus - 1].All(char.IsLetter)
            ? parts[plus - 1].ToLowerInvariant()
            : "-";
    }

    /// <summary>Parley triggers for a pattern: one per combination of multi-word set members (at most 16).</summary>
    private static IEnumerable<string> Triggers(string[] tokens, string verbForms, IReadOnlyDictionary<string, List<string>> sets)
    {
        List<List<string>> variants = [[]];
        var gap = false;
        foreach (var token in tokens)
        {
            gap = true;
            foreach (var part in token.Split('_'))
            {
                if (part.Length == 0)
                    continue;
                if (part is "$" or "+" or "%" or "^")
                {
                    gap = true;
                    continue;
                }
                var alternatives = part == "*" ? [verbForms] : part.StartsWith('&') ? Members(part, sets) : [part.ToLowerInvariant()];
                var next = new List<List<string>>();
                foreach (var v in variants)
                    foreach (var a in alternatives)
                        if (next.Count < MaxVariants)
                            next.Add([.. v, .. gap && v.Count > 0 ? ["*"] : Array.Empty<string>(), a]);
                variants = next;
                gap = false;
            }
        }
        return variants.Where(v => v.Count > 0).Select(v => string.Join(' ', v)).Distinct();
    }

    /// <summary>A set's members as trigger text: single words collapse into one "a|b|c" token; phrases stay apart.</summary>
    private static List<string> Members(string part, IReadOnlyDictionary<string, List<string>> sets, int depth = 0)
    {
        var words = new List<string>();
        var phrases = new List<string>();
        if (depth < 4 && sets.TryGetValue(VerbDictionary.SetName(part), out var members))
            foreach (var m in members)
            {
                if (m.StartsWith('&'))
                {
                    foreach (var inner in Members(m, sets, depth + 1))
                        (inner.Contains(' ', StringComparison.Ordinal) || inner.Contains('|', StringComparison.Ordinal) ? phrases : words).Add(inner);
                    continue;
                }
                var w = DictionaryLines.Words(m.ToLowerInvariant());
                (w.Length == 1 ? words : phrases).Add(string.Join(' ', w));
            }
        if (words.Count > 0)
            phrases.Insert(0, string.Join('|', words));
        return phrases.Count > 0 ? phrases : [VerbDictionary.SetName(part).ToLowerInvariant()];
    }

    private static void Skip(Dictionary<string, int> skipped, string reason) => skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
}
