namespace Parley.Ingest.Tests;

public class TextLineReaderTests
{
    private static List<(string? Line, long Length)> Lines(string pending, string rest, long cap = 1 << 20)
    {
        var reader = TextLineReader.Open(new StringReader(rest), pending, cap);
        var lines = new List<(string?, long)>();
        while (reader.TryReadLine(out var line, out var length))
            lines.Add((line?.ToString(), length));
        return lines;
    }

    [Theory]
    [InlineData("", "", new string[0])]
    [InlineData("{\"a\"", ":1}\r\n{}", new[] { "{\"a\":1}", "{}" })]
    [InlineData("one\ntw", "o\n\nthree", new[] { "one", "two", "", "three" })]
    [InlineData("only pending\r\n", "", new[] { "only pending" })]
    public void Pending_text_is_read_first_and_joins_the_reader_mid_line(string pending, string rest, string[] expected) =>
        Assert.Equal(expected, Lines(pending, rest).Select(l => l.Line!));

    [Fact]
    public void A_pending_text_longer_than_the_buffer_is_read_whole()
    {
        var longLine = new string('p', 40_000);
        Assert.Equal([longLine, "end"], Lines(longLine, "\nend").Select(l => l.Line!));
    }

    [Fact]
    public void A_line_over_the_cap_is_skipped_and_counted_in_characters()
    {
        var lines = Lines("short\n", new string('é', 30) + "\r\nnext", cap: 10);
        Assert.Equal([("short", 5L), (null, 30L), ("next", 4L)], lines);
    }

    [Fact]
    public void Line_numbers_count_every_line_returned()
    {
        var reader = TextLineReader.Open(new StringReader("b\nc"), "a\n", 100);
        var numbers = new List<int>();
        while (reader.TryReadLine(out _, out _))
            numbers.Add(reader.LineNumber);
        Assert.Equal([1, 2, 3], numbers);
    }
}
