using Parley.Cli.Commands;
using Parley.Core;
using Parley.Ingest;

namespace Parley.Benchmarks;

/// <summary>
/// The corpora the benchmarks run on: the synthetic corpus of <c>parley bench</c> (always), and the JSON Lines file
/// named by the environment variable <c>PARLEY_CORPUS</c> (e.g. the VOA stories) when it is set.
/// </summary>
public static class Corpora
{
    public const string Synthetic = "synthetic";
    public const string External = "PARLEY_CORPUS";
    /// <summary>Articles of the synthetic corpus per benchmark operation.</summary>
    public const int SyntheticCount = 200;

    public static IEnumerable<string> Available()
    {
        yield return Synthetic;
        if (Environment.GetEnvironmentVariable(External) is { Length: > 0 } path && File.Exists(path))
            yield return Path.GetFileNameWithoutExtension(path);
    }

    public static Article[] Load(string name)
    {
        if (name == Synthetic)
            return BenchCorpus.Generate(SyntheticCount).ToArray();
        var path = Environment.GetEnvironmentVariable(External)
            ?? throw new InvalidOperationException($"set {External} to a JSON Lines file of articles to run on '{name}'.");
        return ArticleSource.Read([path], new ReaderOptions()).Where(r => r.IsSuccess).Select(r => r.Article!).ToArray();
    }
}
