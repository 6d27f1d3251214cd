using Parley.Core;
using Parley.Evaluation.Cameo;

namespace Parley.Evaluation.Tests.Cameo;

public sealed class CameoEvaluationTests
{
    private static readonly string s_path = Fake.Fixture("cameo-small.jsonl");

    /// <summary>
    /// Codes by words, wherever they are in the article: "met" right, "send aid" as a future act (the intent rule),
    /// "arrested" with the wrong target, "clashed" right, "accused" twice (the second is taken for "marched", wrong root), "described" false.
    /// </summary>
    private static Document Run(Article article) => Fake.WithEvents(article, [.. Events(article)]);

    private static IEnumerable<CodedEvent> Events(Article a)
    {
        if (Event(a, "met", "040", ["NORGOV"], ["CHLGOV"]) is { } met) yield return met;
        if (Event(a, "send aid", "070", ["NOR"], ["CHL"], Factuality.Future) is { } aid) yield return aid;
        if (Event(a, "described", "051", ["NOR"], ["CHL"]) is { } described) yield return described;
        if (Event(a, "arrested", "173", ["CHLCOP"], ["PER"]) is { } arrested) yield return arrested;
        if (Event(a, "clashed", "190", ["KENMIL"], ["SOMREB"]) is { } clashed) yield return clashed;
        if (Event(a, "accused", "112", ["ETH"], ["KEN"]) is { } accused)
        {
            yield return accused;
            yield return accused with { Confidence = 0.4 };
        }
    }

    [Fact]
    public void Runs_each_story_as_one_article_of_its_sentences_joined_with_spaces()
    {
        var seen = new List<Article>();
        CameoEvaluation.Evaluate(s_path, a => { seen.Add(a); return Fake.WithEvents(a); }, new CameoOptions());

        Assert.Equal(["S1", "S2"], seen.Select(a => a.Id));
        Assert.StartsWith("Norway's foreign minister met Chilean President Gabriel Boric in Santiago on Tuesday. He said Norway", seen[0].Text, StringComparison.Ordinal);
        Assert.EndsWith("described as friendly. Police in Santiago arrested twelve protesters outside the congress building.", seen[0].Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 4, 2), seen[1].Published?.Date);
    }

    [Fact]
    public void Runs_each_sentence_as_its_own_article_with_sentences()
    {
        var seen = new List<Article>();
        CameoEvaluation.Evaluate(s_path, a => { seen.Add(a); return Fake.WithEvents(a); }, new CameoOptions(CameoMode.Sentences));

        Assert.Equal(["S1-01", "S1-02", "S1-03", "S1-04", "S2-01", "S2-02"], seen.Select(a => a.Id));
        Assert.Equal("The talks were described as friendly.", seen[2].Text);
    }

    [Theory]
    [InlineData(CameoMode.InStory)]
    [InlineData(CameoMode.Sentences)]
    public void Scores_each_event_in_the_sentence_holding_its_trigger(CameoMode mode)
    {
        var report = CameoEvaluation.Evaluate(s_path, Run, new CameoOptions(mode));

        Assert.Equal((4, 6), (report.Found.Count, report.Found.Total));
        Assert.Equal(5, report.FoundByRoot.Count);
        Assert.Equal(1, report.FoundByIntentRule);
        Assert.Equal((2, 7), (report.False.Count, report.False.Total));
        Assert.Equal(1, report.Missed[MissKind.WrongTarget]);
        Assert.Equal(1, report.Missed[MissKind.WrongRoot]);
        Assert.Equal(1, report.FalseByKind[FalseKind.NoGoldEvent]);
        Assert.Equal(1, report.FalseByKind[FalseKind.WrongRoot]);
        Assert.Equal("S1-03", report.Sentences.Single(s => s.False.Any(f => f.Kind == FalseKind.NoGoldEvent)).Sentence.Id);
        Assert.Equal(new RootScore(1, 1, 2, 1), report.PerRoot["11"]);
        Assert.Equal(new RootScore(1, 0, 1, 0), report.PerRoot["17"]);
        Assert.Equal(new RootScore(0, 0, 1, 0), report.PerRoot["07"]);
        Assert.Equal(1, report.RootConfusions[("14", "11")]);
        Assert.Empty(report.NoEventByRoot);
    }

    [Fact]
    public void Skips_doubtful_gold_when_asked()
    {
        var report = CameoEvaluation.Evaluate(s_path, Run, new CameoOptions(SkipDoubtful: true));

        Assert.Equal((3, 5), (report.Found.Count, report.Found.Total));
        Assert.Equal((1, 1), (report.SkippedDoubtful, report.MatchedDoubtful));
        Assert.Equal((2, 6), (report.False.Count, report.False.Total));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(7, 1)]
    [InlineData(12, 2)]
    public void Finds_the_sentence_holding_an_offset(int offset, int expected) =>
        Assert.Equal(expected, CameoEvaluation.SentenceAt([0, 6, 12], offset));

    [Fact]
    public void Joins_sentences_with_one_space_and_knows_where_each_starts()
    {
        var gold = CameoGold.Read(s_path);

        var (text, starts) = CameoEvaluation.Join([.. gold.Take(3)]);

        Assert.Equal(gold[1].Text, text.Substring(starts[1], gold[1].Text.Length));
        Assert.Equal(' ', text[starts[2] - 1]);
        Assert.Equal(gold[0].Text.Length + 1, starts[1]);
    }

    [Fact]
    public void Reports_figures_per_root_and_lists_every_error_with_the_sentence()
    {
        var text = CameoEvaluation.Evaluate(s_path, Run, new CameoOptions()).ToText(errors: true);

        Assert.Contains("found (root + dyad)         0.667 (4/6)   (by the intent rule: 1)", text, StringComparison.Ordinal);
        Assert.Contains("false predictions           0.286 (2/7)", text, StringComparison.Ordinal);
        Assert.Contains("missed by kind              wrong root 1, wrong target 1", text, StringComparison.Ordinal);
        Assert.Contains("no event, by gold root      none", text, StringComparison.Ordinal);
        Assert.Contains("wrong root, gold > coded    14>11 1", text, StringComparison.Ordinal);
        Assert.Contains("17       1      0          1      0  Coerce", text, StringComparison.Ordinal);
        Assert.Contains("S1                    4     3      2          4      1", text, StringComparison.Ordinal);
        Assert.Contains("S2                    2     3      2          3      1", text, StringComparison.Ordinal);
        Assert.Contains("missed\twrong target\tS1-04\tgold 173 CHL -> CHL \"arrested\"\tpredicted 173 CHL -> PER \"arrested\"\tPolice in Santiago", text, StringComparison.Ordinal);
        Assert.Contains("missed\twrong root\tS2-02\tgold 141 ETH -> - \"marched\"\tpredicted 112 ETH -> KEN \"accused\"\t", text, StringComparison.Ordinal);
        Assert.Contains("false\tno gold event\tS1-03\tpredicted 051 NOR -> CHL \"described\"\tThe talks were described as friendly.", text, StringComparison.Ordinal);
        Assert.Contains("false\twrong root\tS2-02\tpredicted 112 ETH -> KEN \"accused\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("S1-01\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_the_error_list_out_unless_asked()
    {
        var text = CameoEvaluation.Evaluate(s_path, Run, new CameoOptions()).ToText();

        Assert.DoesNotContain("missed\t", text, StringComparison.Ordinal);
    }

    /// <summary>An event whose trigger is the first occurrence of <paramref name="words"/> in the article, if any.</summary>
    private static CodedEvent? Event(Article article, string words, string cameo, string[] sources, string[] targets, Factuality factuality = Factuality.Asserted)
    {
        var at = article.Text.IndexOf(words, StringComparison.Ordinal);
        return at < 0 ? null : Fake.Event("TEST", cameo, 0.8, sources, targets) with { Factuality = factuality, Trigger = new TextRange(at, at + words.Length) };
    }
}
