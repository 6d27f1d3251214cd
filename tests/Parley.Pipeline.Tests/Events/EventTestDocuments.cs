using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>Runs the default pipeline on sentences written for these tests, dated 10 July 2025.</summary>
internal static class EventTestDocuments
{
    public static Document Run(string text) => Run(text, new DateOnly(2025, 7, 10));

    /// <summary>Runs a sentence published on <paramref name="published"/> (an older story is coded at its own time).</summary>
    public static Document Run(string text, DateOnly published) =>
        PipelineCatalog.Default.Run(new Article("test", text) { Published = new Publication(published, null, PublishedSource.Option) });

    private static readonly Lazy<Parley.Core.Pipeline> s_handSet = new(() => PipelineCatalog.Build(new PipelineOptions { HandSetConfidence = true }));

    /// <summary>Runs a sentence with the coder's hand-set confidence (the learned confidence's input), for tests of how the coder ranks readings.</summary>
    public static Document RunHandSet(string text) =>
        s_handSet.Value.Run(new Article("test", text) { Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option) });

    /// <summary>The text has an event of the pattern row <paramref name="rule"/> (an id prefix), with this CAMEO code and source countries.</summary>
    public static void AssertRuleCodes(string text, string rule, string cameo, string source)
    {
        var e = Run(text).Events.FirstOrDefault(x => x.Rule.StartsWith(rule, StringComparison.Ordinal));
        Assert.NotNull(e);
        Assert.Equal((cameo, source), (e.Cameo, Countries(e.Source)));
    }

    /// <summary>The text has no event of the pattern row <paramref name="rule"/> (an id prefix): a look-alike of the row.</summary>
    public static void AssertRuleSilent(string text, string rule) =>
        Assert.DoesNotContain(Run(text).Events, x => x.Rule.StartsWith(rule, StringComparison.Ordinal));

    /// <summary>The event the evaluation would pick: the most confident one, or null.</summary>
    public static CodedEvent? Best(string text) => Best(text, new DateOnly(2025, 7, 10));

    /// <summary>The event the evaluation would pick in a sentence published on <paramref name="published"/>.</summary>
    public static CodedEvent? Best(string text, DateOnly published)
    {
        CodedEvent? best = null;
        foreach (var e in Run(text, published).Events)
            if (best is null || e.Confidence > best.Confidence)
                best = e;
        return best;
    }

    /// <summary>The event the evaluation would pick has this PLOVER type, CAMEO code and factuality.</summary>
    public static void AssertBest(string text, string plover, string cameo, Factuality factuality)
    {
        var e = Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, cameo, factuality), (e.Plover, e.Cameo, e.Factuality));
    }

    /// <summary>
    /// The text's one event of this PLOVER type has these source countries, and these target countries unless empty: for a
    /// sentence with a second act ("In talks with Japan, ... agreed": the talks too) whose ranking the learned confidence decides.
    /// </summary>
    public static void AssertSidesOfType(string text, string plover, string source, string target)
    {
        var e = Assert.Single(Run(text).Events, e => e.Plover == plover);
        Assert.Equal(source, Countries(e.Source));
        if (target.Length > 0)
            Assert.Equal(target, Countries(e.Target));
    }

    /// <summary>The event the evaluation would pick has this PLOVER type and source countries, and these target countries unless empty.</summary>
    public static void AssertSides(string text, string plover, string source, string target)
    {
        var e = Best(text);
        Assert.NotNull(e);
        Assert.Equal((plover, source), (e.Plover, Countries(e.Source)));
        if (target.Length > 0)
            Assert.Equal(target, Countries(e.Target));
    }

    public static string Countries(IReadOnlyList<EventActor> actors) =>
        string.Join(",", actors.Select(a => a.Code.Country).Distinct());
}
