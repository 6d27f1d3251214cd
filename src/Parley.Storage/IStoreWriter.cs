using Parley.Core;

namespace Parley.Storage;

/// <summary>Appends the rows of documents into the connection's open transaction; disposing flushes what it holds.</summary>
internal interface IStoreWriter : IDisposable
{
    /// <summary>How many event rows have been appended.</summary>
    int Events { get; }

    /// <summary>Appends one document under article key <paramref name="key"/>; <see cref="StoreWriter.Check"/> has passed.</summary>
    void Write(Document document, string contentHash, int key);
}
