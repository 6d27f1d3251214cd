using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// The coder marks an event whose own time ends a year or more before publication as background (<see cref="CodedEvent.Background"/>),
/// keeps it by default, and with <see cref="PipelineOptions.SkipBackground"/> lists it as uncoded ("background") instead.
/// The articles are invented for these tests.
/// </summary>
public sealed class BackgroundEventsTests
{
    private const string Story =
        "The European Union imposed new sanctions on Belarus on Friday over the crackdown. "
        + "The bloc first imposed sanctions on Belarus in 2019 after a disputed vote.";

    private static readonly Publication Published = new(new DateOnly(2025, 3, 2), null, PublishedSource.Option);

    private static Document Run(Core.Pipeline pipeline, string text = Story) =>
        pipeline.Run(new Article("background", text) { Published = Published });

    [Fact]
    public void History_the_story_recalls_is_marked_background_and_the_news_is_not()
    {
        var document = Run(PipelineCatalog.Default);

        var sanctions = document.Events.Where(e => e.Cameo.StartsWith("16", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, sanctions.Length);
        Assert.False(sanctions[0].Background);
        Assert.Equal("2019", sanctions[1].Time.Value);
        Assert.True(sanctions[1].Background);
    }

    [Fact]
    public void Skipping_background_lists_it_as_uncoded_and_keeps_the_rest()
    {
        var all = Run(PipelineCatalog.Default);
        var skipped = Run(PipelineCatalog.Build(new PipelineOptions { SkipBackground = true }));

        Assert.Equal(all.Events.Where(e => !e.Background).Select(e => (e.Trigger, e.Cameo)), skipped.Events.Select(e => (e.Trigger, e.Cameo)));
        var uncoded = Assert.Single(skipped.Uncoded, u => u.Reason == UncodedReasons.Background);
        Assert.Equal(all.Events.Single(e => e.Background).Trigger, uncoded.Trigger);
    }

    [Fact]
    public void The_distance_in_days_is_an_option()
    {
        const string text = "Germany expelled two Russian diplomats in March 2024.";

        Assert.DoesNotContain(Run(PipelineCatalog.Default, text).Events, e => e.Background); // ended 336 days before
        Assert.Contains(Run(PipelineCatalog.Build(new PipelineOptions { BackgroundDays = 300 }), text).Events, e => e.Background);
    }

    [Fact]
    public void A_story_with_no_publication_date_has_no_background()
    {
        var document = PipelineCatalog.Default.Run(new Article("undated", Story));

        Assert.DoesNotContain(document.Events, e => e.Background);
    }
}
