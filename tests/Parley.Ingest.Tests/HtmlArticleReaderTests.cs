using Parley.Core;

namespace Parley.Ingest.Tests;

public class HtmlArticleReaderTests
{
    private const string Story = "<p>The electoral commission of Ardena certified the results of the regional vote on Monday, "
        + "three weeks after the ballot, rejecting complaints from two opposition parties.</p>";

    [Fact]
    public void Main_text_is_extracted_as_paragraphs_without_navigation_or_scripts()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.CopyFixture("harbour-talks.html"));
        var paragraphs = article.Text.Split("\n\n");

        Assert.Equal(4, paragraphs.Length);
        Assert.StartsWith("VALMORA — The dockworkers' union of the Republic of Valmora", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("the harvest season in August.", paragraphs[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
        Assert.True(article.EchoText);
    }

    [Fact]
    public void Metadata_gives_title_canonical_url_and_publication()
    {
        using var temp = new TempFolder();
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2020-01-01") };
        var article = Read.One(temp.CopyFixture("harbour-talks.html"), options);

        Assert.Equal("harbour-talks", article.Id);
        Assert.Contains("Port workers and ministry agree to resume harbour talks", article.Title, StringComparison.Ordinal);
        Assert.Equal("https://ledger.example.org/2025/07/harbour-talks", article.Url);
        Assert.Equal(new Publication(new DateOnly(2025, 7, 10), new DateTimeOffset(2025, 7, 10, 8, 15, 0, TimeSpan.Zero), PublishedSource.Metadata), article.Published);
    }

    public static TheoryData<string, string?, string?> Heads => new()
    {
        { """<meta property="og:url" content="https://x.example/og">""", "https://x.example/og", null },
        { """<link rel="canonical" href="/relative/only">""", null, null },
        { """<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2025-05-02T10:00:00+02:00"}]}</script>""", null, "2025-05-02T08:00:00Z" },
        { """<script type="application/ld+json">{ broken json</script>""", null, null },
        { """<meta name="date" content="2025-04-30">""", null, "2025-04-30" },
    };

    [Theory]
    [MemberData(nameof(Heads))]
    public void Url_and_publication_come_from_the_usual_places(string head, string? url, string? published)
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("page.html", $"<html><head>{head}</head><body>{Story}</body></html>"));
        Assert.Equal(url, article.Url);
        Assert.Equal(published, article.Published?.Value);
    }

    [Fact]
    public void A_time_element_gives_the_publication_when_the_head_has_none()
    {
        using var temp = new TempFolder();
        var path = temp.Write("page.htm", $"<html><body><article><time datetime=\"2025-06-01T09:30:00Z\">1 June</time>{Story}</article></body></html>");
        Assert.Equal("2025-06-01T09:30:00Z", Read.One(path).Published?.Value);
    }

    [Fact]
    public void A_page_without_metadata_takes_the_option_or_nothing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bare.html", $"<html><body>{Story}</body></html>");
        Assert.Null(Read.One(path).Published);
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2025-07-10") };
        Assert.Equal(PublishedSource.Option, Read.One(path, options).Published?.Source);
    }

    [Fact]
    public void A_short_page_below_the_extractor_threshold_still_yields_its_text()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("short.html", "<html><head><title>Brief</title></head><body><p>Troops left the town.</p><p>Residents returned.</p></body></html>"));
        Assert.Equal("Troops left the town.\n\nResidents returned.", article.Text);
        Assert.Equal("Brief", article.Title);
    }

    [Theory]
    [InlineData("<html><head><script>var x = 1;</script></head><body><div><img src=\"a.png\"></div></body></html>")]
    [InlineData("<html><body><!-- nothing but a comment --><br><hr></body></html>")]
    [InlineData("<div id=\"app\"></div><script src=\"bundle.js\"></script><style>p{}</style>")]
    public void Markup_with_no_main_text_fails_with_E005(string html)
    {
        using var temp = new TempFolder();
        var failure = Read.Failure(temp.Write("shell.html", html));
        Assert.Equal(ErrorCodes.MalformedHtml, failure.Error.Code);
        Assert.Equal("shell", failure.Id);
    }

    [Fact]
    public void Unclosed_and_misnested_tags_are_still_read()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.Write("messy.html", "<html><body><p>Police <b>arrested <i>three</b> men</i> on Sunday.<p>A court hearing follows"));
        Assert.Equal("Police arrested three men on Sunday.\n\nA court hearing follows", article.Text);
    }

    [Theory]
    [InlineData("report #3 (final).html", "report #3 (final)")]
    [InlineData("100% 'done'?.htm", "100% 'done'?")]
    public void Odd_file_names_still_go_through_main_text_extraction(string name, string id)
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.CopyFixture("harbour-talks.html", name));
        Assert.Equal(id, article.Id);
        Assert.DoesNotContain("Most read", article.Text, StringComparison.Ordinal);
    }
}
