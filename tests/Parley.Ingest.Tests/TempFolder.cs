using System.Text;

namespace Parley.Ingest.Tests;

/// <summary>A fresh folder per test, deleted afterwards; tests write their own inputs into it.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "parley-ingest-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    public string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Copies a fixture from the test output's Fixtures folder.</summary>
    public string CopyFixture(string name, string? saveAs = null)
    {
        var path = Path.Combine(Root, saveAs ?? name);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), path);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a failing test; the OS temp cleaner will get it.
        }
    }
}
