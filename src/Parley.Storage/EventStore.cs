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
    private readonly bool _reference;
    private bool _disposed;
    private bool _writing;
    private WriteSession? _session;

    private EventStore(DuckDBConnection connection, string path, bool reference)
    {
        _connection = connection;
        _path = path;
        _reference = reference;
    }

    /// <summary>The full path of the store file.</summary>
    public string Path => _path;

    /// <summary>Opens or creates a store; PARLEY-E014 if the file is in use, of another schema version, or not a store.</summary>
    public static EventStore Open(string path) => Open(path, reference: false);

    /// <summary>As <see cref="Open(string)"/>; <paramref name="reference"/> stores with the simple reference writer (for tests).</summary>
    internal static EventStore Open(string path, bool reference)
    {
        var full = System.IO.Path.GetFullPath(path);
        StoreFiles.Claim(full);
        DuckDBConnection? connection = null;
        try
        {
            connection = StoreFiles.Connect(full);
            StoreSchema.Ensure(connection, full);
            StoreSchema.Tune(connection);
            return new EventStore(connection, full, reference);
        }
        catch
        {
            connection?.Dispose();
            StoreFiles.Release(full);
            throw;
        }
    }

    /// <summary>
    /// Stores a batch of processed documents, skipping ones already stored; a batch is stored whole or not at all.
    /// Batches join one transaction that commits once it holds a few DuckDB row groups of events (about 490,000), and on
    /// <see cref="Flush"/>, a query, or <see cref="Dispose"/>: if the process dies first, those batches are not in the
    /// file, and storing them again (ingest is idempotent) fills the gap.
    /// </summary>
    public StoreResult Store(IReadOnlyList<Document> batch, string pipelineVersion)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        // Checked before anything is appended: rows in an open session cannot be taken back one batch at a time.
        foreach (var document in batch)
            StoreWriter.Check(document);
        var hashes = new string[batch.Count];
        for (var i = 0; i < hashes.Length; i++)
            hashes[i] = ContentHash.Of(batch[i].Text);
        var known = StoredKeys.Find(_connection, batch, hashes);
        var session = Session(pipelineVersion);

        int stored = 0, duplicates = 0, events = 0, conflicts = 0;
        try
        {
            for (var i = 0; i < hashes.Length; i++)
            {
                var document = batch[i];
                if (session.Hashes.Contains(hashes[i]) || !known.Hashes.Add(hashes[i]))
                    duplicates++;
                else if (session.Ids.Contains(document.Article.Id) || !known.Ids.Add(document.Article.Id))
                {
                    conflicts++;
                    FailureWriter.Insert(_connection, ConflictOf(document.Article), DateTime.UtcNow);
                }
                else
                {
                    session.Write(document, hashes[i]);
                    stored++;
                    events += document.Events.Length;
                }
            }
        }
        catch
        {
            // A store error part-way: the open session cannot drop just this batch, so all of it is rolled back.
            _session = null;
            session.Dispose();
            throw;
        }
        if (session.Full)
            Flush();
        return new StoreResult(stored, duplicates, events) { Conflicts = conflicts };
    }

    /// <summary>Commits the batches stored since the last commit.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_session is not { } session)
            return;
        _session = null;
        using (session)
            session.Commit();
    }

    private WriteSession Session(string pipelineVersion)
    {
        if (_session is { } open && open.Pipeline == pipelineVersion)
            return open;
        Flush();
        if (!_writing)
        {
            StoreSchema.TuneForWriting(_connection);
            _writing = true;
        }
        return _session = new WriteSession(_connection, pipelineVersion, DateTime.UtcNow, _reference);
    }

    /// <summary>Records an input that could not be processed, so a later look at the store shows what was lost.</summary>
    public void StoreFailure(ArticleFailure failure)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        FailureWriter.Insert(_connection, failure, DateTime.UtcNow);
    }

    public IReadOnlyList<EventRow> QueryEvents(EventQuery query)
    {
        Flush();
        return EventReader.Read(_connection, query);
    }

    public StoreCounts Counts()
    {
        Flush();
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
        try
        {
            if (_session is not null)
                StoreSchema.TuneForClosing(_connection);
            Flush();
        }
        finally
        {
            _disposed = true;
            _connection.Dispose();
            StoreFiles.Release(_path);
        }
    }

    private static ArticleFailure ConflictOf(Article article) => new(article.Id, article.Origin, new ParleyError(ErrorCodes.Storage,
        $"article id '{article.Id}' is already stored with a different text; give the revised article a new id to store it too."));
}
