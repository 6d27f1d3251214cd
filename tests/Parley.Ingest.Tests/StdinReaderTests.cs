using System.Security.Cryptography;
using System.Text;
using Parley.Core;

namespace Parley.Ingest.Tests;

public class StdinReaderTests
{
    private static string HashId(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    [Theory]
    [InlineData("The president signed the treaty in Lisbon on Tuesday.")]
    [InlineData("\n\n  Leading blank lines and spaces are kept.\r\nSo are CRLFs.\r\n")]
    [InlineData("[Not JSON] even though it starts with a bracket.")]
    public void Plain_text_is_one_article_kept_exactly_with_a_content_hash_id(string input)
    {
        var article = Assert.Single(Read.Stdin(input)).Article!;
        Assert.Equal(input, article.Text);
        Assert.Equal(HashId(input), article.Id);
        Assert.Equal(12, article.Id.Length);
        Assert.Equal("stdin", article.Origin);
    }

    [Fact]
    public void Input_starting_with_a_brace_is_JSON_Lines()
    {
        var results = Read.Stdin("\n  {\"id\": \"s1\", \"text\": \"The senate adjourned.\"}\n{\"text\": \"A strike began at dawn.\"}\nnot json\n");

        Assert.Equal(3, results.Count);
        Assert.Equal("s1", results[0].Article?.Id);
        Assert.Equal("stdin:2", results[0].Article?.Origin);
        Assert.Equal(HashId("A strike began at dawn."), results[1].Article?.Id);
        Assert.Equal(ErrorCodes.MalformedJson, results[2].Failure?.Error.Code);
        Assert.Equal("stdin:4", results[2].Failure?.Origin);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public void Empty_input_fails_with_E001(string input) =>
        Assert.Equal(ErrorCodes.EmptyInput, Assert.Single(Read.Stdin(input)).Failure?.Error.Code);

    [Fact]
    public void A_caller_left_BOM_is_not_part_of_the_text()
    {
        var article = Assert.Single(Read.Stdin("\uFEFFTalks ended.")).Article!;
        Assert.Equal("Talks ended.", article.Text);
    }

    [Fact]
    public void Text_with_NUL_characters_is_binary_E002() =>
        Assert.Equal(ErrorCodes.BinaryInput, Assert.Single(Read.Stdin("MZ\0\0\0binary")).Failure?.Error.Code);

    [Fact]
    public void Plain_text_over_the_size_limit_fails_with_E004()
    {
        var options = new ReaderOptions { MaxBytes = 100 };
        Assert.Equal(ErrorCodes.TooLarge, Assert.Single(Read.Stdin(new string('a', 20_000), options)).Failure?.Error.Code);
    }

    [Fact]
    public void JSON_Lines_are_read_lazily_one_line_at_a_time()
    {
        var lines = new StringBuilder();
        for (var i = 0; i < 10_000; i++)
            lines.Append("{\"text\": \"Report ").Append(i).Append(".\"}\n");
        using var input = new MeteredReader(lines.ToString());

        var first = ArticleSource.Read(["-"], Read.Defaults, input).First();

        Assert.Equal("Report 0.", first.Article?.Text);
        Assert.True(input.Consumed < lines.Length / 10, $"read {input.Consumed} of {lines.Length} characters for one line");
    }

    [Fact]
    public void Stdin_takes_its_place_among_the_paths()
    {
        using var temp = new TempFolder();
        var a = temp.Write("a.txt", "First report.");
        var b = temp.Write("b.txt", "Third report.");
        var results = ArticleSource.Read([a, "-", b], Read.Defaults, new StringReader("Second report.")).ToList();
        Assert.Equal(["First report.", "Second report.", "Third report."], results.Select(r => r.Article!.Text));
    }

    /// <summary>A reader that counts what has been taken from it.</summary>
    private sealed class MeteredReader(string text) : TextReader
    {
        private readonly StringReader _inner = new(text);

        public int Consumed { get; private set; }

        public override int Read()
        {
            var c = _inner.Read();
            Consumed += c >= 0 ? 1 : 0;
            return c;
        }

        public override int Read(Span<char> buffer)
        {
            var read = _inner.Read(buffer);
            Consumed += read;
            return read;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
                _inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
