using Parley.Core;

namespace Parley.Pipeline.Tests.Time;

public class PublicationInferenceTests
{
    private static Publication? Infer(string text) => TimeTestDocuments.Tagged(text, dct: null, inferPublication: true).Published;

    [Theory]
    [InlineData("GENEVA, July 9, 2025 (AP) - Talks ended. The parties met on June 1, 2025.", "2025-07-09")]
    [InlineData("The leaders will meet on Friday, July 11, 2025, for their first talks.", "2025-07-10")]
    [InlineData("The deal was signed on March 3, 2024. It was ratified on May 20, 2024.", "2024-05-20")]
    [InlineData("The deal was signed on March 3, 2024. The leaders will meet on June 10, 2024.", "2024-06-09")]
    [InlineData("The envoys are scheduled to meet on Friday, July 11, 2025. The meeting on Friday, July 11, 2025, in the capital matters.", "2025-07-10")]
    [InlineData("Officials said they would sign on 4 June 2025. The draft dated 2025-05-30 leaked.", "2025-06-03")]
    [InlineData("The accord signed on 2 May 2025 takes effect. Officials met on 2025-06-30.", "2025-06-30")]
    [InlineData("WASHINGTON, July 10 (Reuters) - The Senate, which met on June 2, 2025, voted.", "2025-07-10")]
    public void Infers_the_day_from_datelines_and_full_dates(string text, string expected)
    {
        var published = Infer(text);
        Assert.NotNull(published);
        Assert.Equal((DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), PublishedSource.Inferred, (DateTimeOffset?)null),
            (published.Value.Date, published.Value.Source, published.Value.Instant));
    }

    [Theory]
    [InlineData("The leaders met on Friday to discuss trade.")]
    [InlineData("Prices rose in July. The war began in 2022.")]
    [InlineData("")]
    public void Leaves_the_day_unknown_without_a_full_date(string text) => Assert.Null(Infer(text));

    [Fact]
    public void Keeps_the_publication_time_the_article_has()
    {
        var document = new Document(new Article("a", "The leaders met on June 2, 2020.")
        {
            Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Metadata),
        });
        new Parley.Pipeline.Text.Tokenizer().Process(document, default);
        new Parley.Pipeline.Text.SentenceSplitter().Process(document, default);
        new Parley.Pipeline.Time.PublicationInference().Process(document, default);
        Assert.Equal(new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Metadata), document.Published);
    }

    [Fact]
    public void Inferred_day_resolves_relative_expressions()
    {
        var document = TimeTestDocuments.Tagged("The leaders will meet on Friday, July 11, 2025. They spoke yesterday.", dct: null, inferPublication: true);
        Assert.Contains(document.Times, t => t.Value == "2025-07-09" && document.TextOf(t.Range) == "yesterday");
    }
}
