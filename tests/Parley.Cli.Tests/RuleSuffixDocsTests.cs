using System.Text.RegularExpressions;

namespace Parley.Cli.Tests;

/// <summary>Every rule suffix the event coder appends to an event's rule id is explained in docs/OUTPUT.md, so a reader of an event can look it up.</summary>
public partial class RuleSuffixDocsTests
{
    [GeneratedRegex("\"(\\+(?:source|target|sides)\\.[a-z-]+)\"")]
    private static partial Regex Suffix();

    [Fact]
    public void Every_suffix_in_the_coder_is_documented()
    {
        var docs = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs", "OUTPUT.md"));
        var sources = Directory.GetFiles(Path.Combine(Cli.RepoRoot, "src", "Parley.Pipeline"), "*.cs", SearchOption.AllDirectories);
        var suffixes = sources.SelectMany(f => Suffix().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.True(suffixes.Count >= 30, $"found only {suffixes.Count} suffixes: the pattern no longer matches how the coder writes them");
        var missing = suffixes.Where(s => !docs.Contains($"`{s}`", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "docs/OUTPUT.md does not explain: " + string.Join(", ", missing));
    }
}
