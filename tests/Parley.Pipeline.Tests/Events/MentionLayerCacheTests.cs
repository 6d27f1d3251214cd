using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>A per-document fact is computed once per mention layer, and again when the layer is set anew.</summary>
public sealed class MentionLayerCacheTests
{
    private static Document WithMentions(params int[] starts)
    {
        var document = new Document(new Article("a", new string('x', 100)));
        var entity = new Entity("e0", EntityType.Gpe, "X", null, null, "test");
        document.SetEntities([entity], [.. starts.Select(s => new Mention(s, s + 3, 0, MentionKind.Name))]);
        return document;
    }

    [Fact]
    public void Computes_once_per_layer_and_per_document()
    {
        var calls = 0;
        var cache = new MentionLayerCache<int>(d => { calls++; return d.Mentions.Length; });
        var first = WithMentions(1, 10, 20);
        var second = WithMentions(5);

        Assert.Equal(3, cache.Get(first));
        Assert.Equal(3, cache.Get(first));
        Assert.Equal(1, cache.Get(second));
        Assert.Equal(1, cache.Get(second));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void A_document_without_mentions_is_computed_each_time_never_keyed_on_the_shared_empty_layer()
    {
        var calls = 0;
        var cache = new MentionLayerCache<string>(_ => { calls++; return "none"; });
        var document = new Document(new Article("a", "no mentions yet"));

        Assert.Equal("none", cache.Get(document));
        Assert.Equal("none", cache.Get(document));
        Assert.Equal(2, calls);
    }
}
