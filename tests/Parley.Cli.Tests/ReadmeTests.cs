namespace Parley.Cli.Tests;

/// <summary>The README's examples run as written, so the README cannot rot.</summary>
public class ReadmeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Lines starting with "parley " in the README's "Examples" block, in order.</summary>
    private static List<string> Examples()
    {
        var readme = File.ReadAllLines(Path.Combine(Cli.RepoRoot, "README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("Examples (run by the test suite", StringComparison.Ordinal));
        Assert.True(start >= 0, "the README has an Examples block");
        var examples = new List<string>();
        var inBlock = false;
        for (var i = start + 1; i < readme.Length; i++)
        {
            if (readme[i].StartsWith("```", StringComparison.Ordinal))
            {
                if (inBlock)
                    break;
                inBlock = true;
                continue;
            }
            if (inBlock && readme[i].StartsWith("parley ", StringComparison.Ordinal))
                examples.Add(readme[i]["parley ".Length..]);
        }
        return examples;
    }

    [Fact]
    public void Every_example_runs_and_succeeds()
    {
        var examples = Examples();
        Assert.True(examples.Count >= 5);
        foreach (var example in examples)
        {
            // Paths in the README are relative to the repository root; the database goes to a temporary folder.
            var args = example.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(Cli.RepoRoot, a) : a == "parley.duckdb" ? _folder.File(a) : a)
                .ToArray();
            var result = Cli.Run(args);
            Assert.True(result.ExitCode == ExitCodes.Ok, $"parley {example} exited {result.ExitCode}: {result.Error}");
            Assert.False(string.IsNullOrWhiteSpace(result.Output) && args[0] != "ingest", $"parley {example} printed nothing");
        }
    }

    [Fact]
    public void The_main_job_command_is_the_one_the_README_gives()
    {
        var readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));
        Assert.Contains("dotnet run --project src/Parley.Cli -c Release -- extract samples/", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test Parley.slnx", File.ReadAllText(Path.Combine(Cli.RepoRoot, ".ci", "run")), StringComparison.Ordinal);

        var result = Cli.Run("extract", Cli.Samples);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("CONSULT", result.Output, StringComparison.Ordinal);
    }
}
