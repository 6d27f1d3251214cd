using System.Text;
using Parley.Core;

namespace Parley.Ingest.Tests;

/// <summary>Decoding failures, seen through <see cref="ArticleSource"/> on files of every text format.</summary>
public class TextDecoderTests
{
    public static TheoryData<string> Extensions => new() { ".txt", ".html", ".rss", ".json", ".log" };

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF  \n")]
    public void Empty_or_whitespace_only_input_fails_with_E001(string text)
    {
        using var temp = new TempFolder();
        var failure = Read.Failure(temp.Write("blank.txt", text));
        Assert.Equal(ErrorCodes.EmptyInput, failure.Error.Code);
        Assert.Equal("blank", failure.Id);
        Assert.EndsWith("blank.txt", failure.Origin, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Latin1_text_fails_with_E003_and_says_how_to_convert_it(string extension)
    {
        using var temp = new TempFolder();
        var bytes = Encoding.Latin1.GetBytes("Le président a rencontré le ministre à Genève.");
        var failure = Read.Failure(temp.Write("latin" + extension, bytes));
        Assert.Equal(ErrorCodes.InvalidUtf8, failure.Error.Code);
        Assert.Contains("not valid UTF-8", failure.Error.Message, StringComparison.Ordinal);
        Assert.Contains("iconv -f latin1 -t utf-8", failure.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void A_file_with_NUL_bytes_is_binary_E002(string extension)
    {
        using var temp = new TempFolder();
        byte[] bytes = [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, .. "word/document.xml"u8];
        Assert.Equal(ErrorCodes.BinaryInput, Read.Failure(temp.Write("archive" + extension, bytes)).Error.Code);
    }

    [Fact]
    public void Mostly_control_characters_is_binary_E002()
    {
        using var temp = new TempFolder();
        var bytes = new byte[400];
        for (var i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(i % 3 == 0 ? 'a' : 1 + (i % 7));
        Assert.Equal(ErrorCodes.BinaryInput, Read.Failure(temp.Write("blob.dat", bytes)).Error.Code);
    }

    [Fact]
    public void A_few_control_characters_in_real_text_are_kept()
    {
        using var temp = new TempFolder();
        const string text = "Page one of the statement.\fPage two: the envoy left\u0007 on Sunday.";
        Assert.Equal(text, Read.One(temp.Write("statement.txt", text)).Text);
    }

    [Fact]
    public void UTF16_with_a_BOM_and_NUL_characters_is_binary_E002()
    {
        using var temp = new TempFolder();
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = temp.Write("odd.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("a\0\0\0b\0\0\0")]);
        Assert.Equal(ErrorCodes.BinaryInput, Read.Failure(path).Error.Code);
    }
}
