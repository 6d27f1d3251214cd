using System.Diagnostics.CodeAnalysis;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>Reads a whole input file into memory after checking that it exists and is not too large.</summary>
internal static class InputFile
{
    public static bool TryLoad(string path, long maxBytes, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out ParleyError? error)
    {
        var loaded = Load(path, maxBytes);
        (bytes, error) = (loaded.Bytes, loaded.Error);
        return bytes is not null;
    }

    /// <summary>Reads the file's text, decoded and checked by <see cref="TextDecoder"/>.</summary>
    public static bool TryLoadText(string path, long maxBytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out ParleyError? error)
    {
        text = null;
        return TryLoad(path, maxBytes, out var bytes, out error) && TextDecoder.TryDecode(bytes, $"'{path}'", out text, out error);
    }

    private readonly record struct Loaded(byte[]? Bytes, ParleyError? Error);

    private static Loaded Load(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return Fail(ErrorCodes.NotFound, NotFoundMessage(path));
            if (info.Length > maxBytes)
                return Fail(ErrorCodes.TooLarge, TooLargeMessage(path, info.Length, maxBytes));
            return new Loaded(File.ReadAllBytes(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(ErrorCodes.Unreadable, UnreadableMessage(path, e));
        }
    }

    public static string NotFoundMessage(string path) =>
        $"'{path}' does not exist; check the path (relative paths start at the current folder).";

    public static string TooLargeMessage(string what, long length, long maxBytes) =>
        $"'{what}' is {length:N0} bytes, over the {maxBytes:N0}-byte limit; split it into smaller files (or JSON Lines) and retry.";

    public static string UnreadableMessage(string path, Exception e) =>
        $"'{path}' cannot be read ({e.Message}); check that it is a readable file and not locked by another program.";

    private static Loaded Fail(string code, string message) => new(null, new ParleyError(code, message));
}
