namespace Parley.Ingest;

/// <summary>Lines of a stream as raw UTF-8 bytes, a leading byte-order mark dropped.</summary>
internal static class ByteLineReader
{
    public static LineReader<byte> Open(Stream stream, long maxLineBytes)
    {
        var first = true;
        return new LineReader<byte>(Read, (byte)'\n', (byte)'\r', 64 * 1024, maxLineBytes);

        int Read(byte[] buffer)
        {
            var count = stream.Read(buffer);
            if (!first)
                return count;
            first = false;
            // A BOM split across two reads is not worth handling: the first read of a file returns at least 3 bytes.
            if (!buffer.AsSpan(0, count).StartsWith(TextDecoder.Utf8Bom))
                return count;
            buffer.AsSpan(3, count - 3).CopyTo(buffer);
            return count - 3 > 0 ? count - 3 : Read(buffer);
        }
    }
}
