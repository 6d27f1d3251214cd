using System.Buffers;

namespace Parley.Ingest;

/// <summary>
/// Reads a stream line by line as raw bytes, holding at most one line in memory. A line longer than
/// the cap is skipped (its length still reported) so one huge line cannot exhaust memory.
/// A leading UTF-8 BOM is dropped; a trailing <c>\r</c> is dropped from each line.
/// </summary>
internal sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _line = new();
    private int _start;
    private int _end;
    private bool _atEnd;
    private bool _first = true;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line; false at the end of the stream. <paramref name="line"/> is null when the line was over the cap.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte>? line, out long length)
    {
        _line.ResetWrittenCount();
        length = 0;
        var sawAny = false;
        byte last = 0;
        while (true)
        {
            if (_start == _end && !Fill())
                break;
            sawAny = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            var segment = newline >= 0 ? available[..newline] : available;
            last = segment.IsEmpty ? last : segment[^1];
            length += segment.Length;
            if (length <= maxLineBytes)
                _line.Write(segment);
            _start += newline >= 0 ? newline + 1 : segment.Length;
            if (newline >= 0)
                break;
        }
        line = null;
        if (!sawAny)
            return false;
        LineNumber++;
        var tooLong = length > maxLineBytes; // decided before the CR is dropped, while the buffer still matches
        var carriageReturn = last == (byte)'\r' ? 1 : 0;
        length -= carriageReturn;
        if (!tooLong)
            line = _line.WrittenMemory[..^carriageReturn];
        return true;
    }

    private bool Fill()
    {
        if (_atEnd)
            return false;
        _start = 0;
        _end = stream.Read(_buffer);
        if (_first)
        {
            _first = false;
            // A BOM split across two reads is not worth handling: the first read of a file returns at least 3 bytes.
            if (_buffer.AsSpan(0, _end).StartsWith(TextDecoder.Utf8Bom))
                _start = 3;
        }
        _atEnd = _end == 0;
        return !_atEnd;
    }
}
