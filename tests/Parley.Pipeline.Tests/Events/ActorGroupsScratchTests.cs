using Parley.Core;

namespace Parley.Pipeline.Tests.Events;

/// <summary>
/// ActorGroups reuses two scratch lists per thread from sentence to sentence: coding a story after others (and on other
/// threads at once) gives the events it gets alone.
/// </summary>
public sealed class ActorGroupsScratchTests
{
    private const string Listed = "France, Germany and Italy condemned the missile test by North Korea. Japan and South Korea held talks in Tokyo.";
    private const string Single = "Brazil criticised Argentina over the new tariffs.";
    private const string Empty = "Prices rose again in the spring.";

    private static string Events(string text) =>
        string.Join(" | ", EventTestDocuments.Run(text).Events.Select(e =>
            $"{e.Cameo} {string.Join(",", e.Source.Select(a => a.Code))}>{string.Join(",", e.Target.Select(a => a.Code))}"));

    [Fact]
    public void A_story_codes_alike_before_and_after_other_stories()
    {
        var alone = Events(Listed);
        Assert.NotEmpty(alone);

        Events(Single);
        Events(Empty);

        Assert.Equal(alone, Events(Listed));
    }

    [Fact]
    public void Stories_coded_on_parallel_threads_code_as_they_do_alone()
    {
        string[] texts = [Listed, Single, Empty, Listed, Single, Empty, Listed, Single];
        var alone = texts.Select(Events).ToArray();
        var parallel = new string[texts.Length];

        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Events(texts[i]));

        Assert.Equal(alone, parallel);
    }
}
