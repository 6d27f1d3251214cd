using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using Parley.Core;

namespace Parley.Ingest;

/// <summary>
/// Turns input bytes into the text every offset refers to: UTF-8 (BOM optional) or UTF-16 with a BOM.
/// Only a BOM is removed; nothing else in the text changes (line endings included).
/// </summary>
internal static class TextDecoder
{
    private const int SniffLength = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>True when the bytes start with a UTF-16 byte-order mark (either order).</summary>
    public static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    /// <summary>NUL bytes never occur in UTF-8 text, so they mark binary input before any UTF-8 complaint does.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> utf8) => utf8[..Math.Min(utf8.Length, SniffLength)].Contains((byte)0);

    public static ParleyError BinaryError(string what) => Binary(what).Error!;

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="what"/> names the input in messages.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string what, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out ParleyError? error)
    {
        var decoded = Decode(bytes, what);
        (text, error) = (decoded.Text, decoded.Error);
        return text is not null;
    }

    /// <summary>Checks already-decoded text (standard input) for the same problems as decoded files.</summary>
    public static bool TryCheck(string text, string what, [NotNullWhen(false)] out ParleyError? error)
    {
        error = Check(text, what).Error;
        return error is null;
    }

    private static Decoded Decode(ReadOnlySpan<byte> bytes, string what)
    {
        if (bytes.StartsWith(Utf8Bom))
            return DecodeUtf8(bytes[3..], what);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return DecodeUtf16(bytes[2..], Utf16Le, what);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return DecodeUtf16(bytes[2..], Utf16Be, what);
        return DecodeUtf8(bytes, what);
    }

    private static Decoded Check(string text, string what)
    {
        if (text.AsSpan(0, Math.Min(text.Length, SniffLength)).Contains('\0'))
            return Binary(what);
        return CheckText(text, what);
    }

    private static Decoded DecodeUtf8(ReadOnlySpan<byte> bytes, string what)
    {
        if (LooksBinary(bytes))
            return Binary(what);
        if (!Utf8.IsValid(bytes))
        {
            var at = FirstInvalidUtf8(bytes);
            return Decoded.Fail(ErrorCodes.InvalidUtf8,
                $"{what} is not valid UTF-8 (first bad byte at offset {at}); convert it (iconv -f latin1 -t utf-8) and retry.");
        }
        return CheckText(StrictUtf8.GetString(bytes), what);
    }

    private static Decoded DecodeUtf16(ReadOnlySpan<byte> bytes, UnicodeEncoding encoding, string what)
    {
        string text;
        try
        {
            text = encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Decoded.Fail(ErrorCodes.InvalidUtf8,
                $"{what} starts with a UTF-16 byte-order mark but is not valid UTF-16; convert it (iconv -f utf-16 -t utf-8) and retry.");
        }
        return Check(text, what);
    }

    private static Decoded CheckText(string text, string what)
    {
        if (text.AsSpan().IsWhiteSpace())
            return Decoded.Fail(ErrorCodes.EmptyInput, $"{what} is empty or only whitespace; give it some text or leave it out.");
        if (IsMostlyControl(text.AsSpan(0, Math.Min(text.Length, SniffLength))))
            return Binary(what);
        return Decoded.Ok(text);
    }

    /// <summary>Text has few control characters besides tab, line feed, carriage return and form feed.</summary>
    private static bool IsMostlyControl(ReadOnlySpan<char> sample)
    {
        var control = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
                control++;
        }
        return control * 10 > sample.Length; // more than 10 %
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        Span<char> scratch = stackalloc char[256];
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
                return offset;
            if (status == System.Buffers.OperationStatus.Done)
                break;
        }
        return offset;
    }

    private static Decoded Binary(string what) =>
        Decoded.Fail(ErrorCodes.BinaryInput, $"{what} looks like a binary file, not text; pass only text, HTML, feed or JSON Lines files.");

    private readonly record struct Decoded(string? Text, ParleyError? Error)
    {
        public static Decoded Ok(string text) => new(text, null);

        public static Decoded Fail(string code, string message) => new(null, new ParleyError(code, message));
    }
}
