using Parley.Core;

namespace Parley.Ingest.Tests;

/// <summary>Short ways to run <see cref="ArticleSource.Read"/> in tests.</summary>
internal static class Read
{
    public static readonly ReaderOptions Defaults = new();

    public static List<ReadResult> All(params string[] paths) => All(Defaults, paths);

    public static List<ReadResult> All(ReaderOptions options, params string[] paths) => [.. ArticleSource.Read(paths, options)];

    public static Article One(string path, ReaderOptions? options = null)
    {
        var results = All(options ?? Defaults, path);
        var result = Assert.Single(results);
        Assert.True(result.IsSuccess, result.Failure?.Error.ToString());
        return result.Article!;
    }

    public static ArticleFailure Failure(string path, ReaderOptions? options = null)
    {
        var result = Assert.Single(All(options ?? Defaults, path));
        Assert.Null(result.Article);
        return result.Failure!;
    }

    public static List<ReadResult> Stdin(string input, ReaderOptions? options = null) =>
        [.. ArticleSource.Read(["-"], options ?? Defaults, new StringReader(input))];
}
