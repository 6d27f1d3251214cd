using System.Text.Json;
using Parley.Cli.Commands;
using Parley.Core;
using Parley.Knowledge;
using Parley.Pipeline;
using Parley.Pipeline.Entities;
using Parley.Pipeline.Text;
using Parley.Storage.Json;

namespace Parley.Cli.Tests;

/// <summary>Every fast path found by <c>parley bench</c> agrees with its simple reference implementation.</summary>
public sealed class BenchOptimisationTests
{
    private static readonly Lazy<NameMatcher> s_matcher = new(() =>
    {
        var tokenizer = new Tokenizer();
        return NameMatcher.Build(NamePhrases.From(KnowledgeBase.Embedded), p => PipelineCatalog.TokenTexts(tokenizer, p));
    });

    public static TheoryData<string> Texts() =>
    [
        "BEIJING, July 10 (Parley Wire) - China's Foreign Minister Wang Yi hosted Brazil's Foreign Minister Mauro Vieira on Friday.",
        "Officials in Kuala Lumpur said \"talks\" would resume; the EU’s envoy and Beijing's negotiators agreed.\n\nTroops left.",
        "chad and Chad, us and US, the united states and The United States: names must look like names.",
        "Émigrés in São Paulo — and a tab\there — criticised Brazil’s president, Luiz Inácio Lula da Silva, on 3 May 2025.",
        "In New York's harbour and San José, the Philippines' envoy met the South China Sea coast guard and the Al Jazeera crew.",
        "NEW DELHI - The United Nations Security Council's members and the U.S. State Department's spokesman spoke in Santa Cruz.",
        "",
    ];

    [Fact]
    public void FastJsonWritesTheReferenceUncodedTriggers()
    {
        var document = PipelineCatalog.Default.Run(new Article("t2", "Somebody condemned the decision. Iran offered to release the sailors. Egypt condemned Israel."));
        Assert.NotEmpty(document.Uncoded);
        Assert.Equal(Json((w, d, t) => ArticleJsonReference.Write(w, d, t, explain: true), document), Json((w, d, t) => ArticleJson.Write(w, d, t, explain: true), document));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void FastJsonWritesTheReferenceBytes(string text)
    {
        var article = new Article("t1", text) { Title = "A \"quoted\" title", Url = "https://example.org/a?b=1&c=2", EchoText = true };
        var document = PipelineCatalog.Default.Run(article);
        Assert.Equal(Json((w, d, t) => ArticleJsonReference.Write(w, d, t), document), Json((w, d, t) => ArticleJson.Write(w, d, t), document));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(BenchCorpus.DefaultSeed)]
    public void FastJsonWritesTheReferenceBytesOnARandomCorpus(int seed)
    {
        foreach (var article in BenchCorpus.Generate(40, seed))
        {
            var document = PipelineCatalog.Default.Run(article);
            Assert.Equal(Json((w, d, t) => ArticleJsonReference.Write(w, d, t), document), Json((w, d, t) => ArticleJson.Write(w, d, t), document));
        }
    }

    [Fact]
    public void FastJsonWritesTheReferenceFailure()
    {
        var failure = new ArticleFailure("f1", "in/put.jsonl:3", new ParleyError(ErrorCodes.Unreadable, "could not read \"it\""));
        Assert.Equal(Json((w, _, _) => ArticleJsonReference.WriteFailure(w, failure), null!), Json((w, _, _) => ArticleJson.WriteFailure(w, failure), null!));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void FastMatcherFindsWhatTheReferenceFinds(string text) =>
        AssertSameMatches(PipelineCatalog.Default.Run(new Article("t", text)));

    [Fact]
    public void MatcherFindsNamesBehindSharedFirstTokens()
    {
        var d = PipelineCatalog.Default.Run(new Article("t", "The envoy flew from South Africa to New Delhi and then to San Francisco."));
        var matches = new List<NameMatch>();
        s_matcher.Value.Match(d.Text, d.Tokens, 0, d.Tokens.Length, matches);
        var names = matches.Select(m => d.Text[m.Start..m.End]).ToArray();
        Assert.Contains("South Africa", names);
        Assert.Contains("New Delhi", names);
        Assert.Contains("San Francisco", names);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(BenchCorpus.DefaultSeed)]
    public void FastMatcherFindsWhatTheReferenceFindsOnARandomCorpus(int seed)
    {
        var found = 0;
        foreach (var article in BenchCorpus.Generate(30, seed))
            found += AssertSameMatches(PipelineCatalog.Default.Run(article));
        Assert.True(found > 300, $"{found} matches");
    }

    private static int AssertSameMatches(Document d)
    {
        var fast = new List<NameMatch>();
        var reference = new List<NameMatch>();
        foreach (var s in d.Sentences)
        {
            s_matcher.Value.Match(d.Text, d.Tokens, s.FirstToken, s.EndToken, fast);
            s_matcher.Value.MatchReference(d.Text, d.Tokens, s.FirstToken, s.EndToken, reference);
        }
        Assert.Equal(reference, fast);
        return fast.Count;
    }

    private static byte[] Json(Action<Utf8JsonWriter, Document, bool> write, Document document)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(writer, document, false);
        return stream.ToArray();
    }
}
