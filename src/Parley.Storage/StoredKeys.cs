using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>The content hashes and article ids of a batch that the store already holds, found with one query per batch.</summary>
internal sealed class StoredKeys
{
    public HashSet<string> Hashes { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public static StoredKeys Find(DuckDBConnection connection, IReadOnlyList<Document> batch, string[] hashes)
    {
        var keys = new StoredKeys();
        if (batch.Count == 0)
            return keys;
        var ids = new List<string>(batch.Count);
        foreach (var document in batch)
            ids.Add(document.Article.Id);
        using var command = connection.CreateCommand();
        // List parameters keep this one statement whatever the batch size; both columns are indexed by their constraints.
        command.CommandText = """
            SELECT id, content_hash FROM articles
            WHERE content_hash IN (SELECT unnest(?)) OR id IN (SELECT unnest(?))
            """;
        command.Parameters.Add(new DuckDBParameter(new List<string>(hashes)));
        command.Parameters.Add(new DuckDBParameter(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            keys.Ids.Add(reader.GetString(0));
            keys.Hashes.Add(reader.GetString(1));
        }
        return keys;
    }
}
