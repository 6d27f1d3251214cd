using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// The embedded event store: one DuckDB file that <c>parley ingest</c> writes and <c>parley events</c> queries.
/// Open it once per command; it is not safe for concurrent use from several threads.
/// </summary>
/// <remarks>
/// Idempotence: an article's identity is the SHA-256 of its text alone, so the same article stored twice, or the same
/// text arriving under a second id (a feed and a folder copy), is stored once and counted as a duplicate. A new text
/// under an id already stored is a conflict: not stored, recorded in <c>failures</c>, counted in
/// <see cref="StoreResult.Conflicts"/>, because event ids derive from article ids and must stay unique.
/// </remarks>
public sealed class EventStore : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _path;
    private bool _disposed;
    private bool _writing;

    private EventStore(DuckDBConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path => _path;

    /// <summary>Opens or creates a store; PARLEY-E014 if the file is in use, of another schema version, or not a store.</summary>
    public static EventStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        StoreFiles.Claim(full);
        DuckDBConnection? connection = null;
        try
        {
            connection = StoreFiles.Connect(full);
            StoreSchema.Ensure(connection, full);
            StoreSchema.Tune(connection);
            return new EventStore(connection, full);
        }
        catch
        {
            connection?.Dispose();
            StoreFiles.Release(full);
            throw;
        }
    }

    /// <summary>Stores a batch of processed documents in one transaction, skipping ones already stored.</summary>
    public StoreResult Store(IReadOnlyList<Document> batch, string pipelineVersion)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_writing)
        {
            StoreSchema.TuneForWriting(_connection);
            _writing = true;
        }
        var hashes = new string[batch.Count];
        for (var i = 0; i < hashes.Length; i++)
            hashes[i] = ContentHash.Of(batch[i].Text);
        var known = StoredKeys.Find(_connection, batch, hashes);

        int stored = 0, duplicates = 0, events = 0, conflicts = 0;
        var now = DateTime.UtcNow;
        using var transaction = _connection.BeginTransaction();
        using (var writer = new StoreWriter(_connection, pipelineVersion, now))
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                var document = batch[i];
                if (!known.Hashes.Add(hashes[i]))
                    duplicates++;
                else if (!known.Ids.Add(document.Article.Id))
                {
                    conflicts++;
                    FailureWriter.Insert(_connection, ConflictOf(document.Article), now);
                }
                else
                {
                    writer.Write(document, hashes[i]);
                    stored++;
                    events += document.Events.Length;
                }
            }
        }
        transaction.Commit();
        return new StoreResult(stored, duplicates, events) { Conflicts = conflicts };
    }

    /// <summary>Records an input that could not be processed, so a later look at the store shows what was lost.</summary>
    public void StoreFailure(ArticleFailure failure)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        FailureWriter.Insert(_connection, failure, DateTime.UtcNow);
    }

    public IReadOnlyList<EventRow> QueryEvents(EventQuery query)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return EventReader.Read(_connection, query);
    }

    public StoreCounts Counts()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM failures)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _connection.Dispose();
        StoreFiles.Release(_path);
    }

    private static ArticleFailure ConflictOf(Article article) => new(article.Id, article.Origin, new ParleyError(ErrorCodes.Storage,
        $"article id '{article.Id}' is already stored with a different text; give the revised article a new id to store it too."));
}
