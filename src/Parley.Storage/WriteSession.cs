using DuckDB.NET.Data;
using Parley.Core;

namespace Parley.Storage;

/// <summary>
/// One open transaction that several <see cref="EventStore.Store"/> batches append to, with the appenders kept open
/// between batches. Committing once a session holds a few DuckDB row groups lets DuckDB write the rows straight to the
/// file, compressed, instead of into the write-ahead log and again at the checkpoint (measured: about 1.4x the events
/// per CPU-second, and the closing checkpoint 2 s down to 0.3 s for 400,000 events).
/// </summary>
internal sealed class WriteSession : IDisposable
{
    /// <summary>DuckDB's row group size: a table that gains this many rows in a transaction is written directly.</summary>
    public const int RowGroup = 122_880;

    private readonly DuckDBTransaction _transaction;
    private readonly StoreWriter _writer;
    private bool _open = true;

    public WriteSession(DuckDBConnection connection, string pipeline, DateTime storedAt)
    {
        Pipeline = pipeline;
        _transaction = connection.BeginTransaction();
        try
        {
            _writer = new StoreWriter(connection, pipeline, storedAt);
        }
        catch
        {
            _transaction.Dispose();
            throw;
        }
    }

    public string Pipeline { get; }

    /// <summary>Content hashes appended in this session; the appenders may not have flushed them yet, so a query would miss some.</summary>
    public HashSet<string> Hashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Article ids appended in this session.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the session holds enough rows that committing now writes whole row groups.</summary>
    public bool Full => _writer.Events >= RowGroup;

    public void Write(Document document, string contentHash)
    {
        _writer.Write(document, contentHash);
        Hashes.Add(contentHash);
        Ids.Add(document.Article.Id);
    }

    /// <summary>Flushes the appenders into the transaction and commits it.</summary>
    public void Commit()
    {
        _open = false;
        _writer.Dispose();
        _transaction.Commit();
    }

    /// <summary>Rolls back whatever the session holds (the appenders flush into the transaction first, so nothing escapes it).</summary>
    public void Dispose()
    {
        if (!_open)
        {
            _transaction.Dispose();
            return;
        }
        _open = false;
        try
        {
            _writer.Dispose();
        }
        finally
        {
            _transaction.Rollback();
            _transaction.Dispose();
        }
    }
}
