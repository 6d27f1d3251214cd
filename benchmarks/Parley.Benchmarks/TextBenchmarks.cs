using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Parley.Core;
using Parley.Pipeline.Text;

namespace Parley.Benchmarks;

/// <summary>Tokenizer and sentence splitter over the corpus in PARLEY_CORPUS (or a fixed-seed synthetic one).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string[] _texts = [];
    private ImmutableArray<Token>[] _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkCorpus.Load().Select(a => a.Text).ToArray();
        _tokens = _texts.Select(Tokenizer.Tokenize).ToArray();
        Console.WriteLine($"// corpus: {BenchmarkCorpus.Describe(_texts)}");
    }

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        var n = 0;
        foreach (var text in _texts)
            n += Tokenizer.Tokenize(text).Length;
        return n;
    }

    [Benchmark]
    public int SplitSentences()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
            n += SentenceSplitter.Split(_texts[i], _tokens[i].AsSpan()).Length;
        return n;
    }
}

/// <summary>
/// Articles for benchmarks: the JSON Lines file named by PARLEY_CORPUS ("text" and optional "published" fields),
/// else 200 synthetic news paragraphs from a fixed seed, so runs without the corpus are still comparable.
/// </summary>
public static class BenchmarkCorpus
{
    public static IReadOnlyList<Article> Load()
    {
        var path = Environment.GetEnvironmentVariable("PARLEY_CORPUS");
        return string.IsNullOrEmpty(path) ? Synthetic(200, seed: 20250710) : Read(path);
    }

    public static string Describe(IReadOnlyList<string> texts)
    {
        long chars = 0;
        foreach (var t in texts)
            chars += t.Length;
        return $"{texts.Count} articles, {chars / 1_000_000.0:F2} M chars, {Bytes(texts) / 1_000_000.0:F2} MB UTF-8";
    }

    /// <summary>UTF-8 size: MB/s figures are per megabyte of input as read from disk.</summary>
    public static long Bytes(IReadOnlyList<string> texts)
    {
        long bytes = 0;
        foreach (var t in texts)
            bytes += Encoding.UTF8.GetByteCount(t);
        return bytes;
    }

    private static List<Article> Read(string path)
    {
        var articles = new List<Article>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("text", out var text) || text.GetString() is not { Length: > 0 } t)
                continue;
            Publication? published = null;
            if (root.TryGetProperty("published", out var p) && p.GetString() is { Length: >= 10 } ps
                && DateOnly.TryParseExact(ps.AsSpan(0, 10), "yyyy-MM-dd", out var day))
                published = new Publication(day, null, PublishedSource.Metadata);
            articles.Add(new Article("a" + articles.Count, t) { Published = published });
        }
        return articles;
    }

    /// <summary>News-like paragraphs dense in dates, numbers and abbreviations, built from a fixed seed.</summary>
    public static List<Article> Synthetic(int count, int seed)
    {
        string[] subjects = ["The ministers", "Rebel forces", "The U.S. envoy", "Mr. Lee", "Officials in Geneva", "NATO allies", "The central bank"];
        string[] verbs = ["met", "will meet", "said", "agreed to talks", "withdrew", "plan to vote", "signed the accord"];
        string[] times =
        [
            "on Friday, July 11, 2025", "in January", "last week", "two days ago", "in 2020", "at 3 p.m. EST", "this summer",
            "the third quarter", "every Monday", "for three days", "earlier this year", "on Jan. 5", "since the 1990s", "yesterday",
        ];
        string[] tails = ["after 1,500 fighters crossed the border", "near the F-35 base", "under Resolution 2334", "as COVID-19 cases rose", "in the capital", "despite protests"];
        var random = new Random(seed);
        var articles = new List<Article>(count);
        var text = new StringBuilder();
        for (var a = 0; a < count; a++)
        {
            text.Clear().Append("GENEVA, July 10 (Reuters) - ");
            for (var s = random.Next(8, 20); s > 0; s--)
            {
                text.Append(subjects[random.Next(subjects.Length)]).Append(' ').Append(verbs[random.Next(verbs.Length)]).Append(' ')
                    .Append(times[random.Next(times.Length)]).Append(' ').Append(tails[random.Next(tails.Length)])
                    .Append(random.Next(4) == 0 ? ".\n\n" : ". ");
            }
            articles.Add(new Article("s" + a, text.ToString()) { Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option) });
        }
        return articles;
    }
}
