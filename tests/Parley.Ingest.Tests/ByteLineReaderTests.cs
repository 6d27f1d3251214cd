using System.Text;

namespace Parley.Ingest.Tests;

public class ByteLineReaderTests
{
    private static List<(string? Line, long Length)> Lines(string text, long cap = 1 << 20) => Lines(Encoding.UTF8.GetBytes(text), cap);

    private static List<(string? Line, long Length)> Lines(byte[] bytes, long cap)
    {
        using var stream = new MemoryStream(bytes);
        var reader = ByteLineReader.Open(stream, cap);
        var lines = new List<(string?, long)>();
        while (reader.TryReadLine(out var line, out var length))
            lines.Add((line is { } kept ? Encoding.UTF8.GetString(kept.Span) : null, length));
        return lines;
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("\n\nc", new[] { "", "", "c" })]
    [InlineData("a\rb\n", new[] { "a\rb" })]
    [InlineData("\uFEFFfirst\nsecond", new[] { "first", "second" })]
    [InlineData("\uFEFF", new string[0])]
    public void Lines_split_on_LF_dropping_CR_and_a_leading_BOM(string text, string[] expected) =>
        Assert.Equal(expected, Lines(text).Select(l => l.Line!));

    [Fact]
    public void A_line_longer_than_the_read_buffer_is_whole()
    {
        var longLine = new string('q', 200_000);
        Assert.Equal([longLine, "tail"], Lines(longLine + "\ntail").Select(l => l.Line!));
    }

    [Fact]
    public void A_line_over_the_cap_is_skipped_but_its_length_reported()
    {
        var lines = Lines(Encoding.UTF8.GetBytes("ok\n" + new string('x', 150_000) + "\r\nok again"), cap: 1000);
        Assert.Equal([("ok", 2L), (null, 150_000L), ("ok again", 8L)], lines);
    }

    [Theory]
    [InlineData("abcd\r\n", "abcd")]
    [InlineData("abcde\r\n", null)]
    [InlineData("abcd\n", "abcd")]
    public void The_cap_counts_a_trailing_CR_so_a_kept_line_is_always_complete(string text, string? expected) =>
        Assert.Equal(expected, Assert.Single(Lines(Encoding.UTF8.GetBytes(text), cap: 5)).Line);
}
