using Parley.Cli.Commands;
using Parley.Pipeline;

namespace Parley.Cli.Tests;

public sealed class BenchCorpusTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(BenchCorpus.DefaultSeed)]
    public void TheSameSeedGivesTheSameArticles(int seed)
    {
        var first = BenchCorpus.Generate(30, seed).ToArray();
        var second = BenchCorpus.Generate(30, seed).ToArray();
        Assert.Equal(first, second);
    }

    [Fact]
    public void AnotherSeedGivesOtherArticles()
    {
        Assert.NotEqual(BenchCorpus.Generate(1, 1).Single().Text, BenchCorpus.Generate(1, 2).Single().Text);
    }

    [Fact]
    public void ArticlesAreNewsSized()
    {
        foreach (var article in BenchCorpus.Generate(50))
        {
            Assert.InRange(BenchExtract.CountWords(article.Text), 200, 1200);
            Assert.NotNull(article.Published);
            Assert.False(string.IsNullOrEmpty(article.Title));
        }
    }

    [Fact]
    public void EveryStageFindsSomethingToDo()
    {
        int times = 0, entities = 0, places = 0, events = 0;
        foreach (var article in BenchCorpus.Generate(20))
        {
            var d = PipelineCatalog.Default.Run(article);
            times += d.Times.Length;
            entities += d.Entities.Length;
            places += d.Places.Length;
            events += d.Events.Length;
        }
        Assert.True(times > 20, $"{times} times");
        Assert.True(entities > 20, $"{entities} entities");
        Assert.True(places > 20, $"{places} places");
        Assert.True(events > 20, $"{events} events");
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two  words ", 2)]
    [InlineData("line\nbreak\ttab", 3)]
    public void WordsAreCountedLikeWc(string text, int words) => Assert.Equal(words, BenchExtract.CountWords(text));
}
