using Parley.Core;

namespace Parley.Ingest.Tests;

public class JsonFileReaderTests
{
    [Fact]
    public void A_JSON_array_of_articles_is_read_item_by_item()
    {
        using var temp = new TempFolder();
        var path = temp.Write("set.json", """
            [
              {"id": "a", "text": "The envoy arrived in Nairobi."},
              {"text": "Talks were postponed."},
              {"title": "missing text"}
            ]
            """);
        var results = Read.All(path);
        Assert.Equal("a", results[0].Article?.Id);
        Assert.Equal("set:2", results[1].Article?.Id);
        Assert.Equal(path + "#2", results[1].Article?.Origin);
        Assert.Equal(ErrorCodes.MalformedJson, results[2].Failure?.Error.Code);
        Assert.Equal(path + "#3", results[2].Failure?.Origin);
    }

    [Fact]
    public void A_single_pretty_printed_object_is_one_article()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("one.json", """
            {
              "text": "The court struck down the emergency decree.",
              "published": "2025-03-14 20:30:26Z"
            }
            """));
        Assert.Equal("one", article.Id);
        Assert.Equal("2025-03-14T20:30:26Z", article.Published?.Value);
    }

    [Fact]
    public void JSON_Lines_in_a_json_file_are_streamed_like_jsonl()
    {
        using var temp = new TempFolder();
        var path = temp.Write("lines.json", "{\"text\": \"First.\"}\n{\"text\": \"Second.\"}\n");
        Assert.Equal(["lines:1", "lines:2"], Read.All(path).Select(r => r.Article!.Id));
    }

    [Theory]
    [InlineData("[{\"text\": \"a\"},")]
    [InlineData("{\n\"text\": \"never closed\"\n")]
    public void A_broken_JSON_document_fails_with_E007(string json)
    {
        using var temp = new TempFolder();
        Assert.Equal(ErrorCodes.MalformedJson, Read.Failure(temp.Write("broken.json", json)).Error.Code);
    }

    [Fact]
    public void An_empty_array_fails_with_E001()
    {
        using var temp = new TempFolder();
        Assert.Equal(ErrorCodes.EmptyInput, Read.Failure(temp.Write("none.json", "[ ]")).Error.Code);
    }
}
