using System.Collections.Concurrent;
using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// Opening a store file exactly once. DuckDB locks a file against other processes, but shares it between connections
/// of one process; Parley opens a store once per command, so a second open in the same process is refused too.
/// </summary>
internal static class StoreFiles
{
    private static readonly ConcurrentDictionary<string, byte> Open = new(StringComparer.Ordinal);

    public static void Claim(string fullPath)
    {
        if (!Open.TryAdd(fullPath, 0))
            ErrorCodes.Throw(ErrorCodes.Storage,
                $"'{fullPath}' is already open in this parley process; close the other store first or pass --db OTHER.duckdb.");
    }

    public static void Release(string fullPath) => Open.TryRemove(fullPath, out _);

    /// <summary>Opens the DuckDB connection, turning a lock held elsewhere or a foreign file into a coded error.</summary>
    public static DuckDBConnection Connect(string fullPath)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = fullPath };
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw Translate(e, fullPath);
        }
    }

    /// <summary>The coded error for a failure to open <paramref name="fullPath"/>.</summary>
    public static ParleyException Translate(DuckDBException e, string fullPath)
    {
        var message = e.Message.Contains("lock", StringComparison.OrdinalIgnoreCase)
            ? $"'{fullPath}' is in use by another parley process; wait for it or pass --db OTHER.duckdb. ({e.Message})"
            : $"'{fullPath}' could not be opened as a Parley store; pass --db with a new or Parley-made file. ({e.Message})";
        return new ParleyException(new ParleyError(ErrorCodes.Storage, message));
    }
}
