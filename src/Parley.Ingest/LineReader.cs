using System.Buffers;

namespace Parley.Ingest;

/// <summary>
/// Splits a source of bytes or characters into lines, holding at most one line in memory. A line longer than the cap
/// is skipped (its length still reported) so one huge line cannot exhaust memory; a trailing <c>\r</c> is dropped.
/// <see cref="ByteLineReader"/> and <see cref="TextLineReader"/> make the two kinds Parley reads.
/// </summary>
/// <param name="read">Fills the buffer it is given and returns how many units it wrote; 0 at the end.</param>
internal sealed class LineReader<T>(Func<T[], int> read, T newline, T carriageReturn, int bufferSize, long maxLineLength)
    where T : unmanaged, IEquatable<T>
{
    private readonly T[] _buffer = new T[bufferSize];
    private readonly ArrayBufferWriter<T> _line = new();
    private int _start;
    private int _end;
    private bool _atEnd;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Reads the next line; false at the end. <paramref name="line"/> is null when the line was over the cap.</summary>
    public bool TryReadLine(out ReadOnlyMemory<T>? line, out long length)
    {
        _line.ResetWrittenCount();
        length = 0;
        var sawAny = false;
        var last = default(T);
        while (true)
        {
            if (_start == _end && !Fill())
                break;
            sawAny = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var at = available.IndexOf(newline);
            var segment = at >= 0 ? available[..at] : available;
            last = segment.IsEmpty ? last : segment[^1];
            length += segment.Length;
            if (length <= maxLineLength)
                _line.Write(segment);
            _start += at >= 0 ? at + 1 : segment.Length;
            if (at >= 0)
                break;
        }
        line = null;
        if (!sawAny)
            return false;
        LineNumber++;
        var tooLong = length > maxLineLength; // decided before the CR is dropped, while the buffer still matches
        var dropped = last.Equals(carriageReturn) ? 1 : 0;
        length -= dropped;
        if (!tooLong)
            line = _line.WrittenMemory[..^dropped];
        return true;
    }

    private bool Fill()
    {
        if (_atEnd)
            return false;
        (_start, _end) = (0, read(_buffer));
        _atEnd = _end == 0;
        return !_atEnd;
    }
}
