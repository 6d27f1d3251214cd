using System.Text;
using System.Text.Json;

namespace Parley.Cli.Tests;

/// <summary>Runs the <c>parley</c> command in-process and captures what it writes.</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public IReadOnlyList<JsonElement> JsonLines() =>
            Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public static Result RunWithInput(string stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var code = ParleyApp.Run(args, new CliContext(new StringReader(stdin), output, error));
        return new Result(code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    public static Result Run(params string[] args) => RunWithInput("", args);

    /// <summary>The repository root (the folder holding Parley.slnx).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Parley.slnx")))
                return dir.FullName;
        throw new InvalidOperationException("Parley.slnx not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fresh temporary folder per test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("parley-test-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
