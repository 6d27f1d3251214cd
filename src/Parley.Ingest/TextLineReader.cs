using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Reads lines from already-decoded text (standard input, UTF-16 files), holding at most one line;
/// a line longer than the cap is skipped. <paramref name="pending"/> is text already taken from the reader.
/// </summary>
internal sealed class TextLineReader(TextReader reader, string pending, long maxLineChars)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _line = new();
    private string _pending = pending;
    private int _start;
    private int _end;
    private bool _atEnd;

    public int LineNumber { get; private set; }

    /// <summary>Reads the next line; false at the end. <paramref name="line"/> is null when the line was over the cap.</summary>
    public bool TryReadLine(out string? line, out long length)
    {
        _line.Clear();
        length = 0;
        var sawAny = false;
        var last = '\0';
        while (true)
        {
            if (_start == _end && !Fill())
                break;
            sawAny = true;
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf('\n');
            var segment = newline >= 0 ? available[..newline] : available;
            last = segment.IsEmpty ? last : segment[^1];
            length += segment.Length;
            if (length <= maxLineChars)
                _line.Append(segment);
            _start += newline >= 0 ? newline + 1 : segment.Length;
            if (newline >= 0)
                break;
        }
        line = null;
        if (!sawAny)
            return false;
        LineNumber++;
        var tooLong = length > maxLineChars; // decided before the CR is dropped, while the buffer still matches
        if (last == '\r')
        {
            length--;
            if (!tooLong)
                _line.Length--;
        }
        line = tooLong ? null : _line.ToString();
        return true;
    }

    private bool Fill()
    {
        if (_pending.Length > 0)
        {
            // The pending text is copied through the same buffer so the scan loop has one shape.
            var count = Math.Min(_pending.Length, _buffer.Length);
            _pending.CopyTo(0, _buffer, 0, count);
            _pending = _pending[count..];
            (_start, _end) = (0, count);
            return true;
        }
        if (_atEnd)
            return false;
        (_start, _end) = (0, reader.Read(_buffer));
        _atEnd = _end == 0;
        return !_atEnd;
    }
}
