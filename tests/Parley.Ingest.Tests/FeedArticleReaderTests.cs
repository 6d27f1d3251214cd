using Parley.Core;

namespace Parley.Ingest.Tests;

public class FeedArticleReaderTests
{
    [Fact]
    public void Each_RSS_item_is_an_article_in_feed_order()
    {
        using var temp = new TempFolder();
        var path = temp.CopyFixture("world-briefs.rss");
        var articles = Read.All(path).Select(r => r.Article!).ToList();

        Assert.Equal(["briefs-1001", "https://briefs.example.net/farmers-march", "world-briefs:3"], articles.Select(a => a.Id));
        Assert.Equal([path + "#1", path + "#2", path + "#3"], articles.Select(a => a.Origin));
        Assert.Equal("Border crossing reopens after flood repairs", articles[0].Title);
        Assert.Equal("https://briefs.example.net/border-crossing-reopens", articles[0].Url);
        Assert.All(articles, a => Assert.True(a.EchoText));
    }

    [Fact]
    public void Item_text_is_the_content_rendered_as_paragraphs_else_the_description()
    {
        using var temp = new TempFolder();
        var articles = Read.All(temp.CopyFixture("world-briefs.rss")).Select(r => r.Article!).ToList();

        Assert.Equal("The Tessa river crossing between Lordania and Velmark reopened on Wednesday.\n\n"
            + "Engineers from both countries had rebuilt the bridge piers in six weeks.", articles[0].Text);
        Assert.Equal("Several thousand farmers drove tractors into Aldport on Friday to protest against new water quotas.", articles[1].Text);
    }

    [Fact]
    public void PubDate_is_metadata_and_items_without_one_take_the_option()
    {
        using var temp = new TempFolder();
        var options = new ReaderOptions { Published = ArticleSource.ParsePublished("2025-07-01") };
        var articles = Read.All(options, temp.CopyFixture("world-briefs.rss")).Select(r => r.Article!).ToList();

        Assert.Equal("2025-07-10T06:30:00Z", articles[0].Published?.Value);
        Assert.Equal(PublishedSource.Metadata, articles[0].Published?.Source);
        Assert.Equal("2025-07-11T12:00:00Z", articles[1].Published?.Value);
        Assert.Equal(new DateOnly(2025, 7, 11), articles[1].Published?.Date);
        Assert.Equal(new Publication(new DateOnly(2025, 7, 1), null, PublishedSource.Option), articles[2].Published);
    }

    [Fact]
    public void Atom_entries_use_id_link_summary_and_updated()
    {
        using var temp = new TempFolder();
        var article = Read.One(temp.CopyFixture("ministers.atom"));
        Assert.Equal("urn:example:cabinet-watch:17", article.Id);
        Assert.Equal("https://cabinet.example.com/17", article.Url);
        Assert.Equal("Finance minister resigns over budget dispute", article.Title);
        Assert.Equal("The finance minister of Norland resigned on Saturday after the coalition failed to agree on the budget.", article.Text);
        Assert.Equal("2025-07-12T09:45:00Z", article.Published?.Value);
    }

    [Fact]
    public void A_feed_in_an_xml_file_is_read_as_a_feed()
    {
        using var temp = new TempFolder();
        Assert.Equal(3, Read.All(temp.CopyFixture("world-briefs.rss", "feed.xml")).Count(r => r.IsSuccess));
    }

    [Theory]
    [InlineData("briefs.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut off")]
    [InlineData("briefs.rss", "<rss><channel><item><title>Mismatched</channel></item></rss>")]
    [InlineData("config.xml", "<?xml version=\"1.0\"?><settings><colour>blue</colour></settings>")]
    [InlineData("notes.atom", "This is plain prose about a summit, not a feed.")]
    public void A_broken_or_non_feed_file_fails_with_E006(string name, string content)
    {
        using var temp = new TempFolder();
        var failure = Read.Failure(temp.Write(name, content));
        Assert.Equal(ErrorCodes.MalformedFeed, failure.Error.Code);
        Assert.Contains("not a readable RSS or Atom feed", failure.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_with_no_text_fails_with_E001_in_its_place()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mixed.rss", """
            <rss version="2.0"><channel><title>t</title>
              <item><guid>one</guid><description>The army withdrew from the village.</description></item>
              <item><guid>two</guid><title>Photo gallery</title><description><![CDATA[<img src="a.jpg">]]></description></item>
              <item><guid>three</guid><description>Aid convoys reached the city.</description></item>
            </channel></rss>
            """);
        var results = Read.All(path);
        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal("two", results[1].Failure?.Id);
        Assert.Equal(ErrorCodes.EmptyInput, results[1].Failure?.Error.Code);
    }

    [Fact]
    public void A_feed_without_items_fails_with_E001()
    {
        using var temp = new TempFolder();
        var path = temp.Write("quiet.rss", "<rss version=\"2.0\"><channel><title>Nothing today</title></channel></rss>");
        Assert.Equal(ErrorCodes.EmptyInput, Read.Failure(path).Error.Code);
    }
}
