using Parley.Core;

namespace Parley.Ingest;

/// <summary>One input to read: a file or standard input, or a path that could not be walked.</summary>
internal readonly record struct InputEntry(string Path, ArticleFailure? Failure)
{
    public const string Stdin = "-";
}

/// <summary>
/// Expands the paths given on the command line into files, in order: a folder becomes its files
/// (recursively, sorted by ordinal path, hidden entries and directory symlinks skipped).
/// </summary>
internal static class InputWalker
{
    public static IEnumerable<InputEntry> Walk(IEnumerable<string> paths, CancellationToken ct)
    {
        foreach (var path in paths)
        {
            ct.ThrowIfCancellationRequested();
            if (path == InputEntry.Stdin || File.Exists(path))
            {
                yield return new InputEntry(path, null);
                continue;
            }
            if (!Directory.Exists(path))
            {
                yield return Failed(path, ErrorCodes.NotFound, InputFile.NotFoundMessage(path));
                continue;
            }
            var entries = new List<InputEntry>();
            Collect(path, entries, ct);
            entries.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
            foreach (var entry in entries)
                yield return entry;
        }
    }

    private static void Collect(string folder, List<InputEntry> found, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            found.Add(Failed(folder, ErrorCodes.Unreadable, $"folder '{folder}' cannot be read ({e.Message}); check its permissions."));
            return;
        }
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.') || (entry.Attributes & FileAttributes.Hidden) != 0 || IsDatabaseFile(entry.Name))
                continue;
            if (entry is DirectoryInfo directory)
            {
                // Symlinked folders are skipped so that a link back up the tree cannot loop forever.
                if (directory.LinkTarget is null)
                    Collect(Path.Join(folder, entry.Name), found, ct);
            }
            else
            {
                found.Add(new InputEntry(Path.Join(folder, entry.Name), null));
            }
        }
    }

    /// <summary>Parley's own database files in a walked folder ("parley ingest ." next to parley.duckdb) are not articles.</summary>
    private static bool IsDatabaseFile(string name) =>
        name.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".duckdb.wal", StringComparison.OrdinalIgnoreCase);

    private static InputEntry Failed(string path, string code, string message) =>
        new(path, new ArticleFailure(Path.GetFileNameWithoutExtension(path), path, new ParleyError(code, message)));
}
