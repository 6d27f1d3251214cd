using System.Globalization;
using Parley.Core;
using Parley.Knowledge;

namespace Parley.Evaluation.Petrarch;

/// <summary>
/// PETRARCH/TABARI dictionaries (actors, agents, verbs) read from a folder and turned into Parley's own files: a user
/// actors file (<c>--actors</c>) and a patterns file (<c>--patterns</c>).
/// </summary>
public sealed class PetrarchDictionaries
{
    private PetrarchDictionaries(List<PetrarchActor> actors, List<PetrarchAgent> agents, List<PetrarchVerbGroup> groups,
        Dictionary<string, List<string>> sets)
    {
        Actors = actors;
        Agents = agents;
        VerbGroups = groups;
        Sets = sets;
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<PatternRow>();
        foreach (var group in groups)
        {
            var prefix = "petrarch." + string.Join('-', DictionaryLines.Words(group.Name.ToLowerInvariant()).Select(w => w.Trim('+', '&')));
            if (!prefixes.Add(prefix))
                prefixes.Add(prefix += "-" + prefixes.Count.ToString(CultureInfo.InvariantCulture));
            rows.AddRange(PatternConverter.From(group, prefix, sets, skipped));
        }
        PatternRows = rows;
        SkippedPatterns = skipped;
    }

    public IReadOnlyList<PetrarchActor> Actors { get; }

    /// <summary>Agents as read; Parley has no user agents file yet, so they are not written out.</summary>
    public IReadOnlyList<PetrarchAgent> Agents { get; }

    public IReadOnlyList<PetrarchVerbGroup> VerbGroups { get; }

    public IReadOnlyDictionary<string, List<string>> Sets { get; }

    public IReadOnlyList<PatternRow> PatternRows { get; }

    /// <summary>Verbs and patterns not written, by reason.</summary>
    public IReadOnlyDictionary<string, int> SkippedPatterns { get; }

    public int VerbCount => VerbGroups.Sum(g => g.Verbs.Count);

    public int PatternCount => VerbGroups.Sum(g => g.Patterns.Count);

    /// <summary>Reads <c>*.actors.txt</c>, <c>*.agents.txt</c> and <c>*.verbs.txt</c> from a folder (each optional, at least one).</summary>
    public static PetrarchDictionaries Load(string folder)
    {
        if (!Directory.Exists(folder))
            ErrorCodes.Throw(ErrorCodes.NotFound, $"the dictionary folder '{folder}' does not exist; pass the folder holding *.actors.txt and *.verbs.txt.");
        var actorFiles = Find(folder, "*actors*.txt");
        var agentFiles = Find(folder, "*agents*.txt");
        var verbFiles = Find(folder, "*verbs*.txt");
        if (actorFiles.Length + agentFiles.Length + verbFiles.Length == 0)
            ErrorCodes.Throw(ErrorCodes.NotFound, $"'{folder}' holds no PETRARCH dictionaries; expected files named like PETR.*.actors.txt, *.agents.txt, *.verbs.txt.");
        var groups = new List<PetrarchVerbGroup>();
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in verbFiles)
        {
            var (g, s) = VerbDictionary.Read(file);
            groups.AddRange(g);
            foreach (var (name, members) in s)
                sets[name] = members;
        }
        return new PetrarchDictionaries(
            [.. actorFiles.SelectMany(ActorDictionary.Read)], [.. agentFiles.SelectMany(AgentDictionary.Read)], groups, sets);
    }

    /// <summary>
    /// Writes the actors as a Parley user actors file. An entry with date-restricted codes becomes a person with one
    /// role a code (dated roles first: at equal start dates the first listed wins); every other entry an organisation.
    /// Null codes (<c>---</c>) are left out; of several codes (<c>A/B</c>) the first is kept.
    /// </summary>
    public int WriteActorsTsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Converted from PETRARCH/TABARI actor dictionaries by Parley.Evaluation.");
        writer.WriteLine(string.Join('\t', UserActors.Header));
        var rows = 0;
        foreach (var actor in Actors)
        {
            var name = DictionaryLines.Title(actor.Phrase);
            var aliases = string.Join('|', actor.Synonyms.Select(DictionaryLines.Title).Where(a => a != name).Distinct());
            var codes = actor.Codes.Where(c => Usable(c.Code)).OrderBy(c => c.From is null && c.To is null ? 1 : 0).ToList();
            foreach (var code in actor.IsPerson ? codes : codes.Take(1))
            {
                var first = code.Code.Split('/')[0];
                var (country, sector) = (first[..3], first[3..]);
                writer.WriteLine(string.Join('\t', name, aliases, country, sector, actor.IsPerson ? "person" : "org", "",
                    Date(code.From), Date(code.To), ""));
                rows++;
            }
        }
        return rows;
    }

    /// <summary>Writes the verbs and patterns as a Parley patterns file (format of data/patterns/events.tsv).</summary>
    public int WritePatternsTsv(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine("# Converted from PETRARCH/TABARI verb dictionaries by Parley.Evaluation.");
        writer.WriteLine("id\ttrigger\tkind\tplover\tmode\tcameo\tsource\ttarget");
        foreach (var row in PatternRows)
            writer.WriteLine(row.ToTsv());
        return PatternRows.Count;
    }

    /// <summary>One line of counts for the CLI.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Actors.Count} actors, {Agents.Count} agents, {VerbGroups.Count} verb groups ({VerbCount} verbs, {PatternCount} patterns, {Sets.Count} sets) -> {PatternRows.Count} pattern rows; skipped: {(SkippedPatterns.Count == 0 ? "none" : string.Join(", ", SkippedPatterns.Select(s => $"{s.Value} {s.Key}")))}");

    /// <summary>A code Parley can use: three letters first (not <c>---</c>, <c>+++</c> or <c>###</c>).</summary>
    private static bool Usable(string code) => code.Length >= 3 && code[..3].All(char.IsAsciiLetterOrDigit);

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string[] Find(string folder, string pattern)
    {
        var files = Directory.GetFiles(folder, pattern);
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }
}
