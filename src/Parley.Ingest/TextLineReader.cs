namespace Parley.Ingest;

/// <summary>
/// Lines of already-decoded text (standard input, UTF-16 files); <paramref name="pending"/> is text already taken
/// from the reader, read before it.
/// </summary>
internal static class TextLineReader
{
    public static LineReader<char> Open(TextReader reader, string pending, long maxLineChars)
    {
        var rest = pending.AsMemory();
        return new LineReader<char>(Read, '\n', '\r', 16 * 1024, maxLineChars);

        int Read(char[] buffer)
        {
            if (rest.IsEmpty)
                return reader.Read(buffer);
            var count = Math.Min(rest.Length, buffer.Length);
            rest[..count].CopyTo(buffer);
            rest = rest[count..];
            return count;
        }
    }
}
