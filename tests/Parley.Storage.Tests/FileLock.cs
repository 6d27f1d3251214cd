using System.Runtime.InteropServices;

namespace Parley.Storage.Tests;

/// <summary>
/// Holds a write lock on a file the way another process would. DuckDB locks with classic fcntl record locks, which
/// never conflict within one process; an open-file-description (OFD) lock does conflict with them even in the same
/// process, so it stands in for a second parley process on Linux.
/// </summary>
internal sealed partial class FileLock : IDisposable
{
    private const int ReadWrite = 2;
    private const int OfdSetLock = 37;
    private const short WriteLock = 1;

    private readonly int _fd;

    private FileLock(int fd) => _fd = fd;

    public static FileLock Hold(string path)
    {
        var fd = Open(path, ReadWrite);
        Assert.True(fd >= 0, $"opened {path} (errno {Marshal.GetLastPInvokeError()})");
        var flock = new Flock { Type = WriteLock };
        Assert.Equal(0, Fcntl(fd, OfdSetLock, ref flock));
        return new FileLock(fd);
    }

    public void Dispose() => _ = Close(_fd);

    [StructLayout(LayoutKind.Sequential)]
    private struct Flock
    {
        public short Type;
        public short Whence;
        public long Start;
        public long Length;
        public int Pid;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, ref Flock flock);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
