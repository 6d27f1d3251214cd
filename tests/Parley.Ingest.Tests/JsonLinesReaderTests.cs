using System.Text;
using Parley.Core;

namespace Parley.Ingest.Tests;

public class JsonLinesReaderTests
{
    private const string Good1 = """{"id": "ca-01", "text": "The mayor opened the new bridge.", "published": "2025-07-10T08:00:00Z", "title": "Bridge opens", "url": "https://news.example.com/bridge", "lang": "en"}""";
    private const string Good2 = """{"text": "Protesters gathered outside the ministry on Friday."}""";

    [Fact]
    public void Every_field_is_read_and_extra_fields_are_ignored()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("batch.jsonl", Good1 + "\n"));
        Assert.Equal("ca-01", article.Id);
        Assert.Equal("The mayor opened the new bridge.", article.Text);
        Assert.Equal("Bridge opens", article.Title);
        Assert.Equal("https://news.example.com/bridge", article.Url);
        Assert.Equal(new Publication(new DateOnly(2025, 7, 10), new DateTimeOffset(2025, 7, 10, 8, 0, 0, TimeSpan.Zero), PublishedSource.Metadata), article.Published);
        Assert.False(article.EchoText);
    }

    [Fact]
    public void A_bad_line_between_two_good_ones_yields_two_articles_and_one_failure_in_order()
    {
        using var temp = new TempFolder();
        var path = temp.Write("batch.jsonl", Good1 + "\n{\"text\": \"unterminated\n" + Good2 + "\n");
        var results = Read.All(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("ca-01", results[0].Article?.Id);
        Assert.Equal(ErrorCodes.MalformedJson, results[1].Failure?.Error.Code);
        Assert.Equal(path + ":2", results[1].Failure?.Origin);
        Assert.Equal("batch:2", results[1].Failure?.Id);
        Assert.Contains("line 2", results[1].Failure?.Error.Message, StringComparison.Ordinal);
        Assert.Equal("batch:3", results[2].Article?.Id);
        Assert.Equal(path + ":3", results[2].Article?.Origin);
    }

    [Theory]
    [InlineData("""{"id": "x1", "title": "No text here"}""", "x1")]
    [InlineData("""{"id": "x2", "text": 42}""", "x2")]
    [InlineData("""{"text": null}""", "batch:1")]
    [InlineData("""["an array", "not an object"]""", "batch:1")]
    [InlineData("""{"text": "ok", "published": "last Tuesday"}""", "batch:1")]
    [InlineData("""{"text": "trailing comma",}""", "batch:1")]
    public void A_line_without_usable_text_or_with_a_bad_date_fails_with_E007(string line, string id)
    {
        using var temp = new TempFolder();
        var failure = Read.Failure(temp.Write("batch.jsonl", line));
        Assert.Equal(ErrorCodes.MalformedJson, failure.Error.Code);
        Assert.Equal(id, failure.Id);
    }

    [Fact]
    public void Whitespace_only_text_fails_with_E001()
    {
        using var temp = new TempFolder();
        Assert.Equal(ErrorCodes.EmptyInput, Read.Failure(temp.Write("batch.jsonl", """{"text": " \n "}""")).Error.Code);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted_and_CRLF_is_accepted()
    {
        using var temp = new TempFolder();
        var path = temp.Write("batch.ndjson", "\r\n" + Good2 + "\r\n\r\n   \r\n" + Good2 + "\r\n");
        var results = Read.All(path);
        Assert.Equal(["batch:2", "batch:5"], results.Select(r => r.Article!.Id));
    }

    [Fact]
    public void Text_escapes_are_decoded_and_the_text_kept_exactly()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("batch.jsonl", """{"id": 7, "text": "  Line one\r\nLine two\tend \u00e9"}"""));
        Assert.Equal("7", article.Id);
        Assert.Equal("  Line one\r\nLine two\tend é", article.Text);
    }

    [Fact]
    public void An_invalid_UTF8_line_fails_with_E003_and_the_others_go_on()
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Good2 + "\n"), .. Encoding.Latin1.GetBytes("{\"text\": \"Genève\"}\n"), .. Encoding.UTF8.GetBytes(Good2)];
        var results = Read.All(temp.Write("batch.jsonl", bytes));
        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(ErrorCodes.InvalidUtf8, results[1].Failure?.Error.Code);
    }

    [Fact]
    public void Publication_from_the_line_wins_over_the_option_which_fills_the_rest()
    {
        using var temp = new TempFolder();
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2024-12-31") };
        var results = Read.All(options, temp.Write("batch.jsonl", Good1 + "\n" + Good2));
        Assert.Equal(PublishedSource.Metadata, results[0].Article?.Published?.Source);
        Assert.Equal(new Publication(new DateOnly(2024, 12, 31), null, PublishedSource.Option), results[1].Article?.Published);
    }

    [Fact]
    public void A_file_with_no_lines_fails_with_E001()
    {
        using var temp = new TempFolder();
        Assert.Equal(ErrorCodes.EmptyInput, Read.Failure(temp.Write("batch.jsonl", "\n\n")).Error.Code);
    }

    [Fact]
    public void A_hundred_thousand_lines_are_streamed_in_order()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Root, "big.jsonl");
        using (var writer = new StreamWriter(path))
        {
            for (var i = 1; i <= 100_000; i++)
                writer.Write($"{{\"id\": \"n{i}\", \"text\": \"Report number {i} on the harbour strike.\"}}\n");
        }
        var count = 0;
        foreach (var result in ArticleSource.Read([path], Read.Defaults))
        {
            count++;
            Assert.Equal($"n{count}", result.Article?.Id);
        }
        Assert.Equal(100_000, count);
    }

    [Fact]
    public void UTF16_JSON_Lines_with_a_BOM_are_read()
    {
        using var temp = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = temp.Write("batch.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes(Good1 + "\r\n" + Good2)]);
        Assert.Equal(["ca-01", "batch:2"], Read.All(path).Select(r => r.Article!.Id));
    }
}
