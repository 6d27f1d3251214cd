namespace Parley.Storage.Tests;

/// <summary>A fresh store file path per test, deleted (with DuckDB's write-ahead log) afterwards.</summary>
public sealed class TempStore : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"parley-test-{Guid.NewGuid():N}.duckdb");

    public EventStore Open() => EventStore.Open(Path);

    public void Dispose()
    {
        File.Delete(Path);
        File.Delete(Path + ".wal");
    }
}
