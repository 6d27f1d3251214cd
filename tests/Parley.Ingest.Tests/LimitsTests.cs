using Parley.Core;

namespace Parley.Ingest.Tests;

/// <summary>Size limits and unreadable files: coded failures, never crashes.</summary>
public class LimitsTests
{
    [Fact]
    public void A_65_MB_file_fails_with_E004_before_it_is_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Root, "huge.txt");
        var line = "The committee met again today and adjourned without a vote.\n"u8.ToArray();
        using (var stream = File.Create(path))
        {
            while (stream.Length < 65L * 1024 * 1024)
                stream.Write(line);
        }
        var failure = Read.Failure(path);
        Assert.Equal(ErrorCodes.TooLarge, failure.Error.Code);
        Assert.Contains("67,108,864-byte limit", failure.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html", "<p>The council voted to expand the park.</p>")]
    [InlineData("feed.rss", "<rss version=\"2.0\"><channel><item><description>The council voted.</description></item></channel></rss>")]
    [InlineData("set.json", "[{\"text\": \"The council voted to expand the park.\"}]")]
    [InlineData("note.txt", "The council voted to expand the park.")]
    public void Every_whole_file_format_honours_MaxBytes(string name, string content)
    {
        using var temp = new TempFolder();
        var options = new ReaderOptions { MaxBytes = 20 };
        Assert.Equal(ErrorCodes.TooLarge, Read.Failure(temp.Write(name, content), options).Error.Code);
    }

    [Fact]
    public void JSON_Lines_apply_MaxBytes_per_line_and_go_on()
    {
        using var temp = new TempFolder();
        var path = temp.Write("batch.jsonl", "{\"text\": \"short\"}\n{\"text\": \"" + new string('x', 200_000) + "\"}\n{\"text\": \"also short\"}\n");
        var results = Read.All(new ReaderOptions { MaxBytes = 1000 }, path);
        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(ErrorCodes.TooLarge, results[1].Failure?.Error.Code);
        Assert.Equal(path + ":2", results[1].Failure?.Origin);
    }

    [Theory]
    [InlineData("long.txt", "The council voted to expand the park and to plant a hundred trees.")]
    [InlineData("long.jsonl", "{\"text\": \"The council voted to expand the park and to plant a hundred trees.\"}")]
    public void Text_over_MaxTextChars_fails_with_E004_and_is_never_truncated(string name, string content)
    {
        using var temp = new TempFolder();
        var failure = Read.Failure(temp.Write(name, content), new ReaderOptions { MaxTextChars = 30 });
        Assert.Equal(ErrorCodes.TooLarge, failure.Error.Code);
        Assert.Contains("30-character limit", failure.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("locked.txt")]
    [InlineData("locked.html")]
    [InlineData("locked.rss")]
    [InlineData("locked.jsonl")]
    public void A_file_locked_by_another_handle_fails_with_E009(string name)
    {
        using var temp = new TempFolder();
        var path = temp.Write(name, "{\"text\": \"The minister spoke.\"}");
        // .NET takes an exclusive advisory lock for FileShare.None, which later opens respect even as root.
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var failure = Read.Failure(path);
        Assert.Equal(ErrorCodes.Unreadable, failure.Error.Code);
        Assert.Contains("cannot be read", failure.Error.Message, StringComparison.Ordinal);
    }
}
