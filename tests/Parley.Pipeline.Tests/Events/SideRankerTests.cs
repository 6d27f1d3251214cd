using Parley.Core;
using Parley.Pipeline.Events;

namespace Parley.Pipeline.Tests.Events;

/// <summary>The learned side ranker: its weights file, the features of a candidate, and its use where the rules find no source.</summary>
public sealed class SideRankerTests
{
    // "protests" has no source the rules read; "Venezuelan police" after it is the sentence's one other actor.
    private const string Protests = "Fresh protests broke out in Caracas on Friday as Venezuelan police blocked the main square.";

    private static SideModel Load(string text) => SideModel.Load(new StringReader(text), "sides.tsv");

    private static Document Run(string text, PipelineOptions options) =>
        PipelineCatalog.Build(options).Run(new Article("test", text) { Published = new Publication(new DateOnly(2025, 7, 10), null, PublishedSource.Option) });

    /// <summary>Runs <paramref name="text"/> with a side model written from <paramref name="weights"/> to a file of its own.</summary>
    private static Document RunWith(string weights, string text)
    {
        var file = Path.Combine(Path.GetTempPath(), $"parley-sides-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(file, weights);
        try
        {
            return Run(text, new PipelineOptions { SideModelFile = file });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_score_is_the_sigmoid_of_the_weights_and_the_file_keeps_its_threshold()
    {
        var model = Load("# a comment\nfeature\tweight\nbias\t-2\nthreshold\t0.5\npos=before\t1.5\nkind=Name\t1\n");
        Assert.Equal(0.5, model.Threshold);
        Assert.Equal(2, model.Count);
        Assert.Equal(1 / (1 + Math.Exp(-0.5)), model.Score(["pos=before", "kind=Name", "unknown"]), 6);
        Assert.Equal(1 / (1 + Math.Exp(2.0)), model.Score([]), 6);
    }

    [Theory]
    [InlineData("feature\tweight\nbias\t-1\nthreshold\tx\n", "sides.tsv line 3", "not a number")]
    [InlineData("feature\tweight\nbias\t-1\nthreshold\t0.5\npos=after\t1\npos=after\t2\n", "sides.tsv line 5", "twice")]
    [InlineData("name\tvalue\n", "sides.tsv line 1", "header")]
    [InlineData("feature\tweight\nbias\t-1\n", "sides.tsv line 2", "'threshold' are required")]
    public void A_bad_weights_file_names_its_file_and_line(string text, string where, string what)
    {
        var error = Assert.Throws<ParleyException>(() => Load(text));
        Assert.Equal(ErrorCodes.BadUserData, error.Error.Code);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_weights_load_and_the_default_coder_does_not_use_them()
    {
        var model = SideModel.Default;
        Assert.NotNull(model);
        Assert.True(model.Count > 50);
        Assert.InRange(model.Threshold, 0.05, 1.01);
        Assert.DoesNotContain(EventTestDocuments.Run(Protests).Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
    }

    [Fact]
    public void A_candidate_is_described_by_where_it_stands_how_it_is_linked_and_what_it_is()
    {
        var log = new SideCandidateLog();
        var document = Run(Protests, new PipelineOptions { SideModelFile = "none", SideCandidates = log });
        var candidates = log.Drain().Where(c => c.Side == "source" && document.TextOf(c.Trigger) == "protests").ToList();
        var police = Assert.Single(candidates);
        Assert.EndsWith("police", document.TextOf(police.Candidate), StringComparison.Ordinal);
        Assert.Equal("VEN", police.Code.Country);
        Assert.StartsWith("14", police.Cameo, StringComparison.Ordinal);
        foreach (var f in new[] { "pos=after", "rank=after1", "prev=as", "kind=Agent", "cands=1", "act.root=14", "act.prev=Word", "other=none" })
            Assert.Contains(f, police.Features);
        Assert.DoesNotContain("in.quote", police.Features);
    }

    [Fact]
    public void The_best_candidate_over_the_threshold_becomes_the_source_with_its_words_as_evidence()
    {
        var document = RunWith("feature\tweight\nbias\t0\nthreshold\t0.5\npos=after\t1\n", Protests);
        var e = Assert.Single(document.Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
        Assert.Equal("protests", document.TextOf(e.Trigger));
        var source = Assert.Single(e.Source);
        Assert.Equal("VEN", source.Code.Country);
        Assert.EndsWith("police", document.TextOf(source.Range), StringComparison.Ordinal);
    }

    [Fact]
    public void A_candidate_under_the_threshold_leaves_the_act_uncoded_for_no_source()
    {
        var document = RunWith("feature\tweight\nbias\t0\nthreshold\t0.9\npos=after\t1\n", Protests);
        Assert.DoesNotContain(document.Events, e => e.Rule.Contains(SideChooser.Suffix, StringComparison.Ordinal));
        Assert.Contains(document.Uncoded, u => u.Reason == UncodedReasons.NoSource && document.TextOf(u.Trigger) == "protests");
    }
}
