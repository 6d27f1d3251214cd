using Parley.Core;

namespace Parley.Ingest.Tests;

public class PublicationParserTests
{
    [Theory]
    [InlineData("2025-07-10", "2025-07-10", "2025-07-10", false)]
    [InlineData(" 2025-07-10 ", "2025-07-10", "2025-07-10", false)]
    [InlineData("2025-07-10T08:00:00Z", "2025-07-10", "2025-07-10T08:00:00Z", true)]
    [InlineData("2025-07-10T08:00:00.250Z", "2025-07-10", "2025-07-10T08:00:00Z", true)]
    [InlineData("2025-07-10T08:00Z", "2025-07-10", "2025-07-10T08:00:00Z", true)]
    [InlineData("2025-07-10T08:00:00", "2025-07-10", "2025-07-10T08:00:00Z", true)]
    [InlineData("2025-03-14 20:30:26Z", "2025-03-14", "2025-03-14T20:30:26Z", true)]
    [InlineData("2025-07-10T23:30:00-05:00", "2025-07-10", "2025-07-11T04:30:00Z", true)]
    [InlineData("2025-07-10T00:00:00Z", "2025-07-10", "2025-07-10", true)]
    [InlineData("Thu, 10 Jul 2025 08:00:00 GMT", "2025-07-10", "2025-07-10T08:00:00Z", true)]
    [InlineData("Fri, 11 Jul 2025 14:00:00 +0200", "2025-07-11", "2025-07-11T12:00:00Z", true)]
    [InlineData("Fri, 4 Jul 2025 09:15:00 EDT", "2025-07-04", "2025-07-04T13:15:00Z", true)]
    [InlineData("4 Jul 2025 09:15:00 UT", "2025-07-04", "2025-07-04T09:15:00Z", true)]
    public void Dates_and_date_times_are_read_as_written(string input, string date, string value, bool hasInstant)
    {
        var publication = ArticleSource.ParsePublished(input);
        Assert.NotNull(publication);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), publication.Value.Date);
        Assert.Equal(value, publication.Value.Value);
        Assert.Equal(hasInstant, publication.Value.Instant.HasValue);
        Assert.Equal(PublishedSource.Option, publication.Value.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("10/07/2025")]
    [InlineData("2025-07")]
    [InlineData("Thu, 10 Jul 2025 08:00:00 XYZ")]
    public void Anything_else_is_not_a_publication(string input) =>
        Assert.Null(ArticleSource.ParsePublished(input));

    [Fact]
    public void The_source_can_be_chosen() =>
        Assert.Equal(PublishedSource.Metadata, ArticleSource.ParsePublished("2025-07-10", PublishedSource.Metadata)?.Source);
}
