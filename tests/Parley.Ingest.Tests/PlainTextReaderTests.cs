using System.Text;
using Parley.Core;

namespace Parley.Ingest.Tests;

public class PlainTextReaderTests
{
    public static TheoryData<string> ExactTexts => new()
    {
        "Rebels and the army agreed to a ceasefire on Monday.",
        "  Leading spaces stay.\r\nWindows line endings stay.\r\n",
        "Old Mac endings\rstay too.\r",
        "Tabs\tand trailing blank lines stay.\n\n\n",
        "Ünïcödé, emoji 🇺🇳 and a non-breaking\u00A0space stay.",
    };

    [Theory]
    [MemberData(nameof(ExactTexts))]
    public void Text_is_exactly_the_decoded_file(string text)
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("report.txt", text));
        Assert.Equal(text, article.Text);
        Assert.False(article.EchoText);
    }

    [Theory]
    [InlineData("utf-8 BOM")]
    [InlineData("utf-16LE BOM")]
    [InlineData("utf-16BE BOM")]
    public void A_byte_order_mark_is_the_only_thing_removed(string encodingName)
    {
        const string text = "Ministers met in Geneva on Tuesday.\r\nNo agreement was reached.";
        Encoding encoding = encodingName switch
        {
            "utf-8 BOM" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
            "utf-16LE BOM" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
            _ => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        };
        using var temp = new TempFolder();
        var path = temp.Write("geneva.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        Assert.Equal(text, Read.One(path).Text);
    }

    [Theory]
    [InlineData("kl-2025-07.txt", "kl-2025-07")]
    [InlineData("report.v2.txt", "report.v2")]
    [InlineData("NOTES", "NOTES")]
    [InlineData("briefing.md", "briefing")]
    public void Id_is_the_file_name_without_its_extension(string name, string id)
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write(name, "The parliament passed the budget on Friday."));
        Assert.Equal(id, article.Id);
        Assert.EndsWith(name, article.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Publication_comes_from_the_option_since_plain_text_has_no_metadata()
    {
        using var temp = new TempFolder();
        var path = temp.Write("a.txt", "The summit opened yesterday.");
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2025-07-10") };

        Assert.Equal(new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option), Read.One(path, options).Published);
        Assert.Null(Read.One(path).Published);
    }

    [Fact]
    public void The_option_source_is_option_even_if_the_caller_built_it_otherwise()
    {
        using var temp = new TempFolder();
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2025-07-10", PublishedSource.Metadata) };
        Assert.Equal(PublishedSource.Option, Read.One(temp.Write("a.txt", "Talks resumed."), options).Published?.Source);
    }
}
