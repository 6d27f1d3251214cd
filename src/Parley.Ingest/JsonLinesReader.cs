using System.Diagnostics.CodeAnalysis;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Streams a JSON Lines file one line at a time: one article (or one failure) per non-blank line, so a bad
/// line never stops the file. Origins are <c>path:LINE</c>; ids default to <c>stem:LINE</c>.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string path, ReaderOptions options, CancellationToken ct)
    {
        var stem = Articles.Stem(path);
        if (!TryOpen(path, out var stream, out var error))
        {
            yield return Articles.Fail(stem, path, error);
            yield break;
        }
        using (stream)
        {
            var head = Head(stream);
            if (TextDecoder.LooksBinary(head) && !TextDecoder.HasUtf16Bom(head))
            {
                yield return Articles.Fail(stem, path, TextDecoder.BinaryError($"'{path}'"));
                yield break;
            }
            if (TextDecoder.HasUtf16Bom(head))
            {
                // UTF-16 files are rare enough to decode whole (within the size limit) and split afterwards.
                stream.Dispose();
                foreach (var result in ReadDecoded(path, stem, options, ct))
                    yield return result;
                yield break;
            }
            var lines = ByteLineReader.Open(stream, options.MaxBytes);
            var produced = false;
            ParleyError? ioError;
            while (Next(lines, path, out var line, out var length, out ioError))
            {
                ct.ThrowIfCancellationRequested();
                if (Line(line, length, lines.LineNumber, stem, path, options) is { } result)
                {
                    produced = true;
                    yield return result;
                }
            }
            if (ioError is not null)
                yield return Articles.Fail($"{stem}:{lines.LineNumber + 1}", $"{path}:{lines.LineNumber + 1}", ioError);
            else if (!produced)
                yield return Articles.Fail(stem, path, new ParleyError(ErrorCodes.EmptyInput, $"'{path}' has no JSON lines; nothing to read."));
        }
    }

    /// <summary>Reads the next line, turning an IO failure mid-file into an error that ends the file.</summary>
    private static bool Next(LineReader<byte> lines, string path, out ReadOnlyMemory<byte>? line, out long length, out ParleyError? error)
    {
        error = null;
        try
        {
            return lines.TryReadLine(out line, out length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (line, length) = (default, 0);
            error = new ParleyError(ErrorCodes.Unreadable, InputFile.UnreadableMessage(path, e));
            return false;
        }
    }

    /// <summary>The result for one line, or null for a blank line (blank lines are allowed and skipped).</summary>
    private static ReadResult? Line(ReadOnlyMemory<byte>? line, long length, int number, string stem, string path, ReaderOptions options)
    {
        var origin = $"{path}:{number}";
        var where = $"line {number} of '{path}'";
        if (line is not { } bytes)
            return ReadResult.Fail($"{stem}:{number}", origin, ErrorCodes.TooLarge,
                $"{where} is {length:N0} bytes, over the {options.MaxBytes:N0}-byte limit; split the article and retry.");
        if (bytes.Span.Trim(" \t\r\f\v"u8).IsEmpty)
            return null;
        return JsonArticle.FromUtf8(bytes, $"{stem}:{number}", origin, where, options);
    }

    private static IEnumerable<ReadResult> ReadDecoded(string path, string stem, ReaderOptions options, CancellationToken ct)
    {
        if (!InputFile.TryLoadText(path, options.MaxBytes, out var text, out var error))
        {
            yield return Articles.Fail(stem, path, error);
            yield break;
        }
        var lines = TextLineReader.Open(TextReader.Null, text, options.MaxBytes);
        while (lines.TryReadLine(out var line, out _))
        {
            ct.ThrowIfCancellationRequested();
            var number = lines.LineNumber;
            // The whole text fits the limit already, so every line does: line is never null here.
            if (line is { } kept && !kept.Span.IsWhiteSpace())
                yield return JsonArticle.FromString(kept.ToString(), $"{stem}:{number}", $"{path}:{number}", $"line {number} of '{path}'", options);
        }
    }

    /// <summary>The first 8 KB of the file, for sniffing; the stream is rewound.</summary>
    private static byte[] Head(Stream stream)
    {
        var head = new byte[8 * 1024];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return head[..read];
    }

    private static bool TryOpen(string path, [NotNullWhen(true)] out FileStream? stream, [NotNullWhen(false)] out ParleyError? error)
    {
        (stream, error) = (null, null);
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = new ParleyError(ErrorCodes.NotFound, InputFile.NotFoundMessage(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new ParleyError(ErrorCodes.Unreadable, InputFile.UnreadableMessage(path, e));
        }
        return false;
    }
}
