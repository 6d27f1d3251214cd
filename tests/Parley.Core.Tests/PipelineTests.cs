using System.Collections.Immutable;

namespace Parley.Core.Tests;

public class PipelineTests
{
    private sealed class Fake(string name, Layers requires, Layers assigns, Action<Document>? run = null) : IComponent
    {
        public string Name => name;
        public Layers Requires => requires;
        public Layers Assigns => assigns;
        public void Process(Document document, CancellationToken cancellationToken) => run?.Invoke(document);
    }

    [Fact]
    public void Build_fails_naming_the_component_whose_requirement_nothing_assigns()
    {
        var e = Assert.Throws<ParleyException>(() => Pipeline.Build([new Fake("a.Tokens.v1", Layers.None, Layers.Tokens), new Fake("b.Events.v1", Layers.Tokens | Layers.Entities, Layers.Events)]));

        Assert.Equal(ErrorCodes.PipelineInvalid, e.Error.Code);
        Assert.Contains("b.Events.v1", e.Error.Message, StringComparison.Ordinal);
        Assert.Contains("Entities", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_fails_when_two_components_assign_one_layer()
    {
        var e = Assert.Throws<ParleyException>(() => Pipeline.Build([new Fake("a.v1", Layers.None, Layers.Tokens), new Fake("b.v1", Layers.None, Layers.Tokens)]));

        Assert.Contains("b.v1", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_calls_components_in_order_and_the_version_names_them_all()
    {
        var order = new List<string>();
        var pipeline = Pipeline.Build([new Fake("first.v1", Layers.None, Layers.Tokens, _ => order.Add("first")), new Fake("second.v2", Layers.Tokens, Layers.Sentences, _ => order.Add("second"))]);

        pipeline.Run(new Article("a", "text"));

        Assert.Equal(["first", "second"], order);
        Assert.Equal("first.v1+second.v2", pipeline.Version);
    }

    [Fact]
    public void Run_stops_when_cancelled()
    {
        var pipeline = Pipeline.Build([new Fake("first.v1", Layers.None, Layers.Tokens)]);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => pipeline.Run(new Article("a", "text"), cts.Token));
    }
}

public class DocumentTests
{
    [Fact]
    public void A_layer_is_assigned_once()
    {
        var document = new Document(new Article("a", "one two"));
        document.SetTokens([new Token(0, 3, TokenShape.Word), new Token(4, 7, TokenShape.Word)]);

        Assert.Throws<InvalidOperationException>(() => document.SetTokens([]));
        Assert.True(document.Has(Layers.Tokens));
        Assert.False(document.Has(Layers.Sentences));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 0)]
    [InlineData(4, -1)]
    [InlineData(5, 1)]
    [InlineData(8, 1)]
    [InlineData(9, -1)]
    public void SentenceAt_finds_the_sentence_holding_an_offset(int offset, int expected)
    {
        var document = new Document(new Article("a", "One. Two. "));
        document.SetSentences(ImmutableArray.Create(new Sentence(0, 4, 0, 2), new Sentence(5, 9, 2, 2)));

        Assert.Equal(expected, document.SentenceAt(offset));
    }

    [Fact]
    public void The_published_time_of_the_article_is_kept_until_inference_assigns_one()
    {
        var published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option);
        var document = new Document(new Article("a", "x") { Published = published });

        Assert.Equal(published, document.Published);
        Assert.Equal("2025-07-10", document.Published!.Value.Value);
    }

    [Fact]
    public void A_publication_instant_is_written_in_UTC()
    {
        var p = new Publication(new DateOnly(2025, 7, 10), new DateTimeOffset(2025, 7, 10, 8, 30, 0, TimeSpan.FromHours(2)), PublishedSource.Metadata);

        Assert.Equal("2025-07-10T06:30:00Z", p.Value);
    }
}

public class TextRangeTests
{
    [Theory]
    [InlineData(0, 5, 5, 10, false)]
    [InlineData(0, 6, 5, 10, true)]
    [InlineData(5, 10, 0, 5, false)]
    [InlineData(2, 3, 0, 10, true)]
    public void Ranges_are_half_open(int s1, int e1, int s2, int e2, bool overlaps) =>
        Assert.Equal(overlaps, new TextRange(s1, e1).Overlaps(new TextRange(s2, e2)));

    [Fact]
    public void Of_slices_the_text_without_copying() =>
        Assert.Equal("two", new TextRange(4, 7).Of("one two three").ToString());
}
