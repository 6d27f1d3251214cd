using Parley.Core;

namespace Parley.Ingest.Tests;

public class HtmlArticleReaderTests
{
    [Fact]
    public void Main_text_is_extracted_as_paragraphs_without_navigation_or_scripts()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.CopyFixture("harbour-talks.html"));
        Assert.StartsWith("VALMORA — The dockworkers' union", article.Text.Split("\n\n").First(p => p.StartsWith("VALMORA", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("outside the northern harbour.\n\nUnion leader Ines Calder", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", article.Text, StringComparison.Ordinal);
        Assert.True(article.EchoText);
    }
}
