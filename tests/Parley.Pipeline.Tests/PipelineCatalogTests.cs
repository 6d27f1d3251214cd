using Parley.Pipeline.Entities;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests;

/// <summary>The catalog builds the default pipeline once; a confidence floor swaps only the event coder.</summary>
public sealed class PipelineCatalogTests
{
    [Fact]
    public void Default_options_give_the_one_default_pipeline()
    {
        Assert.Same(PipelineCatalog.Default, PipelineCatalog.Build(new PipelineOptions()));
    }

    [Fact]
    public void A_confidence_floor_shares_the_default_components_and_replaces_the_coder()
    {
        var floored = PipelineCatalog.Build(new PipelineOptions { MinConfidence = 0.8 });
        var defaults = PipelineCatalog.Default.Components;

        Assert.Equal(defaults.Select(c => c.Name), floored.Components.Select(c => c.Name));
        Assert.Same(defaults.OfType<EntityRecognizer>().Single(), floored.Components.OfType<EntityRecognizer>().Single());
        var coder = floored.Components.OfType<EventCoder>().Single();
        Assert.NotSame(defaults.OfType<EventCoder>().Single(), coder);
        Assert.Equal(0.8, coder.MinConfidence);
        Assert.Equal(0, defaults.OfType<EventCoder>().Single().MinConfidence);
    }
}
